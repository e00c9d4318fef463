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

/**
 * Running headers and footers of a PDF or a printed book: a short line without sentence
 * punctuation that recurs, page numbers aside, three times or more ("彭穗宁 等著", a journal's
 * name and issue). A heading or a sentence is never one. When the header is the document's title (an
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
    let count = 0;
    const result = lines.filter((line, index) => {
      const key = keys[index] ?? null;
      const repeated = index !== titleLine && key !== null && (counts.get(key) ?? 0) >= MIN_REPEATS && detectHeading(line.trim()) === null;
      if (repeated) count++;
      return !repeated;
    });
    return { lines: result, count };
  },
};
