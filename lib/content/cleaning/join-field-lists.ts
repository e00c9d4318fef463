import { detectHeading, numberingStyle } from "../detect-heading";
import { QUIZ_KEY } from "../text/answer-fields";
import { displayWidth } from "../text/char-classes";
import type { CleaningRule } from "./cleaning-rule";

/** A field's label as a plan or a notice prints it on a line of its own: "活动时间", "参加人员". */
const FIELD_LABEL = /^[\u4e00-\u9fff]{2,6}$/;
/** Its value: a short phrase, no sentence ("2025年11月28日下午1点至5点", "湖北省博物馆"). */
const MAX_VALUE_WIDTH = 48;
const SENTENCE_SIGN = /[。！？；：:;!?]/;
const CLAUSE_END = /[，,、]$/;
/** A schedule's row: a time of day, perhaps a range, then what happens ("13:15 统一乘地铁出发"). */
const SCHEDULE_ROW = /^\d{1,2}[:：]\d{2}(?:\s*[-–—~～至]\s*\d{1,2}[:：]\d{2})?\s*\S/;
const MIN_PAIRS = 2;
const MIN_ROWS = 3;

/**
 * A value: a short phrase; one shaped like a label ("湖北省博物馆") only inside a run of fields already found.
 * A part's heading ("一、履行岗位职责情况" under a report's author) opens a part, it is no field's value, and a line
 * ending in a comma ("党员发展对象在经过…公示无异议后，") starts a sentence the next line goes on with.
 */
function isValue(line: string, inRun: boolean): boolean {
  // A line ending in a comma is a sentence going on in the next line (a panel's text broken into lines), no phrase.
  return line.length > 0 && !CLAUSE_END.test(line) && displayWidth(line) <= MAX_VALUE_WIDTH && !SENTENCE_SIGN.test(line) && (inRun || !FIELD_LABEL.test(line)) && detectHeading(line)?.style !== "cn-num";
}

/** A title spelled one character to a line, as a cover page sets it ("策" / "划" / "书"). */
const SPACED_CHARACTER = /^[\u4e00-\u9fff]$/;
const MIN_SPACED = 2;

/** Ends a list of phrases as one sentence: "甲；乙；丙。" (a Markdown list of phrases reads the same way). */
function asSentence(items: string[]): string {
  return `${items.join("；")}。`;
}

/**
 * A list copied from a rendered page or typed without bullets: a lead ending in "：" ("3. 三大法宝关系：",
 * "邓小平对这一问题的回答：") over lines of its own that are phrases or sentences without their full stop
 * ("统一战线、武装斗争是中国革命的两个基本特点" / "统一战线是实行武装斗争的统一战线" / …), set apart by a blank
 * line, the end of the text, the next numbered line or the next lead. Each item a line, the list is read as
 * the lead's sentence: "3. 三大法宝关系：甲；乙；丙。" (the Markdown list after a lead reads the same way).
 */
const LEAD_END = /[：:]$/;
/** An item is a phrase or a sentence left open (no "。；", no clause going on with "，、"), at most a line of a page. */
const MAX_ITEM_WIDTH = 80;
const ITEM_OPEN = /[。！？!?；;，,、：:…]$/;
const MIN_LEAD_ITEMS = 2;

function isBareItem(line: string): boolean {
  return line.length > 0 && countHan(line) >= 2 && displayWidth(line) <= MAX_ITEM_WIDTH && !ITEM_OPEN.test(line) && numberingStyle(line) === null;
}

function countHan(line: string): number {
  return line.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
}

/** The end of a lead's bare list that starts at `start` (the line after the lead), or -1 when the lines there are no such list. */
function bareListEnd(text: string[], start: number): number {
  let end = start;
  while (end < text.length && isBareItem(text[end]!)) end++;
  if (end - start < MIN_LEAD_ITEMS) return -1;
  const next = text[end];
  const closed = next === undefined || next === "" || numberingStyle(next) !== null || LEAD_END.test(next);
  return closed ? end : -1;
}

/**
 * The number of an item a student numbered by hand ("1. 理论意义：…", "②…"), or null: only Arabic and circled
 * numbers, the ones notes copied as text number their points with.
 */
function itemNumber(line: string): number | null {
  const arabic = /^(\d{1,2})\s*[、．.](?![\d.．])/.exec(line);
  if (arabic) return Number(arabic[1]);
  const circled = /^[①-⑳]/.exec(line);
  return circled ? circled[0].charCodeAt(0) - "①".charCodeAt(0) + 1 : null;
}

