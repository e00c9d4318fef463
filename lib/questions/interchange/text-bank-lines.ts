import type { QuestionType } from "../types";

/**
 * How one line of a text question bank (the layout Chinese exam systems call 文本导入) reads:
 * a section heading, an item's number, options, an answer or 解析 line, a table of keys.
 * Each recogniser looks at one cleaned line; the reader (read-text-bank.ts) holds the state.
 */

/** A section's type; CHOICE (不定项选择题, 选择题) leaves 单选 or 多选 to the key. */
export type SectionType = QuestionType | "CHOICE";

/** Full-width letters, digits and ASCII punctuation (Ａ，１，．) as their ASCII forms. */
export function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0));
}

/** Option letters as a key writes them (`A、C`, `ａｃ`, `A, B`): the letters alone, upper case. */
export function keyLetters(text: string): string {
  return halfWidth(text).toUpperCase().replace(/[\s,，、;；]/g, "");
}

/**
 * A line as the recognisers see it: ideographic and no-break spaces as spaces, trimmed, and
 * the Markdown a bank kept on GitHub or pasted from a web page carries (`### 一、单选题`,
 * `- A. …`, `**答案：B**`) taken off. Underscores stay: they are 填空 blanks.
 */
export function cleanLine(raw: string): string {
  // A Markdown rule between questions (`---`, `***`, `- - -`) holds no text: read as an empty line.
  if (/^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,})$/.test(raw)) return "";
  return raw
    .replace(/[\u00a0\u3000\t]/g, " ")
    .replace(/\*\*/g, "")
    .trim()
    .replace(/^#{1,6}\s+/, "")
    .replace(/^>\s*/, "")
    .replace(/^[-*+]\s+/, "")
    .trim();
}

const TYPE_WORDS: Array<[RegExp, SectionType]> = [
  [/^(?:单项选择题?|单选题?)$/, "SINGLE_CHOICE"],
  [/^(?:多项选择题?|多选题?)$/, "MULTIPLE_CHOICE"],
  [/^(?:不定项选择题?|不定项|选择题)$/, "CHOICE"],
  [/^(?:判断题|判断|是非题|判断正误)$/, "TRUE_FALSE"],
  [/^(?:填空题|填空)$/, "FILL_BLANK"],
  [/^(?:简答题|简答|问答题|问答|论述题|简述题)$/, "SHORT_ANSWER"],
];

const CHINESE_NUMBER = "[一二三四五六七八九十]+";
/** 一、 二． （三） 第四部分 4、 — how a section heading is numbered, if at all. */
const HEADING_NUMBER = new RegExp(`^(?:第\\s*(?:${CHINESE_NUMBER}|\\d+)\\s*(?:部分|大题|节)\\s*[、.．:：]?|${CHINESE_NUMBER}\\s*[、.．:：]|[（(]\\s*${CHINESE_NUMBER}\\s*[)）]|\\d+\\s*[、.．])\\s*`);
/** （每题 1 分，共 20 分）, (共10题), ：— what may follow a section's type. */
const HEADING_TAIL = /\s*(?:[（(][^（()）]*[)）])?\s*[:：。.]?\s*$/;

export interface SectionHeading {
  type: SectionType;
  /** The heading of a key table (`一、单项选择题答案`, `单选题参考答案`). */
  keys: boolean;
}

/** A section heading naming a question type: `一、单项选择题（每题2分）`, `判断题`, `第三部分 填空题`. */
export function sectionHeading(line: string): SectionHeading | null {
  const body = line.replace(HEADING_NUMBER, "").replace(HEADING_TAIL, "");
  const keys = /(?:参考答案|答案)(?:及解析|与解析)?$/.test(body);
  const name = body.replace(/(?:参考答案|答案)(?:及解析|与解析)?$/, "").replace(/\s+/g, "");
  for (const [pattern, type] of TYPE_WORDS) if (pattern.test(name)) return { type, keys };
  return null;
}

