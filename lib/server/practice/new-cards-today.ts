import type { Db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * How many new cards the scheduler has introduced to the learner since `dayStart`: first
 * answers (review logs from the NEW state) given in 复习 or 每日答题. Questions the learner
 * chose to practise themselves (专项练习, 挑战, 错题本, 收藏, quizzes) do not count against
 * the daily new-card limit.
 */
export async function newCardsIntroducedSince(db: Db | Prisma.TransactionClient, input: { userId: string; dayStart: Date }): Promise<number> {
  const rows = await db.$queryRaw<{ count: bigint | number }[]>`
    SELECT count(*) AS "count"
    FROM "ReviewLog" r
    JOIN "Response" s ON s."id" = r."responseId"
    JOIN "Attempt" a ON a."id" = s."attemptId"
    WHERE r."userId" = ${input.userId}
      AND r."reviewedAt" >= ${input.dayStart}
      AND r."stateBefore" = 'NEW'
      AND a."mode" IN ('DAILY', 'REVIEW')`;
  return Number(rows[0]?.count ?? 0);
}
