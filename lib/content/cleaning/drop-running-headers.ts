import { detectHeading } from "../detect-heading";
import { countCjk, displayWidth } from "../text/char-classes";
import type { CleaningRule } from "./cleaning-rule";

const MAX_HEADER_WIDTH = 40;
/** A line printed on three pages or more is the page's furniture, not the text. */
const MIN_REPEATS = 3;
/** A running header on the first line with this many Chinese characters is the document's title (an official print heads each page with it). */
const MIN_TITLE_CJK = 8;

/** The line as a page prints it, page numbers and spacing aside: "党校学报 2019年第3期 12" and "… 13" are one header. */
function headerKey(line: string): string {
  return line.replace(/\d+/g, "#").replace(/\s+/g, "");
}

/** Cheap tests first: most lines are long or punctuated, and detectHeading runs only on lines that recur. */
function couldBeHeader(line: string): boolean {
  return countCjk(line) >= 2 && displayWidth(line) <= MAX_HEADER_WIDTH && !/[，。；！？,;!?：:]/.test(line);
}

/** A field label on a line of its own, over the text it labels: "参考答案：", "答：", "解析：". */
const LABEL_LINE = /^[\u4e00-\u9fff]{1,8}[：:]$/;

/** The next line with text after a line. */
function nextText(lines: string[], index: number): string {
  for (let at = index + 1; at < lines.length; at++) if (lines[at]!.trim()) return lines[at]!.trim();
  return "";
}

/** An ordinal inside a line: "材料一分析", "案例2", "第三题". */
const ORDINAL = /[一二三四五六七八九十]+|\d+|[甲乙丙丁]/g;

/** The line with its ordinals blanked: "材料一分析" and "材料二分析" share one. */
function ordinalKey(key: string): string {
  return key.replace(ORDINAL, "○");
}

/**
 * A repeated subheading, not a page's furniture: it is one of a numbered series that repeats together
 * ("材料一分析", "材料二分析" in each paper of a set of mock exams), and every occurrence heads a block of its own,
 * a label ("参考答案：") or a heading under it. A running header is one line, the same on every page, standing over
 * whatever text the page goes on with, mid-paragraph as often as not.
 */
function isSubheadingSeries(key: string, keys: Iterable<string>): boolean {
  const series = ordinalKey(key);
  return series !== key && [...keys].some((other) => other !== key && ordinalKey(other) === series);
}

function headsSections(lines: string[], indexes: number[]): boolean {
  return indexes.every((index) => {
    const below = nextText(lines, index);
    return LABEL_LINE.test(below) || (below !== "" && detectHeading(below) !== null);
  });
}

/**
 * Running headers and footers of a PDF or a printed book: a short line without sentence
 * punctuation that recurs, page numbers aside, three times or more ("彭穗宁 等著", a journal's
 * name and issue). A heading or a sentence is never one, nor a line that heads a block wherever it stands (headsSections). When the header is the document's title (an
 * official print heads every page with it), its first occurrence on the document's first line stays.
 */
export const dropRunningHeaders: CleaningRule = {
  name: "runningHeaders",
  apply(lines) {
    const keys = lines.map((line) => (couldBeHeader(line.trim()) ? headerKey(line) : null));
    const counts = new Map<string, number>();
    for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    // The document's title printed over every page: its first occurrence, on the first line, stays as the title.
    const first = lines.findIndex((line) => line.trim() !== "");
    const titleLine = first >= 0 && countCjk(lines[first]!) >= MIN_TITLE_CJK && !/\d/.test(lines[first]!) ? first : -1;
    const occurrences = new Map<string, number[]>();
    keys.forEach((key, index) => {
      if (key && (counts.get(key) ?? 0) >= MIN_REPEATS) occurrences.set(key, [...(occurrences.get(key) ?? []), index]);
    });
    const subheadings = new Set([...occurrences].filter(([key, indexes]) => isSubheadingSeries(key, occurrences.keys()) && headsSections(lines, indexes)).map(([key]) => key));
    let count = 0;
    const result = lines.filter((line, index) => {
      const key = keys[index] ?? null;
      const repeated = index !== titleLine && key !== null && (counts.get(key) ?? 0) >= MIN_REPEATS && !subheadings.has(key) && detectHeading(line.trim()) === null;
      if (repeated) count++;
      return !repeated;
    });
    return { lines: result, count };
  },
};