/** `参考答案`, `答案`, `参考答案及解析` alone on a line: the keys of the questions above follow. */
export function isAnswerPartHeading(line: string): boolean {
  const body = line.replace(HEADING_NUMBER, "").replace(HEADING_TAIL, "");
  return /^[【\[]?(?:参考答案|答案|标准答案|答案部分)(?:及解析|与解析)?[】\]]?$/.test(body.replace(/\s+/g, ""));
}

/** `第一章 党的性质`, `第二节 …`, `第三部分 …`: a chapter heading (its questions may follow under type headings). */
export function isChapterHeading(line: string): boolean {
  return new RegExp(`^第\\s*(?:${CHINESE_NUMBER}|\\d+)\\s*[章节篇单元部分]`).test(line) && line.length <= 40;
}

/** A chapter heading's name without its number: `第一章 总纲` → `总纲`. */
export function chapterName(heading: string): string {
  return heading.replace(new RegExp(`^第\\s*(?:${CHINESE_NUMBER}|\\d+)\\s*[章节篇单元部分]\\s*[、.．:：]?\\s*`), "").trim();
}

export interface ItemStart {
  number: number;
  rest: string;
  /** `2.1922年…`: a number, a full stop and a digit, which may as well be a decimal (3.5%) in running text. */
  beforeDigit: boolean;
}

/** `1.` `1、` `1．` `（1）` `(1)` `1)` `第1题`: the number a question starts with, and the rest of its line. */
export function itemStart(line: string): ItemStart | null {
  const match =
    /^[（(]\s*(\d{1,4})\s*[)）]\s*(.*)$/.exec(line) ??
    /^第\s*(\d{1,4})\s*题\s*[.、．:：]?\s*(.*)$/.exec(line) ??
    /^(\d{1,4})\s*[.、．:：)）]\s*(.*)$/.exec(halfWidthDigits(line));
  if (!match) return null;
  const rest = match[2]!.trim();
  return { number: Number(match[1]), rest, beforeDigit: /^\d{1,4}\s*[.．]\d/.test(halfWidthDigits(line)) };
}

function halfWidthDigits(line: string): string {
  return line.replace(/^[０-９]+/, (digits) => halfWidth(digits));
}

const OPTION_MARK = "[.、．:：)）]";
const LETTERS = "ABCDEF";

/** The letter an option line starts with (`A.` `A、` `Ａ．` `(A)` `A)`), or null. */
export function optionLetter(line: string): string | null {
  const match = new RegExp(`^[（(]?\\s*([A-FＡ-Ｆ])\\s*${OPTION_MARK}`).exec(line);
  return match ? halfWidth(match[1]!) : null;
}

/**
 * Splits a line of options into them — `A.党章 B.党纪 C.党规 D.宪法`, also with nothing between
 * them (`A．党章B．党纪`) — looking only for the next letter in order, so a letter inside an
 * option's text is not taken for a new option. The first option's letter is `first`.
 */
export function splitOptions(line: string, first: string): Array<{ key: string; text: string }> {
  const options: Array<{ key: string; text: string }> = [];
  let key = first;
  let rest = line.replace(new RegExp(`^[（(]?\\s*[A-FＡ-Ｆ]\\s*${OPTION_MARK}\\s*`), "");
  for (;;) {
    const next = LETTERS[LETTERS.indexOf(key) + 1];
    const marker = next ? new RegExp(`(?:^|(?<=[^A-Za-z]))[（(]?\\s*[${next}${String.fromCharCode(next.charCodeAt(0) + 0xfee0)}]\\s*${OPTION_MARK}`).exec(rest) : null;
    if (!marker || marker.index === 0) {
      options.push({ key, text: rest.trim() });
      return options;
    }
    options.push({ key, text: rest.slice(0, marker.index).trim() });
    rest = rest.slice(marker.index + marker[0].length);
    key = next!;
  }
}

