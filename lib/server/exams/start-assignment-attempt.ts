import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { isUniqueViolation } from "@/lib/server/classes/is-unique-violation";
import { drawQuizQuestions } from "@/lib/server/quizzes/draw-quiz-questions";
import { closeOverdueAttempt } from "./close-overdue-attempt";
import { examDeadline } from "./exam-clock";
import { EXAM_ATTEMPT_INCLUDE } from "./find-own-exam-attempt";
import { scopeFor } from "@/lib/server/authorization/scope";

export type StartRefusal = "NOT_FOUND" | "NOT_OPEN" | "CLOSED" | "NO_ATTEMPTS_LEFT" | "EMPTY_QUIZ";

export const START_REFUSAL_MESSAGES: Record<StartRefusal, string> = {
  NOT_FOUND: "找不到这项测验，或它没有布置给你所在的班级。",
  NOT_OPEN: "测验尚未开放，请在开放时间后再来。",
  CLOSED: "测验已截止，不能再开始作答。",
  NO_ATTEMPTS_LEFT: "你的作答次数已用完。",
  EMPTY_QUIZ: "这份测验没有题目，请联系教员。",
};

export type StartResult = { ok: true; attemptId: string; resumed: boolean } | { ok: false; reason: StartRefusal };

/**
 * Starts an attempt of an assignment, or resumes the one in progress. Only inside the window
 * and while attempts remain. The draw (questions, option orders, points) is stored in the
 * attempt, so a resume shows exactly the same paper.
 */
export async function startAssignmentAttempt(db: Db, actor: Actor, input: { assignmentId: string; now?: Date }): Promise<StartResult> {
  const now = input.now ?? new Date();
  const assignment = await db.assignment.findFirst({
    where: { id: input.assignmentId, ...scopeFor(actor).assignedToMe },
    include: { quiz: true },
  });
  if (!assignment) return { ok: false, reason: "NOT_FOUND" };

  const open = await db.attempt.findFirst({
    where: { assignmentId: assignment.id, userId: actor.id, status: "IN_PROGRESS" },
    include: EXAM_ATTEMPT_INCLUDE,
  });
  if (open && !(await closeOverdueAttempt(db, open, now))) return { ok: true, attemptId: open.id, resumed: true };

  if (now < assignment.opensAt) return { ok: false, reason: "NOT_OPEN" };
  if (now >= assignment.closesAt) return { ok: false, reason: "CLOSED" };
  const used = await db.attempt.count({ where: { assignmentId: assignment.id, userId: actor.id } });
  if (used >= assignment.quiz.attemptsAllowed) return { ok: false, reason: "NO_ATTEMPTS_LEFT" };

  const number = used + 1;
  const drawn = await drawQuizQuestions(db, { quizId: assignment.quizId, assignmentId: assignment.id, userId: actor.id, attemptNumber: number });
  if (drawn.questionIds.length === 0) return { ok: false, reason: "EMPTY_QUIZ" };
  const deadlineAt = examDeadline({ startedAt: now, timeLimitSeconds: assignment.quiz.timeLimitSeconds, closesAt: assignment.closesAt, latePolicy: assignment.quiz.latePolicy });
  try {
    const attempt = await db.attempt.create({
      data: {
        userId: actor.id,
        mode: "QUIZ",
        assignmentId: assignment.id,
        quizId: assignment.quizId,
        number,
        questionIds: drawn.questionIds,
        optionOrders: drawn.optionOrders ?? undefined,
        scope: { points: drawn.points },
        startedAt: now,
        deadlineAt,
      },
    });
    return { ok: true, attemptId: attempt.id, resumed: false };
  } catch (error) {
    // Two tabs starting at once: the other one created this number; resume it.
    if (!isUniqueViolation(error)) throw error;
    const existing = await db.attempt.findUnique({ where: { assignmentId_userId_number: { assignmentId: assignment.id, userId: actor.id, number } } });
    if (existing?.status === "IN_PROGRESS") return { ok: true, attemptId: existing.id, resumed: true };
    return { ok: false, reason: "NO_ATTEMPTS_LEFT" };
  }
}