const CLAUSE_SIGN = /[：:，,、]/;

/**
 * Numbered points one to a line, none ended ("1. 理论意义：突破了…的认识" / "2. 实践意义：…" / "3. …"): notes whose
 * author left the full stops out, the lines of one block with no blank line between. Each point holds a clause sign
 * (a title has none); the points are read as one list "1. 甲：…；2. 乙：…；3. 丙：…。" (one paragraph, as a
 * Markdown list of phrases), a point that leads a bare list ("2. 两个基本点：" over its lines) taking its items
 * ("2. 两个基本点：坚持…、坚持改革开放"). Returns the points and where the run ends, or null below two points.
 */
function numberedPointRun(text: string[], start: number): { paragraphs: string[]; end: number } | null {
  const paragraphs: string[] = [];
  let at = start;
  let expected = itemNumber(text[start]!);
  while (at < text.length && expected !== null && itemNumber(text[at]!) === expected) {
    const line = text[at]!;
    if (LEAD_END.test(line)) {
      const listEnd = bareListEnd(text, at + 1);
      if (listEnd < 0) break;
      paragraphs.push(`${line}${text.slice(at + 1, listEnd).join("、")}`);
      at = listEnd;
    } else if (displayWidth(line) <= MAX_ITEM_WIDTH * 2 && !ITEM_OPEN.test(line) && CLAUSE_SIGN.test(line.replace(/^\S{1,3}\s*/, ""))) {
      paragraphs.push(line);
      at++;
    } else break;
    expected++;
  }
  const closed = at >= text.length || text[at] === "";
  return paragraphs.length >= MIN_LEAD_ITEMS && closed ? { paragraphs, end: at } : null;
}

/** What may stand right above a run of numbered points: nothing, a blank line, a lead, or a title over them (no sentence). */
function opensPoints(above: string | undefined): boolean {
  return above === undefined || above === "" || LEAD_END.test(above) || (displayWidth(above) <= 40 && !ITEM_OPEN.test(above) && numberingStyle(above) === null);
}

/**
 * A quiz bank's item (题库, 测试题, 模拟题): a numbered question ("1.…是（ ）。", its source's own number left in: "48.17、…"), perhaps its options one to a line
 * ("A.…" / "B.…"), then its key on a line of its own ("答案：B", "正确答案：ABCD", "参考答案：…"), blank lines between
 * them allowed. Alone, the key reads as a title and the question as a sentence cut short: the item is read as one
 * paragraph "1.…（ ）。A.甲；B.乙。答案：B。", the question with its options and its answer kept together.
 */
const QUIZ_QUESTION = /^\d{1,3}\s*[.．、](?:\d{1,3}\s*[、．.])?(?![\d.．])\s*\S/;
/** The number a question kept from the list it was copied from ("48.17、…"): dropped, or "48.17" reads as a section's number. */
const COPIED_NUMBER = /^(\d{1,3}\s*[.．、])\d{1,3}\s*[、．.](?![\d.．])/;
const QUIZ_OPTION = /^[A-H]\s*[.．、]\s*\S/;
const MAX_QUIZ_OPTIONS = 8;
/** A key is short: a letter or a phrase, never an essay's answer (those stay paragraphs of their own). */
const MAX_QUIZ_KEY_WIDTH = 60;
const MIN_QUIZ_ITEMS = 2;
const SENTENCE_END = /[。！？!?；;：:…]$/;

/** The item starting at `start` (the question line) and where it ends, or null when the lines there are no quiz item. */
function quizItem(text: string[], start: number): { paragraph: string; end: number } | null {
  if (!QUIZ_QUESTION.test(text[start]!) || QUIZ_KEY.test(text[start]!)) return null;
  const question = text[start]!.replace(COPIED_NUMBER, "$1");
  const options: string[] = [];
  let at = start + 1;
  for (;;) {
    while (at < text.length && text[at] === "") at++;
    if (at < text.length && QUIZ_OPTION.test(text[at]!) && options.length < MAX_QUIZ_OPTIONS) options.push(text[at++]!.replace(/[；;，,。]$/, ""));
    else break;
  }
  const key = text[at];
  if (key === undefined || !QUIZ_KEY.test(key) || displayWidth(key) > MAX_QUIZ_KEY_WIDTH) return null;
  const ended = (part: string) => (SENTENCE_END.test(part) ? part : `${part}。`);
  const parts = [ended(question), ...(options.length ? [asSentence(options)] : []), ended(key)];
  return { paragraph: parts.join(""), end: at + 1 };
}

