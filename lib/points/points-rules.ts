/** 学习积分: how many points each activity earns, and the most it can earn in one study day. */
export type PointsActivityName = "READING" | "DAILY_QUIZ" | "REVIEW" | "QUIZ" | "CHALLENGE" | "PRACTICE";

export const POINTS_RULES: Record<PointsActivityName, { points: number; dailyCap: number; label: string }> = {
  READING: { points: 1, dailyCap: 6, label: "阅读（每 5 分钟）" },
  PRACTICE: { points: 1, dailyCap: 10, label: "练习答对" },
  REVIEW: { points: 1, dailyCap: 10, label: "复习" },
  DAILY_QUIZ: { points: 5, dailyCap: 5, label: "完成每日一练" },
  CHALLENGE: { points: 1, dailyCap: 5, label: "挑战答题连续答对" },
  QUIZ: { points: 10, dailyCap: 20, label: "完成测验" },
};

/** The order activities are listed in for a learner: the daily habits first. */
export const POINTS_ACTIVITIES: readonly PointsActivityName[] = ["DAILY_QUIZ", "READING", "PRACTICE", "REVIEW", "CHALLENGE", "QUIZ"];

export interface ActivityProgress {
  activity: PointsActivityName;
  label: string;
  /** Points one event earns. */
  points: number;
  dailyCap: number;
  /** Points earned today (never above the cap). */
  earned: number;
}

/** Today's points per activity against its daily cap, for every activity in POINTS_ACTIVITIES order. */
export function pointsProgress(earnedToday: Partial<Record<PointsActivityName, number>>): ActivityProgress[] {
  return POINTS_ACTIVITIES.map((activity) => {
    const rule = POINTS_RULES[activity];
    return { activity, label: rule.label, points: rule.points, dailyCap: rule.dailyCap, earned: Math.min(rule.dailyCap, Math.max(0, earnedToday[activity] ?? 0)) };
  });
}

/** The activity a right answer earns points for, by the practice mode it was given in (专项练习, 错题本, 收藏 and 每日一练 count as practice). */
export function answerActivity(mode: string): PointsActivityName {
  return mode === "REVIEW" ? "REVIEW" : mode === "CHALLENGE" ? "CHALLENGE" : "PRACTICE";
}

/** Points to award now: the rule's amount, cut to what is left of today's cap. */
export function pointsWithinCap(activity: PointsActivityName, earnedToday: number, units = 1): number {
  const rule = POINTS_RULES[activity];
  return Math.max(0, Math.min(rule.points * units, rule.dailyCap - earnedToday));
}

/** The study day (China Standard Time) a moment belongs to, as YYYY-MM-DD. */
export function studyDay(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Consecutive study days ending today or yesterday (a streak survives until the end of the
 * first day without study). `days` are YYYY-MM-DD, any order, duplicates allowed.
 */
export function currentStreak(days: readonly string[], today: string): number {
  const studied = new Set(days);
  const step = (day: string, delta: number) => new Date(Date.parse(`${day}T00:00:00Z`) + delta * 86_400_000).toISOString().slice(0, 10);
  let cursor = studied.has(today) ? today : step(today, -1);
  let streak = 0;
  while (studied.has(cursor)) {
    streak += 1;
    cursor = step(cursor, -1);
  }
  return streak;
}
