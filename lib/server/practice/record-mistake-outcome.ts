import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { jsonRowsSql } from "@/lib/db/json-rows";
import { MISTAKE_OUTCOME_COLUMNS, advanceMistakeStreaksSql, fileMistakesSql } from "./answer-writes";

/**
 * 错题本 bookkeeping for one graded answer: a wrong answer files (or re-opens) the question; a
 * right answer to a filed question counts towards the streak that clears it.
 */
export async function recordMistakeOutcome(tx: Prisma.TransactionClient, input: { userId: string; questionId: string; correct: boolean; now: Date }): Promise<void> {
  const outcome = jsonRowsSql([{ userId: input.userId, questionId: input.questionId, correct: input.correct, at: input.now }], MISTAKE_OUTCOME_COLUMNS);
  await tx.$queryRaw(input.correct ? advanceMistakeStreaksSql(outcome) : fileMistakesSql(outcome));
}
