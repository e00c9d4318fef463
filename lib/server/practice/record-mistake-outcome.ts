import type { Prisma } from "@/lib/generated/prisma/client";

/** Right answers in a row that take a question out of the 错题本. */
export const MISTAKE_CLEAR_STREAK = 3;

/**
 * 错题本 bookkeeping for one graded answer: a wrong answer files (or re-opens) the question; a
 * right answer to a filed question counts towards the streak that clears it.
 */
export async function recordMistakeOutcome(tx: Prisma.TransactionClient, input: { userId: string; questionId: string; correct: boolean; now: Date }): Promise<void> {
  const key = { userId_questionId: { userId: input.userId, questionId: input.questionId } };
  if (!input.correct) {
    await tx.mistakeEntry.upsert({
      where: key,
      create: { userId: input.userId, questionId: input.questionId, lastWrongAt: input.now },
      update: { wrongCount: { increment: 1 }, correctStreak: 0, lastWrongAt: input.now, resolvedAt: null, removedAt: null },
    });
    return;
  }
  const entry = await tx.mistakeEntry.findUnique({ where: key });
  if (!entry || entry.resolvedAt || entry.removedAt) return;
  const streak = entry.correctStreak + 1;
  await tx.mistakeEntry.update({
    where: key,
    data: { correctStreak: streak, resolvedAt: streak >= MISTAKE_CLEAR_STREAK ? input.now : null },
  });
}
