import { detectHeading } from "../detect-heading";
import { countCjk, displayWidth } from "../text/char-classes";
import type { CleaningRule } from "./cleaning-rule";

const MAX_HEADER_WIDTH = 40;
/** A line printed on three pages or more is the page's furniture, not the text. */
const MIN_REPEATS = 3;

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
 * name and issue). A heading or a sentence is never one.
 */
export const dropRunningHeaders: CleaningRule = {
  name: "runningHeaders",
  apply(lines) {
    const keys = lines.map((line) => (couldBeHeader(line.trim()) ? headerKey(line) : null));
    const counts = new Map<string, number>();
    for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    let count = 0;
    const result = lines.filter((line, index) => {
      const key = keys[index] ?? null;
      const repeated = key !== null && (counts.get(key) ?? 0) >= MIN_REPEATS && detectHeading(line.trim()) === null;
      if (repeated) count++;
      return !repeated;
    });
    return { lines: result, count };
  },
};
