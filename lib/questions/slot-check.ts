import { nonOverlapping, type CourseIndex } from "./course-index";
import { perCourse } from "./course-memo";

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
  return (usable(before) && (index.count(before + replacement) > 0 || listedAfter(index, before, replacement))) || (usable(after) && index.count(replacement + after) > 0);
}

/** The items of a list that runs on from a context up to the clause's end: 反对个人主义、分散主义和好人主义 → 个人主义, 分散主义, 好人主义. */
const LIST_RUN = /^[^，。；：！？]{1,60}/;

/**
 * True when, somewhere in the course, the words before the blank lead a list with the replacement in
 * it (反对个人主义、分散主义、…好人主义 for 好人主义 in 全党必须坚决反对（　）): the course says it there too.
 */
function listedAfter(index: CourseIndex, before: string, replacement: string): boolean {
  return itemsListedAfter(index, before).has(replacement);
}

/** Per course, the items every context leads a list of: each candidate asks of the same contexts again (issue #16). */
const listedItems = perCourse(() => new Map<string, ReadonlySet<string>>());

/** Every item of every list the context leads in the course. */
function itemsListedAfter(index: CourseIndex, before: string): ReadonlySet<string> {
  const byContext = listedItems(index);
  let items = byContext.get(before);
  if (items) return items;
  const corpus = index.corpus;
  const found = new Set<string>();
  for (const at of nonOverlapping(index.starts(before), before.length)) {
    const run = LIST_RUN.exec(corpus.slice(at + before.length))?.[0];
    if (run) for (const item of run.split(/[、和及与]|以及/)) found.add(item);
  }
  byContext.set(before, (items = found));
  return items;
}
