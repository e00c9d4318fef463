import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { resolvePointsByType } from "@/lib/quizzes/points-by-type";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { addQuizItemsSchema } from "@/lib/validation/quiz";
import { refuse, refuseInvalid, type Refusal } from "@/lib/validation/refusal";
import { scopeFor, QUIZ_NOT_FOUND } from "@/lib/server/authorization/scope";

export interface AddQuizItemsOptions {
  actor: Actor;
  input: unknown;
}

export type AddQuizItemsResult = { ok: true; added: number } | Refusal;

/**
 * Appends ACTIVE bank questions to a hand-composed quiz, each worth the quiz's points for its
 * type; questions already in the quiz are skipped. Only ACTIVE questions are added: learners
 * never see a draft.
 */
export async function addQuizItems(db: Db, options: AddQuizItemsOptions): Promise<AddQuizItemsResult> {
  const parsed = addQuizItemsSchema.safeParse(options.input);
  if (!parsed.success) return refuseInvalid(parsed.error);
  const questionIds = [...new Set(parsed.data.questionIds)];
  return db.$transaction(async (tx) => {
    const quiz = await tx.quiz.findFirst({
      where: scopeFor(options.actor).quiz(parsed.data.quizId),
      select: { id: true, courseId: true, pointsByType: true, items: { select: { questionId: true, position: true } } },
    });
    if (!quiz) return refuse(QUIZ_NOT_FOUND);
    const questions = await tx.question.findMany({ where: { id: { in: questionIds } }, select: { id: true, type: true, status: true, courseId: true } });
    const found = new Map(questions.map((question) => [question.id, question]));
    for (const id of questionIds) {
      const question = found.get(id);
      if (!question) return refuse("所选题目不存在");
      if (question.status !== "ACTIVE") return refuse("只能添加已启用的题目");
      if (quiz.courseId && question.courseId !== quiz.courseId) return refuse("所选题目不属于本测验的课程");
    }
    const existing = new Set(quiz.items.map((item) => item.questionId));
    const pointsByType = resolvePointsByType(quiz.pointsByType);
    let next = quiz.items.reduce((max, item) => Math.max(max, item.position), 0);
    const rows = questionIds
      .filter((id) => !existing.has(id))
      .map((id) => ({ quizId: quiz.id, questionId: id, position: ++next, points: pointsByType[found.get(id)!.type] }));
    if (rows.length === 0) return refuse("所选题目都已在测验中");
    await tx.quizItem.createMany({ data: rows });
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: "quiz.add_items",
      entityType: "Quiz",
      entityId: quiz.id,
      after: rows.map(({ quizId: _quizId, ...row }) => row),
    });
    return { ok: true as const, added: rows.length };
  });
}
