import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { LEARNER_SETTINGS_DEFAULTS, type LearnerSettingsInput } from "@/lib/validation/learner-settings";

export interface LearnerSettingsView extends LearnerSettingsInput {
  /** Optimised FSRS weights in use; empty for ts-fsrs defaults. */
  fsrsParameters: number[];
  parametersUpdatedAt: Date | null;
  /** How many reviews the learner has logged (optimisation needs OPTIMISE_MIN_REVIEWS). */
  reviewCount: number;
}

/** The learner's own 学习设置 (defaults until changed). */
export async function getLearnerSettings(db: Db, actor: Actor): Promise<LearnerSettingsView> {
  const [settings, reviewCount] = await Promise.all([
    db.learnerSettings.findUnique({ where: { userId: actor.id } }),
    db.reviewLog.count({ where: { userId: actor.id } }),
  ]);
  return {
    desiredRetention: settings?.desiredRetention ?? LEARNER_SETTINGS_DEFAULTS.desiredRetention,
    newCardsPerDay: settings?.newCardsPerDay ?? LEARNER_SETTINGS_DEFAULTS.newCardsPerDay,
    reviewsPerDay: settings?.reviewsPerDay ?? LEARNER_SETTINGS_DEFAULTS.reviewsPerDay,
    dailyQuizSize: settings?.dailyQuizSize ?? LEARNER_SETTINGS_DEFAULTS.dailyQuizSize,
    mistakeClearStreak: settings?.mistakeClearStreak ?? LEARNER_SETTINGS_DEFAULTS.mistakeClearStreak,
    fsrsParameters: settings?.fsrsParameters ?? [],
    parametersUpdatedAt: settings?.parametersUpdatedAt ?? null,
    reviewCount,
  };
}
