import type { AttemptScoring, LatePolicy, QuizComposition, ResultPolicy } from "@/lib/generated/prisma/enums";

export const COMPOSITION_LABELS: Record<QuizComposition, string> = { FIXED: "手工选题", RULES: "按规则抽题" };

export const SCORING_LABELS: Record<AttemptScoring, string> = { BEST: "取最高分", LAST: "取最后一次", AVERAGE: "取平均分" };

export const RESULT_POLICY_LABELS: Record<ResultPolicy, string> = {
  IMMEDIATELY: "交卷后立即公布成绩和答案",
  AFTER_CLOSE: "截止后公布成绩和答案",
  NEVER: "不公布成绩和答案",
};

export const LATE_POLICY_LABELS: Record<LatePolicy, string> = {
  REFUSE: "截止后不再接受作答",
  ACCEPT_MARKED_LATE: "截止后仍可作答，记为逾期",
};

/** "30 分钟" or "不限时". */
export function timeLimitLabel(seconds: number | null): string {
  return seconds === null ? "不限时" : `${Math.round(seconds / 60)} 分钟`;
}
