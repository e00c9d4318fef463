import { fsrs, generatorParameters, Rating, type FSRS, type Grade } from "ts-fsrs";
import { cardRetention, forgettingDecay } from "./retention";
import { fromFsrsCard, toFsrsCard, type CardStateName, type SrsCard } from "./card-state";

export type SrsRating = "AGAIN" | "HARD" | "GOOD" | "EASY";

export const RATINGS: readonly SrsRating[] = ["AGAIN", "HARD", "GOOD", "EASY"];

const GRADES: Record<SrsRating, Grade> = { AGAIN: Rating.Again, HARD: Rating.Hard, GOOD: Rating.Good, EASY: Rating.Easy };

export interface SchedulerOptions {
  /** 0.80 … 0.97; the probability of recall the schedule aims for. */
  desiredRetention: number;
  /** The learner's optimised FSRS weights; empty for ts-fsrs defaults. */
  weights?: readonly number[];
}

/** The immutable record of one review (the ReviewLog columns). */
export interface SrsReviewLog {
  rating: number;
  stateBefore: CardStateName;
  stateAfter: CardStateName;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Date;
}

/** Schedulers by their options: building one (checking and clipping the weights) cost more than the review itself (bench:answer). */
const schedulers = new Map<string, FSRS>();
const MAX_SCHEDULERS = 1_000;

function scheduler(options: SchedulerOptions): FSRS {
  // Empty weights mean the ts-fsrs defaults.
  const weights = options.weights?.length ? options.weights : null;
  const key = weights ? `${options.desiredRetention}:${weights.join(",")}` : String(options.desiredRetention);
  let cached = schedulers.get(key);
  if (!cached) {
    cached = fsrs(
      generatorParameters({
        request_retention: options.desiredRetention,
        // No fuzz: the same history always gives the same schedule, which tests and audits rely on.
        enable_fuzz: false,
        ...(weights ? { w: [...weights] } : {}),
      }),
    );
    if (schedulers.size >= MAX_SCHEDULERS) schedulers.clear();
    schedulers.set(key, cached);
  }
  return cached;
}

/** Applies one rating to a card at `now`: the card after, and the log of the review. */
export function scheduleReview(card: SrsCard, rating: SrsRating, now: Date, options: SchedulerOptions): { card: SrsCard; log: SrsReviewLog } {
  const result = scheduler(options).next(toFsrsCard(card), now, GRADES[rating]);
  const after = fromFsrsCard(result.card);
  return {
    card: after,
    log: {
      rating: GRADES[rating],
      stateBefore: card.state,
      stateAfter: after.state,
      due: after.due,
      stability: after.stability,
      difficulty: after.difficulty,
      elapsedDays: result.log.elapsed_days,
      scheduledDays: after.scheduledDays,
      learningSteps: after.learningSteps,
      reviewedAt: now,
    },
  };
}

/** When the card would next be due under each rating (shown on the rating buttons). */
export function previewNextDue(card: SrsCard, now: Date, options: SchedulerOptions): Record<SrsRating, Date> {
  const preview = scheduler(options).repeat(toFsrsCard(card), now);
  return {
    AGAIN: preview[Rating.Again].card.due,
    HARD: preview[Rating.Hard].card.due,
    GOOD: preview[Rating.Good].card.due,
    EASY: preview[Rating.Easy].card.due,
  };
}

/**
 * Probability of recalling the card at `now` under the learner's weights: lib/srs/retention's
 * definition (fractional days, not ts-fsrs's whole days, which call a card failed an hour ago 100%); 0 for a card never reviewed.
 */
export function retrievability(card: SrsCard, now: Date, options: SchedulerOptions): number {
  return cardRetention(card, now, forgettingDecay(options.weights)) ?? 0;
}
