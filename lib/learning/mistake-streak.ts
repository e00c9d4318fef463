import type { MistakeEffect } from "./answer-outcome";

/** A learner's 错题本 entry for one question (MistakeEntry), as the streak rule sees it. */
export interface MistakeEntryState {
  wrongCount: number;
  correctStreak: number;
  lastWrongAt: Date;
  /** Set when the streak reached N: the question left the book. */
  resolvedAt: Date | null;
  /** Set when the learner took it out by hand (移出错题本). */
  removedAt: Date | null;
}

/** What an answer's 错题本 effect did to the entry. */
export type MistakeChange = "enter" | "advance" | "leave" | "none";

/** Whether the entry is in the book now. */
export function isOpenMistake(entry: MistakeEntryState | null): entry is MistakeEntryState {
  return entry !== null && entry.resolvedAt === null && entry.removedAt === null;
}

/**
 * The 错题本 streak rule (docs/LEARNING.md, Leaving the 错题本): `enter` files the question, or
 * re-opens its entry with the streak at 0 (resolved or removed before, it is back); `advance`
 * adds one right answer to the streak of an entry in the book, which leaves the book (resolved
 * at `at`) once the streak reaches the learner's `clearStreak` N; an entry not in the book, or
 * none, stays as it is. Stated in SQL by `fileMistakesSql` and `advanceMistakeStreaksSql`
 * (lib/server/practice/answer-writes.ts) for the set-based writes;
 * tests/integration/mistake-streak-parity.test.ts proves the two equal.
 */
export function mistakeEntryAfter(
  entry: MistakeEntryState | null,
  effect: MistakeEffect,
  clearStreak: number,
  at: Date,
): { entry: MistakeEntryState | null; change: MistakeChange } {
  if (effect === "enter") {
    const wrongCount = entry ? entry.wrongCount + 1 : 1;
    return { entry: { wrongCount, correctStreak: 0, lastWrongAt: at, resolvedAt: null, removedAt: null }, change: "enter" };
  }
  if (effect === "none" || !isOpenMistake(entry)) return { entry, change: "none" };
  const correctStreak = entry.correctStreak + 1;
  const leaves = correctStreak >= clearStreak;
  return { entry: { ...entry, correctStreak, resolvedAt: leaves ? at : null }, change: leaves ? "leave" : "advance" };
}