/** An `答案：` line (also `参考答案：`, `正确答案：`, `【答案】`, `答：`): the answer text, possibly empty. */
export function answerLine(line: string): string | null {
  const match = /^(?:[【\[]\s*(?:参考|正确|标准)?答案\s*[】\]]\s*[:：]?|(?:参考|正确|标准)?答案\s*[:：]|答\s*[:：])\s*(.*)$/.exec(line);
  return match ? match[1]!.trim() : null;
}

/** A `解析：` line (also `【解析】`, `答案解析：`): the explanation text, possibly empty. */
export function explanationLine(line: string): string | null {
  const match = /^(?:[【\[]\s*(?:答案|试题)?解析\s*[】\]]\s*[:：]?|(?:答案|试题)?解析\s*[:：])\s*(.*)$/.exec(line);
  return match ? match[1]!.trim() : null;
}

/** An answer or 解析 written inside a stem or option line (`…（　） 【答案】B`, `D.宪法  答案：B`): where it starts. */
export function inlineMarker(line: string): { before: string; answer?: string; explanation?: string } | null {
  const answer = /\s*(?:[【\[]\s*(?:参考|正确)?答案\s*[】\]]|(?<![\u4e00-\u9fff])(?:参考|正确)?答案\s*[:：])\s*/.exec(line);
  const explanation = /\s*(?:[【\[]\s*解析\s*[】\]]|(?<![\u4e00-\u9fff])解析\s*[:：])\s*/.exec(line);
  if (!answer && !explanation) return null;
  const marks = [answer, explanation].filter((mark): mark is RegExpExecArray => mark !== null).sort((a, b) => a.index - b.index);
  const before = line.slice(0, marks[0]!.index).trim();
  const result: { before: string; answer?: string; explanation?: string } = { before };
  for (const [position, mark] of marks.entries()) {
    const end = marks[position + 1]?.index ?? line.length;
    const text = line.slice(mark.index + mark[0].length, end).trim();
    if (mark === answer) result.answer = text;
    else result.explanation = text;
  }
  return result;
}

export const VERDICT_WORDS = "√|×|✓|✗|✔|✘|对|错|正确|错误";
const KEY_TOKEN = `(?:[A-FＡ-Ｆ]{1,6}|${VERDICT_WORDS})`;

/**
 * A table of keys, one or several per line: `1-5 CABDA`, `1～5：C A B D A`, `1.A 2.B 3.C`,
 * `1、√ 2、×`. Keys by item number; null when the line is not wholly such a table.
 * `single` accepts one numbered key (`1.A`), which inside a section reads as a question.
 */
export function keyTable(line: string, single: boolean): Map<number, string> | null {
  const text = halfWidth(line).replace(/\s+/g, " ").trim();
  const keys = new Map<number, string>();
  const heads = [...text.matchAll(/(\d+)\s*[-~—–至]\s*(\d+)\s*[:.、]?\s*/g)];
  if (heads.length > 0 && heads[0]!.index === 0) {
    for (const [position, head] of heads.entries()) {
      const from = Number(head[1]);
      const to = Number(head[2]);
      const body = text.slice(head.index + head[0].length, heads[position + 1]?.index ?? text.length).trim();
      if (to < from || !/^[A-F√×✓✗✔✘对错 ]+$/.test(body)) return null;
      const spaced = body.split(" ");
      const tokens = spaced.length === to - from + 1 ? spaced : [...body.replace(/ /g, "")];
      if (tokens.length !== to - from + 1) return null;
      tokens.forEach((token, index) => keys.set(from + index, token));
    }
    return keys;
  }
  const entries = [...text.matchAll(new RegExp(`(\\d+)\\s*[.、:)]?\\s*(${KEY_TOKEN})(?=\\s|[,;，；]|$)[,;，；]?`, "g"))];
  const covered = entries.map((entry) => entry[0]).join("").replace(/\s/g, "");
  if (entries.length === 0 || covered !== text.replace(/\s/g, "")) return null;
  if (entries.length === 1 && !single) return null;
  for (const entry of entries) keys.set(Number(entry[1]), halfWidth(entry[2]!));
  return keys;
}
