import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { checkQuizDrawable } from "@/lib/server/quizzes/check-quiz-drawable";
import { scopeFor, QUIZ_NOT_FOUND } from "@/lib/server/authorization/scope";
import { createAssignmentSchema } from "@/lib/validation/quiz";
import { refuse, refuseInvalid, type Refusal } from "@/lib/validation/refusal";

export interface CreateAssignmentOptions {
  actor: Actor;
  input: unknown;
}

export type CreateAssignmentResult = { ok: true; assignmentId: string } | Refusal;

export const CLASS_NOT_MANAGED = "所选班级不存在，或您无权管理该班级";

/**
 * Assigns a quiz the actor may edit to classes they manage, for a window. Refused, with
 * nothing saved: a window that closes before it opens, no class, a class the actor does not
 * manage, or a quiz that cannot be drawn (no questions, a rule drawing more than exist).
 */
export async function createAssignment(db: Db, options: CreateAssignmentOptions): Promise<CreateAssignmentResult> {
  const { actor } = options;
  const parsed = createAssignmentSchema.safeParse(options.input);
  if (!parsed.success) return refuseInvalid(parsed.error);
  const input = parsed.data;
  const classIds = [...new Set(input.classIds)];
  return db.$transaction(async (tx) => {
    const quiz = await tx.quiz.findFirst({ where: scopeFor(actor).quiz(input.quizId), select: { id: true } });
    if (!quiz) return refuse(QUIZ_NOT_FOUND);
    const managed = await tx.class.count({
      where: {
        id: { in: classIds },
        archivedAt: null,
        ...scopeFor(actor).classes,
      },
    });
    if (managed !== classIds.length) return refuse(CLASS_NOT_MANAGED, { classIds: CLASS_NOT_MANAGED });
    const problem = await checkQuizDrawable(tx, quiz.id);
    if (problem) return refuse(problem);
    const assignment = await tx.assignment.create({
      data: {
        quizId: quiz.id,
        title: input.title,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        createdById: actor.id,
        classes: { create: classIds.map((classId) => ({ classId })) },
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "assignment.create",
      entityType: "Assignment",
      entityId: assignment.id,
      after: { quizId: quiz.id, title: input.title, opensAt: input.opensAt.toISOString(), closesAt: input.closesAt.toISOString(), classIds },
    });
    return { ok: true as const, assignmentId: assignment.id };
  });
}
