import { closeness } from "./distractors";
import type { QuestionType } from "./types";

/** Recall is harder than recognition; a statement to judge is the easiest. */
const TYPE_BASE: Record<QuestionType, number> = {
  TRUE_FALSE: 0.2,
  SINGLE_CHOICE: 0.35,
  MULTIPLE_CHOICE: 0.55,
  FILL_BLANK: 0.5,
  SHORT_ANSWER: 0.6,
};
const RARE_AT = 20;
const LONG_STEM = 120;

export interface DifficultyInput {
  type: QuestionType;
  stem: string;
  answers: string[];
  distractors: string[];
  /** How often each answer occurs in the course text. */
  frequency: (text: string) => number;
}

/**
 * 0 (easy) … 1 (hard): the type's base, how rare the answer is in the course (a word met once is
 * harder to recall than one met on every page), how close the distractors are to the answer in
 * form, and how long the stem is. Rounded to two decimals.
 */
export function estimateDifficulty(input: DifficultyInput): number {
  const { type, stem, answers, distractors, frequency } = input;
  const rarities = answers.map((answer) => 1 - Math.min(1, Math.log(1 + frequency(answer)) / Math.log(1 + RARE_AT)));
  const rarity = rarities.length ? rarities.reduce((sum, value) => sum + value, 0) / rarities.length : 0.5;
  const pairs = answers.flatMap((answer) => distractors.map((distractor) => closeness(answer, distractor)));
  const close = pairs.length ? pairs.reduce((sum, value) => sum + value, 0) / pairs.length : 0.5;
  const length = Math.min(1, stem.length / LONG_STEM);
  const value = 0.4 * TYPE_BASE[type] / 0.6 + 0.25 * rarity + 0.2 * close + 0.15 * length;
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}
