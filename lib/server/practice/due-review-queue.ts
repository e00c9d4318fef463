import type { Db } from "@/lib/db/prisma";
import { learnerSchedulerOptions } from "./learner-scheduler-options";

/** Start of the study day in China Standard Time (UTC+8), where daily limits reset. */
export function studyDayStart(now: Date): Date {
  const offsetMs = 8 * 3_600_000;
  const local = new Date(now.getTime() + offsetMs);
  local.setUTCHours(0, 0, 0, 0);
  return new Date(local.getTime() - offsetMs);
}

/**
 * 复习: the learner's due cards, oldest due first, up to what is left of their daily review
 * limit; reviews already done today count against it.
 */
export async function dueReviewQueue(db: Db, userId: string, now = new Date()): Promise<{ questionIds: string[]; due: number; doneToday: number; limit: number }> {
  const options = await learnerSchedulerOptions(db, userId);
  const [doneToday, due] = await Promise.all([
    db.reviewLog.count({ where: { userId, reviewedAt: { gte: studyDayStart(now) }, stateBefore: { not: "NEW" } } }),
    db.card.count({ where: { userId, due: { lte: now }, state: { not: "NEW" }, question: { status: "ACTIVE" } } }),
  ]);
  const remaining = Math.max(0, options.reviewsPerDay - doneToday);
  const cards = await db.card.findMany({
    where: { userId, due: { lte: now }, state: { not: "NEW" }, question: { status: "ACTIVE" } },
    orderBy: { due: "asc" },
    take: remaining,
    select: { questionId: true },
  });
  return { questionIds: cards.map((card) => card.questionId), due, doneToday, limit: options.reviewsPerDay };
}
