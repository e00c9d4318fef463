import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { fileReleasedExamMistakes } from "@/lib/server/exams/file-released-exam-mistakes";
import { LEARNER_SETTINGS_DEFAULTS } from "@/lib/validation/learner-settings";

/** What the 错题本 and 收藏 show of a question, and what they group it by. */
export const GROUPED_QUESTION_SELECT = {
  stem: true,
  type: true,
  module: { select: { id: true, title: true, position: true } },
  knowledgePoint: { select: { id: true, text: true } },
} as const;

/**
 * The learner's 错题本: questions answered wrong and not yet cleared or removed, newest first.
 * Exam papers whose results were released since are filed first.
 */
export async function listMistakes(db: Db, actor: Actor, now = new Date()) {
  const userId = actor.id;
  await fileReleasedExamMistakes(db, userId, now);
  return db.mistakeEntry.findMany({
    where: { userId, resolvedAt: null, removedAt: null, question: { status: { not: "RETIRED" } } },
    orderBy: { lastWrongAt: "desc" },
    select: {
      questionId: true,
      wrongCount: true,
      correctStreak: true,
      lastWrongAt: true,
      question: { select: GROUPED_QUESTION_SELECT },
    },
  });
}

/**
 * The learner's N: right answers in a row that clear a 错题本 entry, for display. The rule itself
 * is applied by advanceMistakeStreaksSql (mistakeEntryAfter in lib/learning), which reads the same setting with the same default.
 */
export async function mistakeClearStreakOf(db: Db, actor: Actor): Promise<number> {
  const settings = await db.learnerSettings.findUnique({ where: { userId: actor.id }, select: { mistakeClearStreak: true } });
  return settings?.mistakeClearStreak ?? LEARNER_SETTINGS_DEFAULTS.mistakeClearStreak;
}

/** Takes a question out of the 错题本 by hand. */
export async function removeMistake(db: Db, actor: Actor, input: { questionId: string; now?: Date }): Promise<boolean> {
  const result = await db.mistakeEntry.updateMany({
    where: { userId: actor.id, questionId: input.questionId, removedAt: null },
    data: { removedAt: input.now ?? new Date() },
  });
  return result.count === 1;
}
