import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { formatInterval, newCard, previewNextDue, RATINGS, type SrsRating } from "@/lib/srs";
import { buildFeedback, type AnswerFeedback } from "./answer-feedback";
import { learnerMaySeeKeyOf } from "@/lib/server/exams/key-visibility";
import { isFavorite } from "./favorites";
import { learnerSchedulerOptions } from "./learner-scheduler-options";
import { questionViewOfRow, type QuestionView } from "@/lib/server/bank/question-codec";

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
  /** 背题模式: the key is shown with the question, and this many questions have been gone through. */
  memorized: number | null;
}

/**
 * One question of the learner's own practice attempt; the answer only if already answered (背题模式:
 * always, as long as the key may be shown). Without an index, the question to resume at: the first
 * one not yet answered (背题模式: not yet gone through), or the last when every one is.
 */
export async function getPracticeStep(db: Db, actor: Actor, input: { attemptId: string; index: number | null; now?: Date }): Promise<PracticeStep | null> {
  const attempt = await db.attempt.findFirst({ where: { id: input.attemptId, userId: actor.id, mode: { not: "QUIZ" } } });
  if (!attempt || attempt.questionIds.length === 0) return null;
  const responses = await db.response.findMany({ where: { attemptId: attempt.id }, select: { questionId: true, correct: true } });
  const memorizing = attempt.mode === "MEMORIZE";
  const resumeAt = memorizing ? attempt.position : firstUnansweredIndex(attempt.questionIds, new Set(responses.map((row) => row.questionId)));
  const wanted = input.index === null || !Number.isFinite(input.index) ? resumeAt : input.index;
  const index = Math.min(Math.max(0, Math.floor(wanted)), attempt.questionIds.length - 1);
  const questionId = attempt.questionIds[index]!;
  const [question, response, starred] = await Promise.all([
    db.question.findUnique({ where: { id: questionId }, include: { passage: { select: { text: true } } } }),
    db.response.findUnique({ where: { attemptId_questionId: { attemptId: attempt.id, questionId } } }),
    isFavorite(db, actor, questionId),
  ]);
  if (!question) return null;
  const answered = responses.length;
  const correct = responses.filter((row) => row.correct === true).length;
  // An earlier answer's feedback carries the key: not while the question sits in an open exam of the learner's.
  const keyVisible = (response !== null || memorizing) && (await learnerMaySeeKeyOf(db, actor.id, questionId, input.now));
  const shown = response ?? (memorizing ? { answer: null, correct: null, score: null, selfGrade: null } : null);
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
    question: questionViewOfRow(question),
    feedback: shown && keyVisible ? buildFeedback(question, shown) : null,
    ratingIntervals,
    starred,
    open: attempt.status === "IN_PROGRESS",
    memorized: memorizing ? attempt.position : null,
  };
}

/**
 * Where the learner's own practice attempt resumes (继续): the index getPracticeStep opens without
 * one, and whether the attempt is still open. The attempt page redirects to that index, so the
 * page's address names its question (a refresh after answering stays on it).
 */
export async function getResumePosition(db: Db, actor: Actor, input: { attemptId: string }): Promise<{ index: number; open: boolean } | null> {
  const attempt = await db.attempt.findFirst({
    where: { id: input.attemptId, userId: actor.id, mode: { not: "QUIZ" } },
    select: { id: true, mode: true, status: true, position: true, questionIds: true },
  });
  if (!attempt || attempt.questionIds.length === 0) return null;
  const open = attempt.status === "IN_PROGRESS";
  if (attempt.mode === "MEMORIZE") return { index: Math.min(attempt.position, attempt.questionIds.length - 1), open };
  const answered = await db.response.findMany({ where: { attemptId: attempt.id }, select: { questionId: true } });
  return { index: firstUnansweredIndex(attempt.questionIds, new Set(answered.map((row) => row.questionId))), open };
}

/** Where an attempt resumes: its first question without an answer, or its last when all are answered. */
export function firstUnansweredIndex(questionIds: readonly string[], answered: ReadonlySet<string>): number {
  const index = questionIds.findIndex((questionId) => !answered.has(questionId));
  return index === -1 ? questionIds.length - 1 : index;
}
