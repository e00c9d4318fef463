import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { idField } from "@/lib/validation/class";
import { quizItemSchema, type QuizItemInput } from "@/lib/validation/quiz";
import { refuse, type Refusal } from "@/lib/validation/refusal";
import { scopeFor, QUIZ_NOT_FOUND } from "@/lib/server/authorization/scope";

export interface UpdateQuizItemsOptions {
  actor: Actor;
  quizId: unknown;
  /** Every kept item with its new position and points (see quizItemsFromForm). */
  items: unknown[];
  removed: string[];
}

export type UpdateQuizItemsResult = { ok: true; itemCount: number } | Refusal;

/**
 * Reorders, re-scores and removes the questions of a hand-composed quiz. Positions are sorted
 * (ties keep the current order) and renumbered 1…n; every item must be listed exactly once.
 */
export async function updateQuizItems(db: Db, options: UpdateQuizItemsOptions): Promise<UpdateQuizItemsResult> {
  const quizId = idField("测验无效").safeParse(options.quizId);
  if (!quizId.success) return refuse(QUIZ_NOT_FOUND);
  const items: (QuizItemInput & { index: number })[] = [];
  for (const [index, row] of options.items.entries()) {
    const parsed = quizItemSchema.safeParse(row);
    if (!parsed.success) return refuse(`第 ${index + 1} 题：${parsed.error.issues[0]?.message ?? "输入无效"}`);
    items.push({ ...parsed.data, index });
  }
  return db.$transaction(async (tx) => {
    const quiz = await tx.quiz.findFirst({
      where: scopeFor(options.actor).quiz(quizId.data),
      select: { id: true, items: { orderBy: { position: "asc" }, select: { questionId: true, position: true, points: true } } },
    });
    if (!quiz) return refuse(QUIZ_NOT_FOUND);
    const current = new Set(quiz.items.map((item) => item.questionId));
    const listed = [...items.map((item) => item.questionId), ...options.removed];
    if (listed.length !== current.size || new Set(listed).size !== current.size || listed.some((id) => !current.has(id))) {
      return refuse("测验题目已被修改，请刷新页面后重试");
    }
    const ordered = [...items].sort((a, b) => a.position - b.position || a.index - b.index);
    if (options.removed.length > 0) await tx.quizItem.deleteMany({ where: { quizId: quiz.id, questionId: { in: options.removed } } });
    for (const [index, item] of ordered.entries()) {
      await tx.quizItem.update({ where: { quizId_questionId: { quizId: quiz.id, questionId: item.questionId } }, data: { position: index + 1, points: item.points } });
    }
    const after = ordered.map((item, index) => ({ questionId: item.questionId, position: index + 1, points: item.points }));
    await recordAudit(tx, { actorId: options.actor.id, action: "quiz.update_items", entityType: "Quiz", entityId: quiz.id, before: quiz.items, after });
    return { ok: true as const, itemCount: after.length };
  });
}
