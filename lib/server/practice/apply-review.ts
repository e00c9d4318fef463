import type { Prisma } from "@/lib/generated/prisma/client";
import { newCard, scheduleReview, type SrsCard, type SrsRating } from "@/lib/srs";
import { learnerSchedulerOptions } from "./learner-scheduler-options";

type Tx = Prisma.TransactionClient;

/**
 * Moves the learner's card for a question by one rating and writes the review log, creating
 * the card at the learner's first answer. Call inside the transaction that recorded the answer.
 */
export async function applyReview(
  tx: Tx,
  input: { userId: string; questionId: string; rating: SrsRating; now: Date; responseId?: string; durationMs?: number | null },
): Promise<SrsCard> {
  const options = await learnerSchedulerOptions(tx, input.userId);
  const stored = await tx.card.findUnique({ where: { userId_questionId: { userId: input.userId, questionId: input.questionId } } });
  const before: SrsCard = stored ?? newCard(input.now);
  const { card, log } = scheduleReview(before, input.rating, input.now, options);
  const saved = await tx.card.upsert({
    where: { userId_questionId: { userId: input.userId, questionId: input.questionId } },
    create: { userId: input.userId, questionId: input.questionId, ...card },
    update: card,
  });
  await tx.reviewLog.create({
    data: { cardId: saved.id, userId: input.userId, responseId: input.responseId ?? null, durationMs: input.durationMs ?? null, ...log },
  });
  return card;
}
