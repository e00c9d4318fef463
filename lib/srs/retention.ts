import { FSRS5_DEFAULT_DECAY, FSRS6_DEFAULT_DECAY, migrateParameters } from "ts-fsrs";

/**
 * The one definition of predicted retention (预计记忆保持率) in Dangke (docs/LEARNING.md):
 *
 * - a card's retention now is its FSRS retrievability R = (1 + FACTOR · t / S)^(−DECAY), with S the
 *   stability after its last review, t the time since that review in days (fractional: a card
 *   failed an hour ago is not "0 days" old), DECAY the learner's own w[20] (ts-fsrs's default until
 *   they optimise their parameters) and FACTOR = 0.9^(−1/DECAY) − 1, so that R(S, S) = 90%;
 * - a card never reviewed (state NEW, no last review, no stability) has no retention, not 100%;
 * - a group's retention (module, knowledge point, class) is the mean over its reviewed cards, always
 *   shown with how many cards were reviewed, not reviewed and overdue;
 * - a card is overdue when it has been reviewed and its due time has passed;
 * - a question is mastered (掌握) when its card has graduated to long-term review (state REVIEW)
 *   and is not overdue: its schedule still holds R at or above the learner's desired retention.
 *
 * The reports compute the same in SQL (lib/server/reports/retention-sql.ts); a parity test keeps them equal.
 */

export const DAY_MS = 86_400_000;

/** The bounds ts-fsrs clips w[20] to. */
export const DECAY_MIN = 0.1;
export const DECAY_MAX = 0.8;

/** A card as far as retention needs it (the Card table's columns). */
export interface RetentionCard {
  state: "NEW" | "LEARNING" | "REVIEW" | "RELEARNING";
  stability: number;
  lastReview: Date | null;
  due: Date;
}

/**
 * The forgetting curve's decay (w[20], positive) of a learner's FSRS weights: 21 weights (FSRS-6)
 * give their own, clipped as ts-fsrs clips it; 17 or 19 (FSRS-4.5/5) give 0.5, as ts-fsrs migrates
 * them; none (or any other length, which ts-fsrs ignores) give the FSRS-6 default.
 */
export function forgettingDecay(weights?: readonly number[] | null): number {
  if (weights?.length === 21) return migrateParameters([...weights])[20]!;
  if (weights?.length === 17 || weights?.length === 19) return FSRS5_DEFAULT_DECAY;
  return FSRS6_DEFAULT_DECAY;
}

/** R after `elapsedDays` (fractional) for a memory of `stability` days, with the given decay. */
export function recallProbability(elapsedDays: number, stability: number, decay: number): number {
  const factor = Math.pow(0.9, -1 / decay) - 1;
  return Math.pow(1 + (factor * Math.max(elapsedDays, 0)) / stability, -decay);
}

/** Whether a card has a memory to predict: reviewed at least once, with a stability. */
export function isReviewed(card: Pick<RetentionCard, "state" | "stability" | "lastReview">): boolean {
  return card.state !== "NEW" && card.lastReview !== null && card.stability > 0;
}

/** Predicted probability of recalling the card at `now`; null for a card never reviewed. */
export function cardRetention(card: Pick<RetentionCard, "state" | "stability" | "lastReview">, now: Date, decay: number): number | null {
  if (!isReviewed(card)) return null;
  return recallProbability((now.getTime() - card.lastReview!.getTime()) / DAY_MS, card.stability, decay);
}

/** A reviewed card whose due time has passed. */
export function isOverdue(card: Pick<RetentionCard, "state" | "stability" | "lastReview" | "due">, now: Date): boolean {
  return isReviewed(card) && card.due.getTime() < now.getTime();
}

/** 掌握: a reviewed card in long-term review (not learning or relearning) that is not overdue. */
export function isMastered(card: Pick<RetentionCard, "state" | "stability" | "lastReview" | "due">, now: Date): boolean {
  return card.state === "REVIEW" && isReviewed(card) && !isOverdue(card, now);
}

export interface RetentionSummary {
  /** Mean predicted retention of the reviewed cards, 0…1; null when none was reviewed. */
  retention: number | null;
  reviewed: number;
  /** Questions of the group without a reviewed card (never answered, or only as NEW cards). */
  notReviewed: number;
  overdue: number;
  /** Reviewed cards that are mastered (isMastered). */
  mastered: number;
}

/**
 * Retention of a group of cards (one learner's module, a knowledge point …) at `now`. `questions`
 * is how many questions the group has for the learner(s); not reviewed = questions − reviewed cards.
 */
export function summariseRetention(cards: readonly RetentionCard[], now: Date, decay: number, questions = 0): RetentionSummary {
  let sum = 0;
  let reviewed = 0;
  let overdue = 0;
  let mastered = 0;
  for (const card of cards) {
    const retention = cardRetention(card, now, decay);
    if (retention === null) continue;
    sum += retention;
    reviewed += 1;
    if (isOverdue(card, now)) overdue += 1;
    if (isMastered(card, now)) mastered += 1;
  }
  return { retention: reviewed > 0 ? sum / reviewed : null, reviewed, notReviewed: Math.max(questions - reviewed, 0), overdue, mastered };
}
