import type { SrsRating } from "./schedule-review";

/** Above this, a right answer counts as a struggle (Hard) rather than a clean recall (Good). */
export const SLOW_ANSWER_MS = { choice: 30_000, typed: 60_000 } as const;

/**
 * The FSRS rating an automatically graded answer gives: wrong (or partly wrong) → Again, right
 * but slow or after a hint → Hard, right → Good. Easy is only ever chosen by the learner.
 */
export function ratingFromOutcome(outcome: { correct: boolean; durationMs: number | null; typed: boolean; hinted?: boolean }): SrsRating {
  if (!outcome.correct) return "AGAIN";
  const slow = outcome.durationMs !== null && outcome.durationMs > (outcome.typed ? SLOW_ANSWER_MS.typed : SLOW_ANSWER_MS.choice);
  return slow || outcome.hinted ? "HARD" : "GOOD";
}
