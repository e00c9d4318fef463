import "server-only";
import crypto from "node:crypto";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { withoutHiddenKeys } from "@/lib/server/exams/key-visibility";

export type PracticeOrder = "source" | "shuffled";

/**
 * 专项练习: an attempt over a module's active questions, in the order of the text or shuffled.
 * Questions whose key the learner may not see now (in an open exam of theirs) are left out.
 * Returns null when the module has no such question.
 */
export async function startModulePractice(db: Db, actor: Actor, input: { moduleId: string; order: PracticeOrder; now?: Date }): Promise<string | null> {
  const questions = await db.question.findMany({
    where: { moduleId: input.moduleId, status: "ACTIVE", module: { archivedAt: null } },
    select: { id: true, spanStart: true, passage: { select: { position: true } }, section: { select: { position: true } } },
  });
  if (questions.length === 0) return null;
  const inSourceOrder = questions.sort(
    (a, b) =>
      (a.passage?.position ?? a.section?.position ?? 0) - (b.passage?.position ?? b.section?.position ?? 0) ||
      (a.spanStart ?? 0) - (b.spanStart ?? 0) ||
      a.id.localeCompare(b.id),
  );
  const ids = await withoutHiddenKeys(db, actor.id, inSourceOrder.map((question) => question.id), input.now);
  if (ids.length === 0) return null;
  if (input.order === "shuffled") shuffle(ids);
  const attempt = await db.attempt.create({
    data: { userId: actor.id, mode: "PRACTICE", questionIds: ids, scope: { moduleId: input.moduleId, order: input.order } },
  });
  return attempt.id;
}

/**
 * Practising a chosen set (错题本, 收藏, 复习): the questions in the given order, without those
 * whose key the learner may not see now — a question starred or filed before an exam opened
 * comes back when the exam's results are shown.
 */
export async function startQuestionSetPractice(
  db: Db,
  actor: Actor,
  input: { mode: "MISTAKES" | "FAVORITES" | "REVIEW"; questionIds: string[]; now?: Date },
): Promise<string | null> {
  const questionIds = await withoutHiddenKeys(db, actor.id, input.questionIds, input.now);
  if (questionIds.length === 0) return null;
  const attempt = await db.attempt.create({ data: { userId: actor.id, mode: input.mode, questionIds } });
  return attempt.id;
}

function shuffle(items: string[]): void {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = crypto.randomInt(index + 1);
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
}
