import "server-only";
import crypto from "node:crypto";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { studyDay } from "@/lib/points/points-rules";
import { withoutHiddenKeys } from "@/lib/server/exams/key-visibility";
import { dueReviewQueue } from "./due-review-queue";
import { learnerSchedulerOptions } from "./learner-scheduler-options";

/** Today's 每日答题 attempt id for a learner: one per study day, so a second start resumes it. */
export function dailyQuizId(userId: string, now: Date): string {
  return `daily_${crypto.createHash("sha256").update(`${userId}:${studyDay(now)}`).digest("hex").slice(0, 20)}`;
}

/**
 * 每日答题: a short mixed set — due reviews first, then questions the learner has never met —
 * once per study day. Returns null when the bank has nothing to offer.
 */
export async function startDailyQuiz(db: Db, actor: Actor, now = new Date()): Promise<string | null> {
  const id = dailyQuizId(actor.id, now);
  if (await db.attempt.findFirst({ where: { id, userId: actor.id }, select: { id: true } })) return id;
  const { dailyQuizSize } = await learnerSchedulerOptions(db, actor.id);
  const queue = await dueReviewQueue(db, actor.id, now);
  const due = queue.questionIds.slice(0, Math.ceil(dailyQuizSize / 2));
  // New questions are capped by what is left of the learner's daily new-card limit.
  const freshCount = Math.max(0, Math.min(dailyQuizSize - due.length, queue.newLeftToday));
  const fresh = await db.$queryRaw<{ id: string }[]>`
    SELECT q."id" FROM "Question" q
    WHERE q."status" = 'ACTIVE'
      AND NOT EXISTS (SELECT 1 FROM "Card" c WHERE c."userId" = ${actor.id} AND c."questionId" = q."id")
    ORDER BY md5(q."id" || ${id})
    LIMIT ${freshCount}`;
  // Due cards and fresh questions alike may sit in an open exam of the learner's (lib/quizzes/key-visibility.ts).
  const questionIds = await withoutHiddenKeys(db, actor.id, [...due, ...fresh.map((row) => row.id)], now);
  if (questionIds.length === 0) return null;
  await db.attempt.createMany({
    data: [{ id, userId: actor.id, mode: "DAILY", questionIds, scope: { day: studyDay(now) }, startedAt: now }],
    skipDuplicates: true,
  });
  return id;
}

/** 挑战答题: a run of shuffled objective questions that ends at the first mistake. */
export async function startChallenge(db: Db, actor: Actor, now = new Date()): Promise<string | null> {
  const questions = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Question"
    WHERE "status" = 'ACTIVE' AND "type" IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE')
    ORDER BY random() LIMIT 100`;
  const questionIds = await withoutHiddenKeys(db, actor.id, questions.map((row) => row.id), now);
  if (questionIds.length === 0) return null;
  const attempt = await db.attempt.create({ data: { userId: actor.id, mode: "CHALLENGE", questionIds, startedAt: now } });
  return attempt.id;
}

/** The learner's longest challenge run so far. */
export async function bestChallengeRun(db: Db, userId: string): Promise<number> {
  const best = await db.attempt.aggregate({ where: { userId, mode: "CHALLENGE", status: "SUBMITTED" }, _max: { score: true } });
  return best._max.score ?? 0;
}
