import type { Db } from "@/lib/db/prisma";
import { learnerSchedulerOptions } from "./learner-scheduler-options";
import { newCardsIntroducedSince } from "./new-cards-today";

/** Start of the study day in China Standard Time (UTC+8), where daily limits reset. */
export function studyDayStart(now: Date): Date {
  const offsetMs = 8 * 3_600_000;
  const local = new Date(now.getTime() + offsetMs);
  local.setUTCHours(0, 0, 0, 0);
  return new Date(local.getTime() - offsetMs);
}

/**
 * 复习: the learner's due cards, oldest due first, up to what is left of their daily review
 * limit; reviews already done today count against it. Cards still NEW (met but never
 * reviewed) follow in `newQuestionIds`, up to what is left of the daily new-card limit.
 */
export async function dueReviewQueue(
  db: Db,
  userId: string,
  now = new Date(),
): Promise<{ questionIds: string[]; newQuestionIds: string[]; due: number; doneToday: number; limit: number; newLeftToday: number }> {
  const dayStart = studyDayStart(now);
  // Two round trips, each of independent queries in parallel (bench:queue, docs/BENCHMARKS.md).
  const [options, doneToday, due, newToday] = await Promise.all([
    learnerSchedulerOptions(db, userId),
    db.reviewLog.count({ where: { userId, reviewedAt: { gte: dayStart }, stateBefore: { not: "NEW" } } }),
    db.card.count({ where: { userId, due: { lte: now }, state: { not: "NEW" }, question: { status: "ACTIVE" } } }),
    newCardsIntroducedSince(db, { userId, dayStart }),
  ]);
  const newLeftToday = Math.max(0, options.newCardsPerDay - newToday);
  const remaining = Math.max(0, options.reviewsPerDay - doneToday);
  const [cards, fresh] = await Promise.all([
    db.card.findMany({
      where: { userId, due: { lte: now }, state: { not: "NEW" }, question: { status: "ACTIVE" } },
      orderBy: { due: "asc" },
      take: remaining,
      select: { questionId: true },
    }),
    newLeftToday > 0
      ? db.card.findMany({
          where: { userId, state: "NEW", question: { status: "ACTIVE" } },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          take: newLeftToday,
          select: { questionId: true },
        })
      : Promise.resolve([]),
  ]);
  return {
    questionIds: cards.map((card) => card.questionId),
    newQuestionIds: fresh.map((card) => card.questionId),
    due,
    doneToday,
    limit: options.reviewsPerDay,
    newLeftToday,
  };
}
