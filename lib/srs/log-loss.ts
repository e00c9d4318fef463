import { recallProbability } from "./retention";
import { createEmptyCard, default_w, fsrs, generatorParameters, State, type Grade } from "ts-fsrs";

/** One logged review of one card: the rating given (1 Again … 4 Easy) and when. */
export interface ReviewEvent {
  rating: number;
  reviewedAt: Date;
}

/** A prediction of recall and what happened. */
export interface RecallPrediction {
  /** Predicted probability of recall, 0…1. */
  p: number;
  /** Whether the learner recalled (any rating but Again). */
  recalled: boolean;
}

const EPSILON = 1e-7;
const DAY_MS = 86_400_000;

/**
 * Mean binary cross-entropy (log loss) of recall predictions: −mean(y·ln p + (1−y)·ln(1−p)),
 * with p clamped to [1e-7, 1 − 1e-7]. Lower is better; 0 for no predictions.
 */
export function binaryLogLoss(predictions: readonly RecallPrediction[]): number {
  if (predictions.length === 0) return 0;
  let sum = 0;
  for (const { p, recalled } of predictions) {
    const clamped = Math.min(1 - EPSILON, Math.max(EPSILON, p));
    sum += recalled ? -Math.log(clamped) : -Math.log(1 - clamped);
  }
  return sum / predictions.length;
}

/**
 * Replays each card's reviews (chronological) under the given FSRS weights and predicts, before
 * every review after the first, the probability of recall from the memory state so far and the
 * time elapsed since the previous review (fractional days). Empty weights mean ts-fsrs defaults.
 */
export function recallPredictions(histories: readonly (readonly ReviewEvent[])[], weights: readonly number[]): RecallPrediction[] {
  const scheduler = fsrs(generatorParameters({ enable_fuzz: false, ...(weights.length > 0 ? { w: [...weights] } : { w: [...default_w] }) }));
  const w = scheduler.parameters.w;
  const predictions: RecallPrediction[] = [];
  for (const history of histories) {
    if (history.length === 0) continue;
    let card = createEmptyCard(history[0]!.reviewedAt);
    for (const review of history) {
      if (card.state !== State.New && card.last_review) {
        const elapsedDays = Math.max(0, (review.reviewedAt.getTime() - card.last_review.getTime()) / DAY_MS);
        predictions.push({ p: forgettingCurve(w, elapsedDays, card.stability), recalled: review.rating > 1 });
      }
      card = scheduler.next(card, review.reviewedAt, review.rating as Grade).card;
    }
  }
  return predictions;
}

/**
 * FSRS-6 probability of recall after `elapsedDays` at `stability`: (1 + f·t/S)^(−w20) with
 * f = 0.9^(1/−w20) − 1, so that recall is 90 % when t = S. Unrounded (ts-fsrs rounds to 8 places).
 */
export function forgettingCurve(w: readonly number[], elapsedDays: number, stability: number): number {
  return recallProbability(elapsedDays, stability, w[20] ?? 0.5);
}

/** How well the weights predict the learner's history: log loss and how many reviews it is over. */
export function historyLogLoss(histories: readonly (readonly ReviewEvent[])[], weights: readonly number[]): { logLoss: number; count: number } {
  const predictions = recallPredictions(histories, weights);
  return { logLoss: binaryLogLoss(predictions), count: predictions.length };
}

/** Keep optimised weights only when they predict the history strictly better than the current ones. */
export function preferParameters(current: { logLoss: number }, candidate: { logLoss: number }): "candidate" | "current" {
  return Number.isFinite(candidate.logLoss) && candidate.logLoss < current.logLoss ? "candidate" : "current";
}
