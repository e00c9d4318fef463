import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { jsonRowsSql } from "@/lib/db/json-rows";
import type { MistakeEffect } from "@/lib/learning/answer-outcome";
import { MISTAKE_OUTCOME_COLUMNS, advanceMistakeStreaksSql, fileMistakesSql } from "./answer-writes";

/**
 * 错题本 bookkeeping for one answer, by its effect (lib/learning/answer-outcome.ts): `enter`
 * files (or re-opens) the question; `advance` counts a right answer towards the streak that
 * clears a filed question; `none` changes nothing.
 */
export async function recordMistakeOutcome(tx: Prisma.TransactionClient, input: { userId: string; questionId: string; mistake: MistakeEffect; now: Date }): Promise<void> {
  if (input.mistake === "none") return;
  const outcome = jsonRowsSql([{ userId: input.userId, questionId: input.questionId, mistake: input.mistake, at: input.now }], MISTAKE_OUTCOME_COLUMNS);
  await tx.$queryRaw(input.mistake === "advance" ? advanceMistakeStreaksSql(outcome) : fileMistakesSql(outcome));
}
