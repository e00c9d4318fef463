import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { responseFits, type LearnerResponse } from "@/lib/questions";
import { EXAM_MESSAGES, acceptsAnswers, isOverdue } from "./exam-clock";
import { findOwnExamAttempt } from "./find-own-exam-attempt";
import { finalizeExamAttempt } from "./finalize-exam-attempt";

export type SaveRefusal = keyof typeof EXAM_MESSAGES;
export type SaveResult = { ok: true; savedAt: Date } | { ok: false; reason: SaveRefusal; message: string };

function refuse(reason: SaveRefusal): SaveResult {
  return { ok: false, reason, message: EXAM_MESSAGES[reason] };
}

function isEmpty(response: LearnerResponse): boolean {
  if (Array.isArray(response)) return response.every((item) => item.trim() === "");
  return typeof response === "string" && response.trim() === "";
}

/**
 * Saves (or changes, or clears) the learner's answer to one question of their open attempt.
 * Nothing is graded until the attempt is submitted. Only answers that arrive by the deadline
 * count: one arriving in the grace after it is refused and the attempt waits for its hand-in
 * (DEADLINE_PASSED); one arriving later is refused and the attempt is closed as of the deadline
 * (TIME_UP). The check runs under the attempt's row lock, so a hand-in never grades an answer
 * that was not in by the deadline.
 */
export async function saveExamAnswer(
  db: Db,
  actor: Actor,
  input: { attemptId: string; questionId: string; response: LearnerResponse; durationMs?: number | null; now?: Date },
): Promise<SaveResult> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const attempt = await findOwnExamAttempt(tx, { userId: actor.id, attemptId: input.attemptId });
    if (!attempt || !attempt.assignment || !attempt.questionIds.includes(input.questionId)) return refuse("NOT_FOUND");
    // Row lock: a submit claiming the attempt at the same moment waits for this answer, or this for it.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Attempt" WHERE id = ${attempt.id} AND status = 'IN_PROGRESS' FOR UPDATE`;
    if (locked.length === 0) return refuse("CLOSED");
    if (isOverdue(attempt.deadlineAt, now)) {
      await finalizeExamAttempt(tx, { attemptId: attempt.id, status: "EXPIRED", at: attempt.deadlineAt!, closesAt: attempt.assignment.closesAt });
      return refuse("TIME_UP");
    }
    if (!acceptsAnswers(attempt.deadlineAt, now)) return refuse("DEADLINE_PASSED");
    const question = await tx.question.findUnique({ where: { id: input.questionId }, select: { type: true } });
    if (!question || !responseFits(question.type, input.response, { complete: false })) return refuse("INVALID_RESPONSE");
    const key = { attemptId_questionId: { attemptId: attempt.id, questionId: input.questionId } };
    if (isEmpty(input.response)) {
      await tx.response.deleteMany({ where: { attemptId: attempt.id, questionId: input.questionId } });
      return { ok: true, savedAt: now };
    }
    const durationMs = input.durationMs != null && Number.isFinite(input.durationMs) ? Math.max(0, Math.round(input.durationMs)) : null;
    const answer = input.response as Prisma.InputJsonValue;
    await tx.response.upsert({
      where: key,
      create: { attemptId: attempt.id, questionId: input.questionId, userId: actor.id, answer, durationMs, answeredAt: now },
      update: { answer, durationMs, answeredAt: now },
    });
    return { ok: true, savedAt: now };
  });
}
