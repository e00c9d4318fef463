import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { withoutHiddenKeys } from "@/lib/server/exams/key-visibility";
import { dueReviewQueue } from "./due-review-queue";
import { openPracticeAttempt, type OpenPracticeAttempt } from "./open-practice-attempt";

/**
 * 复习: a session of the learner's review queue as it is now (dueReviewQueue: due cards, then
 * NEW cards, within today's limits), without questions whose key the learner may not see now.
 * The open session resumes while its unanswered questions are the queue's (less what it has
 * answered: an answer moves its card out of the queue, or, for a 简答 not yet rated, not yet).
 * Once they differ (cards fell due since it began, or a card of it was answered elsewhere) it is
 * closed with its answers and a session of the current queue begins. Returns null when nothing
 * is due.
 */
export async function startReview(db: Db, actor: Actor, now = new Date()): Promise<string | null> {
  const queue = await dueReviewQueue(db, actor, now);
  const serving = await withoutHiddenKeys(db, actor.id, [...queue.questionIds, ...queue.newQuestionIds], now);
  return openPracticeAttempt(db, {
    userId: actor.id,
    mode: "REVIEW",
    scope: {},
    now,
    isCurrent: (open) => servesQueue(db, open, serving),
    draw: async () => ({ startedAt: now, questionIds: serving }),
  });
}

/** Whether an open session's unanswered questions are the queue's, less the questions it has answered. */
async function servesQueue(db: Db, open: OpenPracticeAttempt, queue: readonly string[]): Promise<boolean> {
  const answered = new Set((await db.response.findMany({ where: { attemptId: open.id }, select: { questionId: true } })).map((row) => row.questionId));
  const remainder = new Set(open.questionIds.filter((id) => !answered.has(id)));
  const due = new Set(queue.filter((id) => !answered.has(id)));
  return remainder.size === due.size && [...due].every((id) => remainder.has(id));
}
