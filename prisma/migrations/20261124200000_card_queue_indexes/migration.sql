-- The 复习 queue (dueReviewQueue in lib/server/practice/due-review-queue.ts) reads, for one
-- learner, the due cards that are not NEW, oldest due first, and the cards still NEW, oldest
-- first. With 1,000 cards per learner the plain Card(userId, due) index reads every NEW card's
-- row to filter it out, and the NEW list read all of the learner's cards and sorted them.
-- These partial indexes hold each card once (a card is NEW or it is not) and carry the
-- question id, so both lists are index-only scans in the order the queue wants
-- (bench:queue, docs/BENCHMARKS.md). Partial indexes are outside the Prisma schema language.

-- CreateIndex
CREATE INDEX "Card_userId_due_reviewed_idx" ON "Card"("userId", "due") INCLUDE ("questionId") WHERE "state" <> 'NEW';

-- CreateIndex
CREATE INDEX "Card_userId_createdAt_new_idx" ON "Card"("userId", "createdAt", "id") INCLUDE ("questionId") WHERE "state" = 'NEW';
