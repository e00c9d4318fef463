import { ANSWER_FIELD, QUIZ_ITEM_REST } from "./text/answer-fields";
import { displayWidth } from "./text/char-classes";
import { QUESTION_WORD } from "./text/question-headings";

/**
 * Heading styles, from the outermost to the innermost in the usual Chinese order
 * (第X篇 ▸ 第X章 ▸ 第X节 ▸ 一、 ▸ （一） ▸ 1. ▸ 1.1 ▸ （1） ▸ ①).
 */
export type HeadingStyle =
  | "part"
  | "chapter"
  | "section"
  | "label"
  | "title"
  | "cn-num"
  | "cn-paren"
  | "arabic"
  | "arabic-multi"
  | "arabic-paren"
  | "circled";

/** Unnumbered headings with a fixed meaning. */
export type HeadingLabel =
  | "摘要"
  | "关键词"
  | "内容提要"
  | "引言"
  | "前言"
  | "序"
  | "后记"
  | "结束语"
  | "参考文献"
  | "目录"
  | "附录"
  | "注释";

export interface HeadingMatch {
  style: HeadingStyle;
  /** Smaller is outer. Decides nesting: a heading closes every open heading of equal or larger rank. */
  rank: number;
  numbering: string;
  title: string;
  /** Body text printed on the same line after the heading. */
  rest: string;
  label?: HeadingLabel;
}

const CN_DIGITS = "一二三四五六七八九十百千零〇两";
const MAX_TITLE_WIDTH = 40;
const MAX_SENTENCE_TITLE_WIDTH = 60;
const UNIT_AFTER_NUMBER = "年月日号个人次届条项万亿元岁倍%％多余名位家所种";

interface MarkerRule {
  style: HeadingStyle;
  rank: number | ((numbering: string) => number);
  /** The characters its numbering opens with (a character class's body): its pattern matches nothing else (marker). */
  opens: string;
  pattern: RegExp;
}

/** A numbering's pattern that can only match text opening with one of `opens`: the first characters mayOpenHeading knows. */
function marker(opens: string, body: string): { opens: string; pattern: RegExp } {
  return { opens, pattern: new RegExp(`^(?=[${opens}])${body}`) };
}

const MARKERS: MarkerRule[] = [
  { style: "part", rank: 0, ...marker("第", `(第[${CN_DIGITS}\\d]{1,4}(?:篇|部分|编|卷))[\\s:：、.．]*`) },
  { style: "chapter", rank: 1, ...marker("第", `(第[${CN_DIGITS}\\d]{1,4}章)[\\s:：、.．]*`) },
  { style: "section", rank: 2, ...marker("第", `(第[${CN_DIGITS}\\d]{1,4}节)[\\s:：、.．]*`) },
  { style: "cn-num", rank: 4, ...marker(CN_DIGITS, `([${CN_DIGITS}]{1,3}\\s*[、．.])\\s*`) },
  { style: "cn-paren", rank: 5, ...marker("（(〔【", `([（(〔【]\\s*[${CN_DIGITS}]{1,3}\\s*[）)〕】])[、\\s]*`) },
  {
    style: "arabic-multi",
    rank: (numbering) => 6 + 0.1 * (numbering.split(/[.．]/).filter(Boolean).length - 1),
    ...marker("\\d", `(\\d{1,2}(?:[.．]\\d{1,2})+)(?![\\d${UNIT_AFTER_NUMBER}])[.．、]?\\s*`),
  },
  { style: "arabic", rank: 6, ...marker("\\d", String.raw`(\d{1,2}\s*[、．.])(?![\d.．])\s*`) },
  { style: "arabic-paren", rank: 7, ...marker("（(\\d", String.raw`([（(]\s*\d{1,2}\s*[）)]|\d{1,2}[）)])\s*`) },
  { style: "circled", rank: 8, ...marker("①-⑳", `([①-⑳])\\s*`) },
];

/** "1始终保持…": a bare number glued to a short title, as some scraped pages print it. */
const BARE_NUMBER = marker("\\d", `(\\d{1,2})(?=[\\u4e00-\\u9fff])(?![${UNIT_AFTER_NUMBER}])`);