/**
 * Form-like layouts of plans, notices and programmes, which a Word file prints one short phrase to
 * a paragraph: fields as label and value on two lines (活动名称 / “…”主题参观活动 / 活动时间 /
 * 2025年11月28日…), two or more in a row, become one paragraph "活动名称：…；活动时间：…。"; a
 * schedule of three or more rows opening with a time of day becomes one paragraph
 * "13:00 集合签到；13:15 出发；…。"; a cover's word set one character to a line (策 / 划 / 书)
 * becomes the word; a lead ending in "：" over bare list lines becomes the lead's sentence "…：甲；乙。".
 * Alone, each phrase would read as a title or as a sentence cut short.
 */
export const joinFieldLists: CleaningRule = {
  name: "fieldLists",
  apply(lines) {
    const text = lines.map((line) => line.trim());
    const result: string[] = [];
    let count = 0;
    let index = 0;
    // A quiz bank: its items, when the text holds two or more.
    let quizItems = 0;
    for (let at = 0; at < text.length && quizItems < MIN_QUIZ_ITEMS; at++) if (quizItem(text, at)) quizItems++;
    while (index < text.length) {
      const item = quizItems >= MIN_QUIZ_ITEMS ? quizItem(text, index) : null;
      if (item) {
        result.push(item.paragraph);
        count += item.end - index - 1;
        index = item.end;
        continue;
      }
      // Field pairs: label, value, label, value … (blank lines between them allowed).
      const pairs: string[] = [];
      let cursor = index;
      while (cursor < text.length) {
        const label = cursor;
        if (!FIELD_LABEL.test(text[label]!)) break;
        let value = label + 1;
        while (value < text.length && !text[value]) value++;
        if (value >= text.length || !isValue(text[value]!, pairs.length > 0)) break;
        const values = [text[value]!];
        cursor = value + 1;
        // A value may go on for a line ("…约40人" / "工作人员2至3人") when a label or a heading follows it.
        while (cursor + 1 < text.length && isValue(text[cursor]!, false) && (FIELD_LABEL.test(text[cursor + 1]!) || detectHeading(text[cursor + 1]!) !== null)) values.push(text[cursor++]!);
        pairs.push(`${text[label]}：${values.join("，")}`);
        while (cursor < text.length && !text[cursor] && pairs.length > 0 && FIELD_LABEL.test(text[cursor + 1] ?? "")) cursor++;
      }
      if (pairs.length >= MIN_PAIRS) {
        result.push(asSentence(pairs));
        count += pairs.length;
        index = cursor;
        continue;
      }
      // A word set one character to a line.
      let spaced = index;
      while (spaced < text.length && SPACED_CHARACTER.test(text[spaced]!)) spaced++;
      if (spaced - index >= MIN_SPACED) {
        result.push(text.slice(index, spaced).join(""));
        count += spaced - index;
        index = spaced;
        continue;
      }
      // Schedule rows in a row.
      let end = index;
      while (end < text.length && SCHEDULE_ROW.test(text[end]!) && !SENTENCE_SIGN.test(text[end]!.replace(/^\d{1,2}[:：]\d{2}(?:\s*[-–—~～至]\s*\d{1,2}[:：]\d{2})?/, ""))) end++;
      if (end - index >= MIN_ROWS) {
        result.push(asSentence(text.slice(index, end)));
        count += end - index;
        index = end;
        continue;
      }
      // Numbered points one to a line, left without their full stops.
      const points = opensPoints(text[index - 1]) && itemNumber(text[index]!) === 1 ? numberedPointRun(text, index) : null;
      if (points) {
        // Under a lead (a blank line between or not), the points are the lead's sentence: "…包括四个方面：1. …；2. …。".
        let lead = result.length - 1;
        while (lead >= 0 && result[lead]!.trim() === "") lead--;
        if (lead >= 0 && LEAD_END.test(result[lead]!.trim())) result.splice(lead, result.length - lead, `${result[lead]!.trim()}${asSentence(points.paragraphs)}`);
        else result.push(asSentence(points.paragraphs));
        count += points.paragraphs.length;
        index = points.end;
        continue;
      }
      // A lead over its list of bare lines.
      if (LEAD_END.test(text[index]!) && countHan(text[index]!) >= 2) {
        const listEnd = bareListEnd(text, index + 1);
        if (listEnd > 0) {
          result.push(`${text[index]}${asSentence(text.slice(index + 1, listEnd))}`);
          count += listEnd - index - 1;
          index = listEnd;
          continue;
        }
      }
      result.push(lines[index]!);
      index++;
    }
    return { lines: result, count };
  },
};
