/** Spaced repetition: a thin, pure layer over ts-fsrs with Dangke's card shape. */
export { newCard, toFsrsCard, fromFsrsCard, type SrsCard, type CardStateName } from "./card-state";
export { scheduleReview, previewNextDue, retrievability, RATINGS, type SrsRating, type SchedulerOptions, type SrsReviewLog } from "./schedule-review";
export { ratingFromOutcome, SLOW_ANSWER_MS } from "./rating-from-outcome";
export { formatInterval } from "./format-interval";
export { binaryLogLoss, forgettingCurve, recallPredictions, historyLogLoss, preferParameters, type ReviewEvent, type RecallPrediction } from "./log-loss";
export { trainingItems, type TrainingItem } from "./fsrs-items";
export {
  DAY_MS,
  DECAY_MIN,
  DECAY_MAX,
  forgettingDecay,
  recallProbability,
  isReviewed,
  isOverdue,
  isMastered,
  cardRetention,
  summariseRetention,
  type RetentionCard,
  type RetentionSummary,
} from "./retention";
