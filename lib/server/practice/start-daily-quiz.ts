import "server-only";
import crypto from "node:crypto";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { studyDay } from "@/lib/points/points-rules";
import { withoutHiddenKeys } from "@/lib/server/exams/key-visibility";
import { dueReviewQueue } from "./due-review-queue";
import { learnerSchedulerOptions } from "./learner-scheduler-options";
import { openPracticeAttempt } from "./open-practice-attempt";

/** Today's 每日一练 attempt id for a learner: one per study day, so a second start resumes it. */
export function dailyQuizId(userId: string, now: Date): string {
  return `daily_${crypto.createHash("sha256").update(`${userId}:${studyDay(now)}`).digest("hex").slice(0, 20)}`;
}

/**
 * 每日一练: a short mixed set — due reviews first, then questions the learner has never met —
 * once per study day. Returns null when the bank has nothing to offer.
 */
export async function startDailyQuiz(db: Db, actor: Actor, now = new Date()): Promise<string | null> {
  const id = dailyQuizId(actor.id, now);
  // Today's, whether open or done: 每日一练 is one set a day.
  if (await db.attempt.findFirst({ where: { id, userId: actor.id }, select: { id: true } })) return id;
  // An open 每日一练 of an earlier day has another scope: it ends and today's starts.
  return openPracticeAttempt(db, {
    userId: actor.id,
    mode: "DAILY",
    scope: { day: studyDay(now) },
    now,
    draw: async () => {
      const { dailyQuizSize } = await learnerSchedulerOptions(db, actor.id);
      const queue = await dueReviewQueue(db, actor, now);
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
      return { id, startedAt: now, questionIds: await withoutHiddenKeys(db, actor.id, [...due, ...fresh.map((row) => row.id)], now) };
    },
  });
}

/** 挑战答题: a run of shuffled objective questions that ends at the first mistake; an unfinished run resumes. */
export async function startChallenge(db: Db, actor: Actor, now = new Date()): Promise<string | null> {
  return openPracticeAttempt(db, {
    userId: actor.id,
    mode: "CHALLENGE",
    scope: {},
    now,
    draw: async () => {
      const questions = await db.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Question"
        WHERE "status" = 'ACTIVE' AND "type" IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE')
        ORDER BY random() LIMIT 100`;
      return { startedAt: now, questionIds: await withoutHiddenKeys(db, actor.id, questions.map((row) => row.id), now) };
    },
  });
}

/** How many questions a 未做优先 set holds. */
export const UNSEEN_FIRST_SIZE = 20;

/**
 * 未做优先: a set of the bank's active questions the learner has never answered (no card), in the
 * order of the course; when fewer remain, those the learner has gone longest without answering.
 */
export async function startUnseenFirst(db: Db, actor: Actor, now = new Date()): Promise<string | null> {
  return openPracticeAttempt(db, {
    userId: actor.id,
    mode: "UNSEEN",
    scope: {},
    now,
    draw: async () => {
      const questions = await db.$queryRaw<{ id: string }[]>`
        SELECT q."id" FROM "Question" q
        LEFT JOIN "Module" m ON m."id" = q."moduleId"
        LEFT JOIN "Card" c ON c."userId" = ${actor.id} AND c."questionId" = q."id"
        WHERE q."status" = 'ACTIVE' AND (m."id" IS NULL OR m."archivedAt" IS NULL)
        ORDER BY c."lastReview" ASC NULLS FIRST, c."id" IS NOT NULL, m."position" NULLS LAST, q."spanStart" NULLS LAST, q."id"
        LIMIT ${UNSEEN_FIRST_SIZE * 2}`;
      const questionIds = await withoutHiddenKeys(db, actor.id, questions.map((row) => row.id), now);
      return { startedAt: now, questionIds: questionIds.slice(0, UNSEEN_FIRST_SIZE) };
    },
  });
}

/** The learner's longest challenge run so far. */
export async function bestChallengeRun(db: Db, actor: Actor): Promise<number> {
  const best = await db.attempt.aggregate({ where: { userId: actor.id, mode: "CHALLENGE", status: "SUBMITTED" }, _max: { score: true } });
  return best._max.score ?? 0;
}
