import type { CourseIndex } from "./course-index";

const CONTEXT = 2;

/**
 * True when the course says the replacement in the blank's place too: the words just before the
 * blank followed by the replacement, or the replacement followed by the words just after it,
 * occur somewhere in the course. Such a distractor or changed word could also be right.
 */
export function fitsSlotElsewhere(index: CourseIndex, sentence: string, blank: { start: number; end: number }, replacement: string): boolean {
  const before = sentence.slice(Math.max(0, blank.start - CONTEXT), blank.start);
  const after = sentence.slice(blank.end, blank.end + CONTEXT);
  const usable = (context: string) => context.length === CONTEXT && /^[\u4e00-\u9fff]+$/.test(context);
  return (usable(before) && index.count(before + replacement) > 0) || (usable(after) && index.count(replacement + after) > 0);
}
