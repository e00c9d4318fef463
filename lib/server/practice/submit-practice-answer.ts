import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { gradeAnswer, type LearnerResponse } from "@/lib/questions";
import { ratingFromOutcome, type SrsRating } from "@/lib/srs";
import { buildFeedback, type AnswerFeedback } from "./answer-feedback";
import { applyReview } from "./apply-review";
import { recordMistakeOutcome } from "./record-mistake-outcome";
import { toGradable } from "./question-view";
import { awardPoints } from "@/lib/server/points/award-points";

export type AnswerRefusal = "NOT_FOUND" | "INVALID_RESPONSE" | "ALREADY_RATED" | "ATTEMPT_CLOSED";

export type AnswerResult = { ok: true; feedback: AnswerFeedback } | { ok: false; reason: AnswerRefusal };

type Tx = Prisma.TransactionClient;

/** Only the learner's own, practice-mode attempts that hold the question are answerable here. */
async function findPracticeAttempt(tx: Tx, actor: Actor, attemptId: string, questionId: string) {
  const attempt = await tx.attempt.findFirst({ where: { id: attemptId, userId: actor.id, mode: { not: "QUIZ" } } });
  return attempt && attempt.questionIds.includes(questionId) ? attempt : null;
}

function responseFits(type: string, response: LearnerResponse): boolean {
  switch (type) {
    case "SINGLE_CHOICE":
      return Array.isArray(response) && response.length === 1;
    case "MULTIPLE_CHOICE":
      return Array.isArray(response) && response.length >= 1;
    case "TRUE_FALSE":
      return typeof response === "boolean";
    case "FILL_BLANK":
      return Array.isArray(response);
    default:
      return typeof response === "string";
  }
}

/**
 * Records a practice answer, grades it, and (for auto-graded types) moves the FSRS card and the
 * 错题本. Idempotent: a double click, a retry or a second tab finds the answer already recorded
 * and gets the same feedback, and the card moves once.
 */
export async function submitPracticeAnswer(
  db: Db,
  actor: Actor,
  input: { attemptId: string; questionId: string; response: LearnerResponse; durationMs: number | null; now?: Date },
): Promise<AnswerResult> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const attempt = await findPracticeAttempt(tx, actor, input.attemptId, input.questionId);
    const question = attempt && (await tx.question.findUnique({ where: { id: input.questionId }, include: { passage: { select: { text: true } } } }));
    if (!attempt || !question) return { ok: false, reason: "NOT_FOUND" };
    if (!responseFits(question.type, input.response)) return { ok: false, reason: "INVALID_RESPONSE" };

    const existing = await tx.response.findUnique({ where: { attemptId_questionId: { attemptId: attempt.id, questionId: question.id } } });
    if (existing) return { ok: true, feedback: buildFeedback(question, existing) };
    if (attempt.status !== "IN_PROGRESS") return { ok: false, reason: "ATTEMPT_CLOSED" };

    const grade = gradeAnswer(toGradable(question), input.response);
    const durationMs = input.durationMs !== null && Number.isFinite(input.durationMs) ? Math.max(0, Math.round(input.durationMs)) : null;
    const created = await tx.response.createMany({
      data: [
        {
          attemptId: attempt.id,
          questionId: question.id,
          userId: actor.id,
          answer: input.response as Prisma.InputJsonValue,
          correct: grade.status === "self-graded" ? null : grade.status === "correct",
          score: grade.score,
          durationMs,
          answeredAt: now,
        },
      ],
      skipDuplicates: true,
    });
    const response = await tx.response.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId: attempt.id, questionId: question.id } } });
    if (created.count === 1 && grade.status !== "self-graded") {
      const correct = grade.status === "correct";
      const rating = ratingFromOutcome({ correct, durationMs, typed: question.type === "FILL_BLANK" });
      await applyReview(tx, { userId: actor.id, questionId: question.id, rating, now, responseId: response.id, durationMs });
      await recordMistakeOutcome(tx, { userId: actor.id, questionId: question.id, correct, now });
      if (correct) await awardAnswerPoints(tx, { userId: actor.id, mode: attempt.mode, responseId: response.id, now });
    }
    if (created.count === 1) {
      // 挑战答题 ends at the first mistake.
      const challengeOver = attempt.mode === "CHALLENGE" && grade.status !== "correct" && grade.status !== "self-graded";
      await closeAttempt(tx, { attemptId: attempt.id, userId: actor.id, mode: attempt.mode, questionCount: attempt.questionIds.length, now, force: challengeOver });
    }
    return { ok: true, feedback: buildFeedback(question, response) };
  });
}

