import { z } from "zod";

export const RETENTION_MIN = 0.8;
export const RETENTION_MAX = 0.97;
/** Right answers in a row that take a question out of the 错题本: the learner's choice within these bounds. */
export const MISTAKE_CLEAR_STREAK_MIN = 1;
export const MISTAKE_CLEAR_STREAK_MAX = 10;

function integerField(label: string, min: number, max: number) {
  return z.coerce
    .number({ error: `请输入${label}` })
    .refine((value) => Number.isFinite(value), `请输入${label}`)
    .refine((value) => Number.isInteger(value), `${label}必须是整数`)
    .refine((value) => value >= min && value <= max, `${label}应在 ${min}–${max} 之间`);
}

/**
 * 学习设置 as the settings form sends it. Retention is accepted as a fraction (0.9) or as a
 * percentage (90); empty strings count as missing. mistakeClearStreak is the 错题本's N: a question
 * leaves the book after N right answers in a row (advanceMistakeStreaksSql applies it).
 */
export const learnerSettingsSchema = z.object({
  desiredRetention: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce
      .number({ error: "请输入目标记忆保持率" })
      .refine((value) => Number.isFinite(value), "请输入目标记忆保持率")
      .transform((value) => (value > 1 ? value / 100 : value))
      .refine((value) => value >= RETENTION_MIN - 1e-9 && value <= RETENTION_MAX + 1e-9, "目标记忆保持率应在 80%–97% 之间")
      .transform((value) => Math.round(value * 100) / 100),
  ),
  newCardsPerDay: z.preprocess(emptyToUndefined, integerField("每日新题数", 0, 200)),
  reviewsPerDay: z.preprocess(emptyToUndefined, integerField("每日复习上限", 0, 2000)),
  dailyQuizSize: z.preprocess(emptyToUndefined, integerField("每日一练题数", 5, 50)),
  /** Left unchanged when the field is absent; an empty or out-of-range value is refused. */
  mistakeClearStreak: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? Number.NaN : value),
    integerField("错题移出所需连对次数", MISTAKE_CLEAR_STREAK_MIN, MISTAKE_CLEAR_STREAK_MAX).optional(),
  ),
});

function emptyToUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}

export type LearnerSettingsInput = z.infer<typeof learnerSettingsSchema>;

export const LEARNER_SETTINGS_DEFAULTS: Required<LearnerSettingsInput> = { desiredRetention: 0.9, newCardsPerDay: 20, reviewsPerDay: 200, dailyQuizSize: 10, mistakeClearStreak: 3 };
