import type { Prisma } from "@/lib/generated/prisma/client";
import { advanceMistakeStreakSql, fileMistakeSql } from "./answer-writes";

/**
 * 错题本 bookkeeping for one graded answer: a wrong answer files (or re-opens) the question; a
 * right answer to a filed question counts towards the streak that clears it.
 */
export async function recordMistakeOutcome(tx: Prisma.TransactionClient, input: { userId: string; questionId: string; correct: boolean; now: Date }): Promise<void> {
  await tx.$queryRaw(input.correct ? advanceMistakeStreakSql(input) : fileMistakeSql(input));
}