/**
 * 简答题: after seeing the model answer the learner rates their own recall; that rating moves
 * the card (once) and Again files the question in the 错题本.
 */
export async function rateSelfGradedAnswer(
  db: Db,
  actor: Actor,
  input: { attemptId: string; questionId: string; rating: SrsRating; now?: Date },
): Promise<AnswerResult> {
  const now = input.now ?? new Date();
  const grades: Record<SrsRating, number> = { AGAIN: 1, HARD: 2, GOOD: 3, EASY: 4 };
  return db.$transaction(async (tx) => {
    const attempt = await findPracticeAttempt(tx, actor, input.attemptId, input.questionId);
    if (!attempt) return { ok: false, reason: "NOT_FOUND" };
    const rated = await tx.response.updateMany({
      where: { attemptId: attempt.id, questionId: input.questionId, selfGrade: null, question: { type: "SHORT_ANSWER" } },
      data: { selfGrade: grades[input.rating], correct: input.rating !== "AGAIN", score: input.rating === "AGAIN" ? 0 : 1 },
    });
    const response = await tx.response.findUnique({
      where: { attemptId_questionId: { attemptId: attempt.id, questionId: input.questionId } },
      include: { question: { include: { passage: { select: { text: true } } } } },
    });
    if (!response) return { ok: false, reason: "NOT_FOUND" };
    if (rated.count === 1) {
      await applyReview(tx, { userId: actor.id, questionId: input.questionId, rating: input.rating, now, responseId: response.id, durationMs: response.durationMs });
      await recordMistakeOutcome(tx, { userId: actor.id, questionId: input.questionId, correct: input.rating !== "AGAIN", now });
      if (input.rating !== "AGAIN") await awardAnswerPoints(tx, { userId: actor.id, mode: attempt.mode, responseId: response.id, now });
    } else if (response.selfGrade === null) {
      return { ok: false, reason: "INVALID_RESPONSE" };
    }
    return { ok: true, feedback: buildFeedback(response.question, response) };
  });
}

const ANSWER_ACTIVITY = { REVIEW: "REVIEW", CHALLENGE: "CHALLENGE" } as const;

async function awardAnswerPoints(tx: Tx, input: { userId: string; mode: string; responseId: string; now: Date }): Promise<void> {
  const activity = ANSWER_ACTIVITY[input.mode as keyof typeof ANSWER_ACTIVITY] ?? "PRACTICE";
  await awardPoints(tx, { userId: input.userId, activity, sourceId: input.responseId, now: input.now });
}

/** Submits the attempt once every question is answered (or a challenge run has ended). */
async function closeAttempt(
  tx: Tx,
  input: { attemptId: string; userId: string; mode: string; questionCount: number; now: Date; force: boolean },
): Promise<void> {
  const answered = await tx.response.count({ where: { attemptId: input.attemptId } });
  if (!input.force && answered < input.questionCount) return;
  const right = await tx.response.count({ where: { attemptId: input.attemptId, correct: true } });
  const closed = await tx.attempt.updateMany({
    where: { id: input.attemptId, status: "IN_PROGRESS" },
    data: { status: "SUBMITTED", submittedAt: input.now, score: right, maxScore: input.mode === "CHALLENGE" ? answered : input.questionCount },
  });
  if (closed.count === 1 && input.mode === "DAILY") {
    await awardPoints(tx, { userId: input.userId, activity: "DAILY_QUIZ", sourceId: input.attemptId, now: input.now });
  }
}
