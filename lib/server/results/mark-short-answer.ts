import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { attemptScore } from "@/lib/quizzes/attempt-score";
import { drawnPoints } from "@/lib/server/exams/find-own-exam-attempt";
import { findResultsAssignment } from "./find-results-assignment";

export type MarkShortAnswerResult = { ok: true; earned: number; attemptScore: number } | { ok: false; error: string };

/** Points are given in half points, like the points per question a quiz sets. */
const POINTS_STEP = 0.5;

const pointsInput = z
  .string()
  .trim()
  .min(1, "请填写得分")
  .max(20, "得分应为数字")
  .transform((text) => Number(text))
  .refine((value) => Number.isFinite(value), "得分应为数字")
  .refine((value) => Number.isInteger(value / POINTS_STEP), "得分应为 0.5 的整数倍");

/**
 * An instructor marks a 简答题 of a handed-in exam paper (a learner cannot grade themself in an
 * exam, so those answers wait for this): the points earned, from 0 to the question's drawn
 * points. The response keeps the fraction as its score (as auto-graded answers do) and `correct`
 * stays null, since a mark is not right or wrong; the attempt's score is summed again from its
 * responses, so marking twice replaces the first mark. Audited with the points before and after.
 *
 * Only staff who may read the assignment's results may mark, and only answers of learners in the
 * classes they see there; everything else reads as not found.
 */
export async function markShortAnswer(
  db: Db,
  actor: Actor,
  input: { assignmentId: string; responseId: string; points: string },
): Promise<MarkShortAnswerResult> {
  const assignment = await findResultsAssignment(db, actor, input.assignmentId);
  if (!assignment) return { ok: false, error: "找不到这份答卷" };
  const response = await db.response.findFirst({
    where: {
      id: input.responseId,
      attempt: { assignmentId: assignment.id, user: { classMemberships: { some: { classId: { in: assignment.classIds }, role: "LEARNER" } } } },
    },
    include: { question: { select: { type: true } }, attempt: { select: { id: true, mode: true, status: true, questionIds: true, scope: true } } },
  });
  if (!response) return { ok: false, error: "找不到这份答卷" };
  if (response.question.type !== "SHORT_ANSWER") return { ok: false, error: "只有简答题需要教员评分" };
  if (response.attempt.status === "IN_PROGRESS") return { ok: false, error: "学员还没有交卷，交卷后才能评分" };

  const position = response.attempt.questionIds.indexOf(response.questionId);
  const maxPoints = drawnPoints(response.attempt)[position] ?? 0;
  const parsed = pointsInput.safeParse(input.points);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]!.message };
  const points = parsed.data;
  if (points < 0 || points > maxPoints) return { ok: false, error: `得分应在 0–${maxPoints} 分之间` };

  const scoreAfter = await db.$transaction(async (tx) => {
    // Two markers of one paper at once: the second waits, then sums what the first wrote.
    await tx.$queryRaw`SELECT id FROM "Attempt" WHERE id = ${response.attempt.id} FOR UPDATE`;
    await tx.response.update({ where: { id: response.id }, data: { score: maxPoints > 0 ? points / maxPoints : 0 } });
    const responses = await tx.response.findMany({ where: { attemptId: response.attempt.id }, select: { questionId: true, correct: true, score: true } });
    const { score: total } = attemptScore({ ...response.attempt, points: drawnPoints(response.attempt) }, responses);
    await tx.attempt.update({ where: { id: response.attempt.id }, data: { score: total } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "response.mark",
      entityType: "Response",
      entityId: response.id,
      before: { points: response.score === null ? null : Math.round(response.score * maxPoints * 100) / 100 },
      after: { points, maxPoints, attemptScore: total },
    });
    return total;
  });
  return { ok: true, earned: points, attemptScore: scoreAfter };
}
