import { FSRS6_DEFAULT_DECAY, computeDecayFactor } from "ts-fsrs";

/**
 * The FSRS-6 forgetting curve with ts-fsrs's default decay (w[20]), as the scheduler in lib/srs
 * uses it: R(t, S) = (1 + FACTOR · t / S)^DECAY, t in whole days since the last review.
 * The reports compute the same formula in SQL with these constants.
 */
export const FSRS_DECAY: number = computeDecayFactor(FSRS6_DEFAULT_DECAY).decay;
export const FSRS_FACTOR: number = computeDecayFactor(FSRS6_DEFAULT_DECAY).factor;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days between the last review and `now`, as ts-fsrs counts them (floor, never negative). */
export function elapsedWholeDays(lastReview: Date, now: Date): number {
  return Math.max(Math.floor((now.getTime() - lastReview.getTime()) / DAY_MS), 0);
}

/** Predicted probability of recall after `elapsedDays` for a card of `stability` days. */
export function predictedRetention(elapsedDays: number, stability: number): number {
  if (stability <= 0) return 0;
  return Math.pow(1 + (FSRS_FACTOR * elapsedDays) / stability, FSRS_DECAY);
}
