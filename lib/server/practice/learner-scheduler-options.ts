import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { LearnerSettings, Prisma } from "@/lib/generated/prisma/client";
import type { SchedulerOptions } from "@/lib/srs";
import { LEARNER_SETTINGS_DEFAULTS as DEFAULTS } from "@/lib/validation/learner-settings";

export type LearnerSchedulerOptions = SchedulerOptions & { newCardsPerDay: number; reviewsPerDay: number; dailyQuizSize: number };

/** The learner's study settings: desired retention, FSRS weights, daily limits (defaults until changed). */
export async function learnerSchedulerOptions(db: Db | Prisma.TransactionClient, userId: string): Promise<LearnerSchedulerOptions> {
  return schedulerOptionsFrom(await db.learnerSettings.findUnique({ where: { userId } }));
}

/** The same, from a settings row already read (null: the learner never changed them). */
export function schedulerOptionsFrom(
  settings: { [Column in "desiredRetention" | "fsrsParameters" | "newCardsPerDay" | "reviewsPerDay" | "dailyQuizSize"]?: LearnerSettings[Column] | null } | null,
): LearnerSchedulerOptions {
  return {
    desiredRetention: settings?.desiredRetention ?? DEFAULTS.desiredRetention,
    weights: settings?.fsrsParameters ?? [],
    newCardsPerDay: settings?.newCardsPerDay ?? DEFAULTS.newCardsPerDay,
    reviewsPerDay: settings?.reviewsPerDay ?? DEFAULTS.reviewsPerDay,
    dailyQuizSize: settings?.dailyQuizSize ?? DEFAULTS.dailyQuizSize,
  };
}
