import { POINTS_RULES, answerActivity, type PointsActivityName } from "@/lib/points/points-rules";
import { gradeAnswer, type GradeResult, type LearnerResponse, type QuestionKey } from "@/lib/questions/types";
import type { ScoredAttemptMode } from "@/lib/quizzes/attempt-score";
import { ratingFromOutcome } from "@/lib/srs/rating-from-outcome";
import type { SrsRating } from "@/lib/srs/schedule-review";

/**
 * What an answer does: the one definition (docs/ARCHITECTURE.md, One definition per decision).
 * Every path that records an answer asks `answerOutcome` and writes what it says — practice
 * answers and 复习 (lib/server/practice/submit-practice-answer.ts, the HTTP fast path's
 * service), the 简答 self-rating (rate-self-graded-answer.ts) and exam finalisation
 * (lib/server/exams/finalize-exam-attempt.ts). Pure: the caller reads the state (the card, the
 * 错题本 entry, today's points) and applies the outcome to it.
 *
 * Behaviours:
 * - `practice`: graded at once; an automatic grade moves the card by `ratingFromOutcome` (wrong
 *   or partly right → Again, slow → Hard, else Good) and the 错题本; a right answer earns the
 *   mode's activity points (练习答对, 挑战答题). A 简答 waits for the learner's rating: nothing moves.
 * - `review` (复习): as practice, the points counting as 复习.
 * - `exam`: deferred feedback. Saving an answer grades nothing; at finalisation each answer is
 *   graded, the card moves by right → Good, wrong → Again (no speed rule: an exam's time is the
 *   paper's, not the question's), and the 错题本 only when the paper's answers are shown now
 *   (`mistakesFileable`, lib/quizzes/key-visibility.ts); no points per answer (完成测验 is the
 *   attempt's). A 简答 waits for an instructor's mark: no rating, no 错题本, correct stays null.
 * - `self-rated`: a 简答 the learner rates after seeing the model answer: 没记住 (Again) is wrong
 *   and files it, any other rating is right (score 1) and earns the mode's points.
 */
export type AnswerBehaviour = "practice" | "review" | "exam" | "self-rated";

export const ANSWER_BEHAVIOURS: readonly AnswerBehaviour[] = ["practice", "review", "exam", "self-rated"];

/** A practice mode an answer can be given in (背题 grades nothing, exams are QUIZ). */
export type AnsweringMode = Exclude<ScoredAttemptMode, "QUIZ" | "MEMORIZE">;

/** What each behaviour needs to know besides the question and the response. */
export interface AnswerContexts {
  /** `mode` names the activity a right answer's points count for (answerActivity). */
  practice: { mode: AnsweringMode; durationMs: number | null };
  review: { durationMs: number | null };
  exam: { mistakesFileable: boolean };
  "self-rated": { mode: AnsweringMode; rating: SrsRating };
}

/**
 * An answer's effect on the 错题本: a wrong answer files the question (or re-opens it, streak 0),
 * a right one advances the streak of an open entry (which leaves the book at the learner's N:
 * lib/learning/mistake-streak.ts), or nothing.
 */
export type MistakeEffect = "enter" | "advance" | "none";

export interface AnswerOutcome {
  /** The grade: correct / partial / incorrect / self-graded and the score 0…1 (null while a 简答 waits). */
  grade: GradeResult;
  /** What the answer records as right or wrong: null while it waits for a rating or a mark (partial credit is wrong). */
  correct: boolean | null;
  /** The FSRS rating the learner's card moves by, or null when it does not move. */
  rating: SrsRating | null;
  mistake: MistakeEffect;
  /** The points the answer earns before the day's cap (lib/points/points-rules.ts), or null. */
  points: { activity: PointsActivityName; worth: number } | null;
}

/** The behaviour of an answer given in a practice attempt of this mode. */
export function practiceBehaviour(mode: AnsweringMode): "practice" | "review" {
  return mode === "REVIEW" ? "review" : "practice";
}

export function answerOutcome<B extends AnswerBehaviour>(question: QuestionKey, response: LearnerResponse, behaviour: B, context: AnswerContexts[B]): AnswerOutcome {
  if (behaviour === "self-rated") {
    const { mode, rating } = context as AnswerContexts["self-rated"];
    const remembered = rating !== "AGAIN";
    return {
      grade: { status: remembered ? "correct" : "incorrect", score: remembered ? 1 : 0 },
      correct: remembered,
      rating,
      mistake: remembered ? "advance" : "enter",
      points: remembered ? worth(answerActivity(mode)) : null,
    };
  }
  const grade = gradeAnswer(question, response);
  if (grade.status === "self-graded") return { grade, correct: null, rating: null, mistake: "none", points: null };
  const correct = grade.status === "correct";
  const mistake: MistakeEffect = correct ? "advance" : "enter";
  if (behaviour === "exam") {
    const { mistakesFileable } = context as AnswerContexts["exam"];
    return { grade, correct, rating: correct ? "GOOD" : "AGAIN", mistake: mistakesFileable ? mistake : "none", points: null };
  }
  const { durationMs } = context as AnswerContexts["practice" | "review"];
  const activity = behaviour === "review" ? "REVIEW" : answerActivity((context as AnswerContexts["practice"]).mode);
  return {
    grade,
    correct,
    rating: ratingFromOutcome({ correct, durationMs, typed: question.type === "FILL_BLANK" }),
    mistake,
    points: correct ? worth(activity) : null,
  };
}

function worth(activity: PointsActivityName): AnswerOutcome["points"] {
  return { activity, worth: POINTS_RULES[activity].points };
}
