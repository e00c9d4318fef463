import { detectHeading } from "../detect-heading";
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
 * Form-like layouts of plans, notices and programmes, which a Word file prints one short phrase to
 * a paragraph: fields as label and value on two lines (活动名称 / “…”主题参观活动 / 活动时间 /
 * 2025年11月28日…), two or more in a row, become one paragraph "活动名称：…；活动时间：…。"; a
 * schedule of three or more rows opening with a time of day becomes one paragraph
 * "13:00 集合签到；13:15 出发；…。"; a cover's word set one character to a line (策 / 划 / 书)
 * becomes the word. Alone, each phrase would read as a title or as a sentence cut short.
 */
export const joinFieldLists: CleaningRule = {
  name: "fieldLists",
  apply(lines) {
    const text = lines.map((line) => line.trim());
    const result: string[] = [];
    let count = 0;
    let index = 0;
    while (index < text.length) {
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
      result.push(lines[index]!);
      index++;
    }
    return { lines: result, count };
  },
};
