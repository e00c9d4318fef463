import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { idField } from "@/lib/validation/class";
import { refuse, type Refusal } from "@/lib/validation/refusal";
import { scopeFor, QUIZ_NOT_FOUND } from "@/lib/server/authorization/scope";

export const QUIZ_ASSIGNED = "这份测验已经布置给班级，不能删除；学员的作答和成绩要保留";

export type DeleteQuizResult = { ok: true; title: string } | Refusal;

/**
 * The quiz's author or an administrator deletes a quiz that was never assigned, with its
 * questions and rules (previews leave nothing behind). An assigned quiz stays: its assignments
 * hold learners' attempts and scores. Audited with what the quiz was.
 */
export async function deleteQuiz(db: Db, options: { actor: Actor; quizId: unknown }): Promise<DeleteQuizResult> {
  const quizId = idField("测验无效").safeParse(options.quizId);
  if (!quizId.success) return refuse(QUIZ_NOT_FOUND);
  return db.$transaction(async (tx) => {
    const quiz = await tx.quiz.findFirst({
      where: scopeFor(options.actor).quiz(quizId.data),
      select: { id: true, title: true, composition: true, _count: { select: { assignments: true, items: true, rules: true } } },
    });
    if (!quiz) return refuse(QUIZ_NOT_FOUND);
    if (quiz._count.assignments > 0) return refuse(QUIZ_ASSIGNED);
    // Restrict on Assignment.quizId keeps this safe against an assignment made in the meantime.
    await tx.quiz.delete({ where: { id: quiz.id } });
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: "quiz.delete",
      entityType: "Quiz",
      entityId: quiz.id,
      before: { title: quiz.title, composition: quiz.composition, items: quiz._count.items, rules: quiz._count.rules },
    });
    return { ok: true, title: quiz.title };
  });
}
