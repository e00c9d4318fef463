import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { jsonRowsSql } from "@/lib/db/json-rows";
import { newCard, scheduleReview, type SrsCard, type SrsRating } from "@/lib/srs";
import { CARD_MOVE_COLUMNS, cardMoveRow, insertReviewLogsSql, upsertCardsSql } from "./answer-writes";
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
  const move = jsonRowsSql(
    [cardMoveRow({ userId: input.userId, questionId: input.questionId, responseId: input.responseId ?? null, durationMs: input.durationMs ?? null, card, log })],
    CARD_MOVE_COLUMNS,
  );
  await tx.$queryRaw(Prisma.sql`WITH card AS (${upsertCardsSql(move)}) ${insertReviewLogsSql(move)}`);
  return card;
}
