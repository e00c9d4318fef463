import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { formatInterval, newCard, previewNextDue, RATINGS, type SrsRating } from "@/lib/srs";
import { buildFeedback, type AnswerFeedback } from "./answer-feedback";
import { learnerMaySeeKeyOf } from "@/lib/server/exams/key-visibility";
import { isFavorite } from "./favorites";
import { learnerSchedulerOptions } from "./learner-scheduler-options";
import { toQuestionView, type QuestionView } from "./question-view";

export interface PracticeStep {
  attemptId: string;
  mode: string;
  index: number;
  total: number;
  answered: number;
  correct: number;
  question: QuestionView;
  /** Present once the question is answered (a refresh shows it again, never a second try). */
  feedback: AnswerFeedback | null;
  /** 简答题 awaiting the learner's rating: when the card would be due under each. */
  ratingIntervals: Record<SrsRating, string> | null;
  starred: boolean;
  /** False once the attempt is over (all answered, or a challenge run ended). */
  open: boolean;
}

/** One question of the learner's own practice attempt; the answer only if already answered. */
export async function getPracticeStep(db: Db, actor: Actor, input: { attemptId: string; index: number; now?: Date }): Promise<PracticeStep | null> {
  const attempt = await db.attempt.findFirst({ where: { id: input.attemptId, userId: actor.id, mode: { not: "QUIZ" } } });
  if (!attempt || attempt.questionIds.length === 0) return null;
  const index = Math.min(Math.max(0, Math.floor(input.index)), attempt.questionIds.length - 1);
  const questionId = attempt.questionIds[index]!;
  const [question, response, answered, correct, starred] = await Promise.all([
    db.question.findUnique({ where: { id: questionId }, include: { passage: { select: { text: true } } } }),
    db.response.findUnique({ where: { attemptId_questionId: { attemptId: attempt.id, questionId } } }),
    db.response.count({ where: { attemptId: attempt.id } }),
    db.response.count({ where: { attemptId: attempt.id, correct: true } }),
    isFavorite(db, actor.id, questionId),
  ]);
  if (!question) return null;
  // An earlier answer's feedback carries the key: not while the question sits in an open exam of the learner's.
  const keyVisible = response !== null && (await learnerMaySeeKeyOf(db, actor.id, questionId, input.now));
  let ratingIntervals: PracticeStep["ratingIntervals"] = null;
  if (response && keyVisible && question.type === "SHORT_ANSWER" && response.selfGrade === null) {
    const now = input.now ?? new Date();
    const card = (await db.card.findUnique({ where: { userId_questionId: { userId: actor.id, questionId } } })) ?? newCard(now);
    const due = previewNextDue(card, now, await learnerSchedulerOptions(db, actor.id));
    ratingIntervals = Object.fromEntries(RATINGS.map((rating) => [rating, formatInterval(now, due[rating])])) as Record<SrsRating, string>;
  }
  return {
    attemptId: attempt.id,
    mode: attempt.mode,
    index,
    total: attempt.questionIds.length,
    answered,
    correct,
    question: toQuestionView(question),
    feedback: response && keyVisible ? buildFeedback(question, response) : null,
    ratingIntervals,
    starred,
    open: attempt.status === "IN_PROGRESS",
  };
}
