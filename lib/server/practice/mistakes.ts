import "server-only";
import type { Db } from "@/lib/db/prisma";
import { fileReleasedExamMistakes } from "@/lib/server/exams/file-released-exam-mistakes";

/**
 * The learner's 错题本: questions answered wrong and not yet cleared or removed, newest first.
 * Exam papers whose results were released since are filed first.
 */
export async function listMistakes(db: Db, userId: string, now = new Date()) {
  await fileReleasedExamMistakes(db, userId, now);
  return db.mistakeEntry.findMany({
    where: { userId, resolvedAt: null, removedAt: null, question: { status: { not: "RETIRED" } } },
    orderBy: { lastWrongAt: "desc" },
    select: {
      questionId: true,
      wrongCount: true,
      correctStreak: true,
      lastWrongAt: true,
      question: { select: { stem: true, type: true, module: { select: { title: true } } } },
    },
  });
}

/** Takes a question out of the 错题本 by hand. */
export async function removeMistake(db: Db, input: { userId: string; questionId: string; now?: Date }): Promise<boolean> {
  const result = await db.mistakeEntry.updateMany({
    where: { userId: input.userId, questionId: input.questionId, removedAt: null },
    data: { removedAt: input.now ?? new Date() },
  });
  return result.count === 1;
}
