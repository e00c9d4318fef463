import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { answerOutcome, type AnsweringMode } from "@/lib/learning/answer-outcome";
import { savedResponse } from "@/lib/questions";
import { questionKeyOfRow } from "@/lib/server/bank/question-codec";
import type { SrsRating } from "@/lib/srs";
import { attemptScore } from "@/lib/quizzes/attempt-score";
import { awardPoints } from "@/lib/server/points/award-points";
import { buildFeedback } from "./answer-feedback";
import { learnerMaySeeKeyOf } from "@/lib/server/exams/key-visibility";
import { applyReview } from "./apply-review";
import { recordMistakeOutcome } from "./record-mistake-outcome";
import type { AnswerResult } from "./submit-practice-answer";

const SELF_GRADES: Record<SrsRating, number> = { AGAIN: 1, HARD: 2, GOOD: 3, EASY: 4 };

/**
 * 简答题: after seeing the model answer the learner rates their own recall; that rating moves
 * the card (once) and Again files the question in the 错题本. A rating given after the answer
 * closed the attempt (the 简答 was its last question) scores the attempt again
 * (lib/quizzes/attempt-score.ts).
 */
export async function rateSelfGradedAnswer(
  db: Db,
  actor: Actor,
  input: { attemptId: string; questionId: string; rating: SrsRating; now?: Date },
): Promise<AnswerResult> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    // Taken first: a last answer that closed the attempt meanwhile is seen closed here, and this
    // rating scores the attempt again. A last answer from a second tab whose read came before this
    // rating and whose write comes after scores the attempt again itself (rescoreClosedAttempts).
    await tx.$queryRaw`SELECT "id" FROM "Attempt" WHERE "id" = ${input.attemptId} AND "userId" = ${actor.id} FOR UPDATE`;
    // Only the learner's own, practice-mode attempts that hold the question.
    const attempt = await tx.attempt.findFirst({ where: { id: input.attemptId, userId: actor.id, mode: { not: "QUIZ" } } });
    if (!attempt?.questionIds.includes(input.questionId)) return { ok: false, reason: "NOT_FOUND" };
    // The feedback returned carries the key.
    if (!(await learnerMaySeeKeyOf(tx, actor.id, input.questionId, now))) return { ok: false, reason: "KEY_HIDDEN" };
    const response = await tx.response.findUnique({
      where: { attemptId_questionId: { attemptId: attempt.id, questionId: input.questionId } },
      include: { question: { include: { passage: { select: { text: true } } } } },
    });
    if (!response) return { ok: false, reason: "NOT_FOUND" };
    const key = questionKeyOfRow(response.question);
    // What the rating does (lib/learning/answer-outcome.ts): the grade, the card's rating, the 错题本, the points.
    // Not QUIZ (the query above), and a 背题 attempt records no answer to rate.
    const outcome = answerOutcome(key, savedResponse(key.type, response.answer), "self-rated", { mode: attempt.mode as AnsweringMode, rating: input.rating });
    const rating = { selfGrade: SELF_GRADES[input.rating], correct: outcome.correct, score: outcome.grade.score };
    const rated = await tx.response.updateMany({
      where: { id: response.id, selfGrade: null, question: { type: "SHORT_ANSWER" } },
      data: rating,
    });
    if (rated.count === 1) {
      if (outcome.rating) await applyReview(tx, { userId: actor.id, questionId: input.questionId, rating: outcome.rating, now, responseId: response.id, durationMs: response.durationMs });
      await recordMistakeOutcome(tx, { userId: actor.id, questionId: input.questionId, mistake: outcome.mistake, now });
      if (attempt.status !== "IN_PROGRESS") {
        const responses = await tx.response.findMany({ where: { attemptId: attempt.id }, select: { questionId: true, correct: true, score: true } });
        await tx.attempt.update({ where: { id: attempt.id }, data: attemptScore(attempt, responses) });
      }
      if (outcome.points) await awardPoints(tx, { userId: actor.id, activity: outcome.points.activity, sourceId: response.id, now });
      return { ok: true, feedback: buildFeedback(response.question, { ...response, ...rating }, key) };
    }
    if (response.selfGrade === null) return { ok: false, reason: "INVALID_RESPONSE" };
    return { ok: true, feedback: buildFeedback(response.question, response) };
  });
}