/** Each label with the words that print it (spaces inside a word are dropped before it is looked up), and whether body text may follow it on its line. */
const LABELS: Array<[words: string[], HeadingLabel, inline: boolean]> = [
  [["摘要", "内容摘要"], "摘要", true],
  [["关键词", "关键字"], "关键词", true],
  [["提要", "内容提要"], "内容提要", true],
  [["引言", "导言", "绪论"], "引言", false],
  [["前言"], "前言", false],
  [["序", "序言", "自序"], "序", false],
  [["后记"], "后记", false],
  [["结束语", "结语", "结论"], "结束语", false],
  [["参考文献", "参考资料", "参考书目", "主要参考文献", "主要参考资料", "主要参考书目"], "参考文献", false],
  [["目录"], "目录", false],
  [["附录"], "附录", false],
  [["注释"], "注释", false],
];

/** The brackets a label may stand in: "【摘要】", "[关键词]", "（注释）". */
const LABEL_BRACKETS = "\\[［【〔(（";
const LABEL_LINE = new RegExp(`^[${LABEL_BRACKETS}]?\\s*([^\\]］】〕)）:：\\s]{1,2}(?:\\s*[^\\]］】〕)）:：\\s]){0,4})\\s*[\\]］】〕)）]?\\s*[:：]?\\s*`);

export function detectLabel(line: string): HeadingMatch | null {
  const match = LABEL_LINE.exec(line.trim());
  if (!match) return null;
  const word = match[1]!.replace(/\s+/g, "");
  for (const [words, label, inline] of LABELS) {
    if (!words.includes(word)) continue;
    const rest = line.trim().slice(match[0].length).trim();
    if (rest && !inline) return null;
    return { style: "label", rank: 3, numbering: "", title: label, rest, label };
  }
  return null;
}

/** A source, date or author in brackets, and nothing else. */
const BRACKETED_NOTE = /^[（(][^（()）。！？!?]{1,40}[）)]。?$/;

/** What follows a number as its unit: a year, a date, an age, a count. */
const NUMBER_UNIT_AFTER_SPACE = /^[年月日号时点分秒岁个名人万亿次届项条元米周世天]/;

/**
 * An exam sheet's question ending in "：" with its answer after it on the line ("如何在发展中保障和改善民生：第一，…",
 * "…的基本特征：第一，…。第二，…"): the question, no clause in it, at most 40 characters, that asks (QUESTION_WORD) or
 * is followed by the answer's first point counted in words (第一，, 一是).
 */
const QUESTION_BEFORE_COLON = /^([^。；！？;!?，,：:“”]{4,40})[：:]\s*(?=\S)/;
/** A point of an answer opening a line or a title: 第一，, 一是, （1）, ①. */
const OPENS_POINT = /^(?:第[一二三四五六七八九十]{1,2}[，,、]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,2})[）)]|[①-⑳]|一是)/;
/** The first of an answer's points counted in words, right after the question's "：" (a numbered point there is a note's nested list). */
const FIRST_ORDINAL_POINT = /^(?:第一[，,、]|一是)/;

/** The numberings an exam sheet numbers its questions with (not the points of an answer: （1）, ①). */
const QUESTION_STYLES: ReadonlySet<HeadingStyle> = new Set(["cn-num", "cn-paren", "arabic"]);

/**
 * Splits "title。body" or "title  body" after a heading marker, and an exam sheet's question from its answer after "："
 * when `asks` (a question's numbering); null when the text reads as a paragraph.
 */
