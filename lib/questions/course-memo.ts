import type { CourseIndex } from "./course-index";

/**
 * Where generation keeps what it works out about a course: on the course's index, so a cache lives as
 * long as the index and is never shared between courses (no module-level map of one course's texts
 * outliving its generation). `perCourse(build)` gives a function that builds the value once per index
 * (a map the caller fills, or a derived structure) and returns the same value for that index after.
 *
 * Process-wide caches in lib/questions are only those of pure functions whose answer depends on their
 * arguments alone, never on a course (`pureMemo`), and static indexes of constant lexicon data.
 */
export function perCourse<T>(build: (index: CourseIndex) => T): (index: CourseIndex) => T {
  const values = new WeakMap<CourseIndex, T>();
  return (index) => {
    let value = values.get(index);
    if (value === undefined) values.set(index, (value = build(index)));
    return value;
  };
}

/**
 * A pure function of one string, remembered for at most `limit` arguments (the whole memo is dropped when
 * full): for work asked again and again of the same texts (tagging, normalizing) by callers that hold no
 * course. Only for functions whose answer depends on the text alone.
 */
export function pureMemo<T>(compute: (text: string) => T, limit: number): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      memo.set(text, (value = compute(text)));
    }
    return value;
  };
}
