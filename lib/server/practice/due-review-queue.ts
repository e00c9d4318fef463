import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { LEARNER_SETTINGS_DEFAULTS } from "@/lib/validation/learner-settings";

/** Start of the study day in China Standard Time (UTC+8), where daily limits reset. */
export function studyDayStart(now: Date): Date {
  const offsetMs = 8 * 3_600_000;
  const local = new Date(now.getTime() + offsetMs);
  local.setUTCHours(0, 0, 0, 0);
  return new Date(local.getTime() - offsetMs);
}

export interface DueReviewQueue {
  /** Due cards (not NEW) of active questions, oldest due first, up to what is left of today's review limit. */
  questionIds: string[];
  /** Cards still NEW (met, never reviewed) of active questions, oldest first, up to what is left of today's new-card limit. */
  newQuestionIds: string[];
  /** All due cards of active questions, whatever the limit. */
  due: number;
  /** Reviews of cards that were not NEW, since the study day started. */
  doneToday: number;
  /** The learner's daily review limit. */
  limit: number;
  /** New cards the scheduler may still introduce today. */
  newLeftToday: number;
}

/**
 * 复习: the learner's due cards, oldest due first, up to what is left of their daily review
 * limit; reviews already done today count against it. Cards still NEW (met but never
 * reviewed) follow in `newQuestionIds`, up to what is left of the daily new-card limit. New
 * cards introduced today count against that: first answers (review logs from the NEW state)
 * given in 复习 or 每日一练. Questions the learner chose to practise themselves (专项练习, 挑战,
 * 错题本, 收藏, quizzes) do not. Only ACTIVE questions are served.
 *
 * One SQL statement, one round trip (bench:queue, docs/BENCHMARKS.md): the learner's settings
 * (defaults from LEARNER_SETTINGS_DEFAULTS), today's counts, the due count and both lists. The
 * partial indexes of migration 20261124200000_card_queue_indexes serve the two lists.
 */
export async function dueReviewQueue(db: Db, actor: Actor, now = new Date()): Promise<DueReviewQueue> {
  const userId = actor.id;
  const dayStart = studyDayStart(now);
  const rows = await db.$queryRaw<
    Array<{ questionIds: string[] | null; newQuestionIds: string[] | null; due: number; doneToday: number; limit: number; newLeftToday: number }>
  >`
    WITH limits AS (
      SELECT coalesce(s."reviewsPerDay", ${LEARNER_SETTINGS_DEFAULTS.reviewsPerDay}::int) AS "reviewsPerDay",
             coalesce(s."newCardsPerDay", ${LEARNER_SETTINGS_DEFAULTS.newCardsPerDay}::int) AS "newCardsPerDay",
             (SELECT count(*) FROM "ReviewLog" r
               WHERE r."userId" = ${userId} AND r."reviewedAt" >= ${dayStart} AND r."stateBefore" <> 'NEW')::int AS "doneToday",
             (SELECT count(*) FROM "ReviewLog" r
               JOIN "Response" p ON p."id" = r."responseId"
               JOIN "Attempt" a ON a."id" = p."attemptId"
               WHERE r."userId" = ${userId} AND r."reviewedAt" >= ${dayStart} AND r."stateBefore" = 'NEW'
                 AND a."mode" IN ('DAILY', 'REVIEW'))::int AS "newToday"
      FROM (SELECT 1) AS one
      LEFT JOIN "LearnerSettings" s ON s."userId" = ${userId}
    ),
    due_cards AS (
      SELECT c."questionId", c."due"
      FROM "Card" c
      JOIN "Question" q ON q."id" = c."questionId" AND q."status" = 'ACTIVE'
      WHERE c."userId" = ${userId} AND c."state" <> 'NEW' AND c."due" <= ${now}
    ),
    served AS (
      SELECT "questionId", "due" FROM due_cards
      ORDER BY "due", "questionId"
      LIMIT (SELECT greatest(0, "reviewsPerDay" - "doneToday") FROM limits)
    ),
    fresh AS (
      SELECT c."questionId", c."createdAt", c."id"
      FROM "Card" c
      JOIN "Question" q ON q."id" = c."questionId" AND q."status" = 'ACTIVE'
      WHERE c."userId" = ${userId} AND c."state" = 'NEW'
      ORDER BY c."createdAt", c."id"
      LIMIT (SELECT greatest(0, "newCardsPerDay" - "newToday") FROM limits)
    )
    SELECT (SELECT array_agg("questionId" ORDER BY "due", "questionId") FROM served) AS "questionIds",
           (SELECT array_agg("questionId" ORDER BY "createdAt", "id") FROM fresh) AS "newQuestionIds",
           (SELECT count(*) FROM due_cards)::int AS "due",
           l."doneToday",
           l."reviewsPerDay" AS "limit",
           greatest(0, l."newCardsPerDay" - l."newToday") AS "newLeftToday"
    FROM limits l`;
  const row = rows[0]!;
  return {
    questionIds: row.questionIds ?? [],
    newQuestionIds: row.newQuestionIds ?? [],
    due: Number(row.due),
    doneToday: Number(row.doneToday),
    limit: Number(row.limit),
    newLeftToday: Number(row.newLeftToday),
  };
}