function splitTitle(after: string, asks = false): { title: string; rest: string } | null {
  const text = after.trim();
  const asked = asks ? QUESTION_BEFORE_COLON.exec(text) : null;
  if (asked) {
    const rest = text.slice(asked[0].length);
    const answers = QUESTION_WORD.test(asked[1]!) || FIRST_ORDINAL_POINT.test(rest);
    if (answers && (/[。！？，；]/.test(rest) || displayWidth(rest) > MAX_TITLE_WIDTH)) return { title: asked[1]!.trim(), rest };
  }
  const spaced = /^([^。；！？;!?\s]{2,40}?)\s+(?=[\u4e00-\u9fff“])/.exec(text);
  // A number spaced from its unit ("1953-1957 年底", "1937 年 12 月") is one phrase, never a title and its text.
  if (spaced && !(/\d$/.test(spaced[1]!) && NUMBER_UNIT_AFTER_SPACE.test(text.slice(spaced[0].length)))) {
    const rest = text.slice(spaced[0].length);
    if (/[。！？]/.test(rest) || displayWidth(rest) > MAX_TITLE_WIDTH) return { title: spaced[1]!, rest };
  }
  const firstStop = text.search(/[。！？!?]/);
  if (firstStop >= 0) {
    const title = text.slice(0, firstStop);
    const after = text.slice(firstStop + 1).replace(/^[”’」』]+/, "").trim();
    // A sentence with a note after its stop (…的矛盾。（1956年，八大）) is a list item: a heading puts no stop before its note.
    if (BRACKETED_NOTE.test(after)) return null;
    // A review sheet's statement over its answer's field ("…集中主要力量发展重工业。意义：…"): one item, never a title and its text.
    if (ANSWER_FIELD.test(after)) return null;
    // A quiz bank's question over its options or its key ("…（ ）。A.…；B.…。答案：B。"): one item, never a title and its text.
    if (QUIZ_ITEM_REST.test(after)) return null;
    const alone = after === "";
    // A numbered line that is one sentence and nothing else reads as a heading even when long.
    if (displayWidth(title) > (alone ? MAX_SENTENCE_TITLE_WIDTH : MAX_TITLE_WIDTH)) return null;
    let restStart = firstStop + 1;
    while (restStart < text.length && "”’」』".includes(text[restStart]!) && text.slice(0, restStart).includes("“")) restStart++;
    return { title: text.slice(0, restStart).replace(/[。！？!?]$/, ""), rest: text.slice(restStart).trim() };
  }
  if (displayWidth(text) > MAX_TITLE_WIDTH) return null;
  return { title: text.replace(/[；;：:，,]$/, ""), rest: "" };
}

/** The numbering style a line opens with, whether or not the rest reads as a title. */
export function numberingStyle(line: string): HeadingStyle | null {
  const trimmed = line.trim();
  return MARKERS.find((rule) => rule.pattern.test(trimmed))?.style ?? null;
}

/**
 * The first characters a heading can open with, gathered from the rules themselves: each numbering's `opens` (its pattern
 * matches nothing else), a label's bracket and the first character of each label's words.
 */
const HEADING_OPENER = new RegExp(
  `^[${[...MARKERS.map((rule) => rule.opens), BARE_NUMBER.opens, LABEL_BRACKETS, ...LABELS.flatMap(([words]) => words.map((word) => word[0]!))].join("")}]`,
);

/**
 * False when no text that opens with `start` can be a heading, whatever follows it: its first character opens no
 * numbering and no label. A caller that grows a text by appending lines decides from its first line, instead of rereading
 * the whole text at every line (issue #15).
 */
export function mayOpenHeading(start: string): boolean {
  const trimmed = start.trimStart();
  return trimmed === "" || HEADING_OPENER.test(trimmed);
}

/** Recognises a numbered or labelled heading at the start of a line. */
export function detectHeading(line: string): HeadingMatch | null {
  const trimmed = line.trim();
  if (!trimmed) return null;
  const label = detectLabel(trimmed);
  if (label) return label;
  for (const rule of MARKERS) {
    const match = rule.pattern.exec(trimmed);
    if (!match) continue;
    const numbering = match[1]!.replace(/\s+/g, "");
    const rank = typeof rule.rank === "number" ? rule.rank : rule.rank(numbering);
    const after = trimmed.slice(match[0].length);
    if (!after) return { style: rule.style, rank, numbering, title: "", rest: "" };
    // "第一篇，是从…摘下来的" opens a sentence: a heading's numbering is followed by its title, never by a comma.
    if (/^[，,。；;：:]/.test(after)) return null;
    const split = splitTitle(after, QUESTION_STYLES.has(rule.style));
    // A point of an answer numbered twice (`（1） 第一，党的领导…。`, `（1） ①是由…决定的`) is text, never a title.
    if (!split || OPENS_POINT.test(split.title)) return null;
    return { style: rule.style, rank, numbering, ...split };
  }
  const bare = BARE_NUMBER.pattern.exec(trimmed);
  if (bare) {
    const after = trimmed.slice(bare[0].length);
    if (!/[。！？，]/.test(after) && displayWidth(after) <= MAX_TITLE_WIDTH) {
      return { style: "arabic", rank: 6, numbering: bare[1]!, title: after, rest: "" };
    }
  }
  return null;
}
