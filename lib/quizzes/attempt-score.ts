/**
 * When an attempt closes and what it scores: the one definition. Every path that closes an
 * attempt or changes a graded answer of a closed one takes its score from here — the practice
 * answers' single statement (lib/server/practice/submit-practice-answer.ts, through
 * `practiceAttemptScore` on the counts its read takes, then again by `attemptScore` under a
 * row lock when a 简答 rating may have landed in between), the 简答 self-rating, ending an
 * unfinished practice attempt, exam finalisation and an instructor's mark (through
 * `attemptScore` on the stored responses). tests/integration/attempt-score.test.ts checks on
 * random attempts, and on a last answer racing a rating, that what is stored equals
 * `attemptScore` over the responses left.
 */

export type ScoredAttemptMode = "PRACTICE" | "DAILY" | "CHALLENGE" | "MISTAKES" | "FAVORITES" | "REVIEW" | "MEMORIZE" | "UNSEEN" | "QUIZ";

export interface ScoredAttempt {
  mode: ScoredAttemptMode;
  questionIds: readonly string[];
  /** An exam's drawn points per question, in questionIds' order; practice questions are worth 1 each. */
  points?: readonly number[];
}

/** A recorded answer as scoring sees it: right, wrong, or not graded yet (correct null), and its fraction 0…1. */
export interface ScoredResponse {
  questionId: string;
  correct: boolean | null;
  score: number | null;
}

export interface AttemptScore {
  score: number;
  maxScore: number;
}

/** How many of a practice attempt's questions are answered, and how many of those answers are right. */
export interface PracticeTally {
  answered: number;
  right: number;
}

/**
 * An attempt's score from its recorded answers.
 * - Exam (QUIZ): each answer's fraction (a 简答 scores 0 until an instructor marks it) times its
 *   question's drawn points, summed and rounded to hundredths, out of all drawn points.
 * - Practice: one point per right answer — partial credit earns none, a self-rated 简答 counts
 *   once rated 记得 (HARD, GOOD, EASY) — out of the attempt's questions; 挑战答题, which ends at
 *   the first mistake, out of the questions answered.
 */
export function attemptScore(attempt: ScoredAttempt, responses: readonly ScoredResponse[]): AttemptScore {
  if (attempt.mode === "QUIZ") return paperScore(attempt, responses);
  return practiceAttemptScore(attempt.mode, attempt.questionIds.length, {
    answered: responses.length,
    right: responses.filter((response) => response.correct === true).length,
  });
}

/** A practice attempt's score from the tally of its answers (see attemptScore). */
export function practiceAttemptScore(mode: ScoredAttemptMode, questionCount: number, tally: PracticeTally): AttemptScore {
  return { score: tally.right, maxScore: mode === "CHALLENGE" ? tally.answered : questionCount };
}

/**
 * Whether a practice answer closes its attempt: the last question answered, or (挑战答题) a
 * graded answer that is wrong. `tally` includes the answer.
 */
export function practiceAnswerCloses(mode: ScoredAttemptMode, questionCount: number, tally: PracticeTally, answer: { correct: boolean | null }): boolean {
  return (mode === "CHALLENGE" && answer.correct === false) || tally.answered >= questionCount;
}

function paperScore(attempt: ScoredAttempt, responses: readonly ScoredResponse[]): AttemptScore {
  const points = attempt.questionIds.map((_, index) => attempt.points?.[index] ?? 1);
  const pointsById = new Map(attempt.questionIds.map((id, index) => [id, points[index]!]));
  const total = responses.reduce((sum, response) => sum + (response.score ?? 0) * (pointsById.get(response.questionId) ?? 0), 0);
  return { score: Math.round(total * 100) / 100, maxScore: points.reduce((sum, value) => sum + value, 0) };
}
