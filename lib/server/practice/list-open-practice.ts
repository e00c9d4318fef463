import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import type { AttemptMode } from "@/lib/generated/prisma/client";
import { dailyQuizId } from "./start-daily-quiz";

export interface OpenPractice {
  attemptId: string;
  mode: AttemptMode;
  total: number;
  /** Questions answered (背题模式: gone through); 挑战答题: the run so far is `correct`. */
  done: number;
  correct: number;
  /** The module the attempt covers (专项练习, 背题模式), if any. */
  moduleId: string | null;
  moduleTitle: string | null;
}

/**
 * What the 练习 page shows beside each mode: the learner's open attempt in it (at most one per
 * mode), today's 每日一练 if it is done, the 错题本's size and the best 挑战 run.
 */
export async function listOpenPractice(db: Db, actor: Actor, now = new Date()) {
  const userId = actor.id;
  const [open, dailyDone, mistakes] = await Promise.all([
    db.$queryRaw<Array<{ attemptId: string; mode: AttemptMode; total: number; answered: number; correct: number; position: number; moduleId: string | null; moduleTitle: string | null }>>`
      SELECT a."id" AS "attemptId", a."mode", cardinality(a."questionIds")::int AS "total", a."position",
             (SELECT count(*)::int FROM "Response" x WHERE x."attemptId" = a."id") AS "answered",
             (SELECT count(*)::int FROM "Response" x WHERE x."attemptId" = a."id" AND x."correct") AS "correct",
             m."id" AS "moduleId", m."title" AS "moduleTitle"
      FROM "Attempt" a LEFT JOIN "Module" m ON m."id" = a."scope"->>'moduleId'
      WHERE a."userId" = ${userId} AND a."status" = 'IN_PROGRESS' AND a."mode" <> 'QUIZ'`,
    db.attempt.findFirst({ where: { id: dailyQuizId(userId, now), userId, status: { not: "IN_PROGRESS" } }, select: { id: true } }),
    db.mistakeEntry.count({ where: { userId, resolvedAt: null, removedAt: null, question: { status: { not: "RETIRED" } } } }),
  ]);
  const today = dailyQuizId(userId, now);
  const byMode = new Map<AttemptMode, OpenPractice>(
    // An open 每日一练 of an earlier day is not offered: starting today's ends it.
    open.filter((row) => row.mode !== "DAILY" || row.attemptId === today).map((row) => [
      row.mode,
      { attemptId: row.attemptId, mode: row.mode, total: row.total, done: row.mode === "MEMORIZE" ? row.position : row.answered, correct: row.correct, moduleId: row.moduleId, moduleTitle: row.moduleTitle },
    ]),
  );
  return { open: byMode, dailyDoneId: dailyDone?.id ?? null, mistakes };
}
