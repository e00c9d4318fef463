import type { ReviewEvent } from "./log-loss";

/** One training item for the FSRS optimiser: a card's reviews so far, days between them. */
export type TrainingItem = { rating: number; deltaT: number }[];

const DAY_MS = 86_400_000;
const STUDY_DAY_OFFSET_MS = 8 * 3_600_000;

/** Index of the study day (Asia/Shanghai, UTC+8) a moment falls in. */
function studyDayIndex(date: Date): number {
  return Math.floor((date.getTime() + STUDY_DAY_OFFSET_MS) / DAY_MS);
}

/**
 * The optimiser's items from card histories: for each review after the first, the card's
 * reviews up to it, each with the whole study days since the previous review (0 for the first),
 * as fsrs-rs expects. Items whose last review is on the same day as the one before are kept:
 * the optimiser itself decides what short-term reviews to use.
 */
export function trainingItems(histories: readonly (readonly ReviewEvent[])[]): TrainingItem[] {
  const items: TrainingItem[] = [];
  for (const history of histories) {
    const reviews = history.map((review, index) => ({
      rating: review.rating,
      deltaT: index === 0 ? 0 : studyDayIndex(review.reviewedAt) - studyDayIndex(history[index - 1]!.reviewedAt),
    }));
    for (let end = 2; end <= reviews.length; end += 1) items.push(reviews.slice(0, end));
  }
  return items;
}
