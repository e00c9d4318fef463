import type { Db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SchedulerOptions } from "@/lib/srs";

/** The learner's study settings: desired retention, FSRS weights, daily limits (defaults until changed). */
export async function learnerSchedulerOptions(db: Db | Prisma.TransactionClient, userId: string): Promise<SchedulerOptions & { newCardsPerDay: number; reviewsPerDay: number; dailyQuizSize: number }> {
  const settings = await db.learnerSettings.findUnique({ where: { userId } });
  return {
    desiredRetention: settings?.desiredRetention ?? 0.9,
    weights: settings?.fsrsParameters ?? [],
    newCardsPerDay: settings?.newCardsPerDay ?? 20,
    reviewsPerDay: settings?.reviewsPerDay ?? 200,
    dailyQuizSize: settings?.dailyQuizSize ?? 10,
  };
}
