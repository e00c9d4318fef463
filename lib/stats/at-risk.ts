/** What the reports know about one learner when deciding whether they need attention. */
export interface LearnerRiskFeatures {
  /** Cards already learned whose review date has passed. */
  overdueReviews: number;
  /** Assignments that closed in the look-back window without a submitted attempt. */
  missedAssignments: number;
  /** Newest first: score / max score of the latest submitted assignment attempts (0…1). */
  recentScores: readonly number[];
  /** Study days (Asia/Shanghai) since the last day with a response, review or points entry; null when never active. */
  daysSinceActive: number | null;
  /** Days since the learner joined their earliest class (or the account was created). */
  daysSinceJoined: number;
}

export interface AtRiskRules {
  /** At least this many overdue reviews. */
  overdueReviews: number;
  /** At least this many missed assignments … */
  missedAssignments: number;
  /** … among those that closed in this many days. */
  missedLookbackDays: number;
  /** Scores compared: the mean of the newest `recentWindow` against the mean of the up to `recentWindow` before them. */
  recentWindow: number;
  /** A drop of at least this much (0…1, percentage points / 100) counts as falling. */
  scoreDrop: number;
  /** No activity for at least this many days (learners who joined at least that long ago). */
  inactiveDays: number;
}

export const DEFAULT_AT_RISK_RULES: AtRiskRules = {
  overdueReviews: 30,
  missedAssignments: 2,
  missedLookbackDays: 60,
  recentWindow: 2,
  scoreDrop: 0.15,
  inactiveDays: 14,
};

export type RiskReasonCode = "OVERDUE_REVIEWS" | "MISSED_ASSIGNMENTS" | "FALLING_SCORES" | "INACTIVE";

export interface RiskReason {
  code: RiskReasonCode;
  /** Shown to staff as is. */
  text: string;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The score trend the falling-scores rule looks at; null with too few scores to tell. */
export function scoreTrend(scores: readonly number[], window: number): { recent: number; earlier: number } | null {
  if (scores.length < window + 2) return null;
  return { recent: mean(scores.slice(0, window)), earlier: mean(scores.slice(window, window * 2)) };
}

/** Why a learner needs attention, most pressing first; empty when they do not. */
export function atRiskReasons(features: LearnerRiskFeatures, rules: AtRiskRules = DEFAULT_AT_RISK_RULES): RiskReason[] {
  const reasons: RiskReason[] = [];
  if (features.daysSinceJoined >= rules.inactiveDays) {
    if (features.daysSinceActive === null) reasons.push({ code: "INACTIVE", text: "加入后从未学习" });
    else if (features.daysSinceActive >= rules.inactiveDays) reasons.push({ code: "INACTIVE", text: `已 ${features.daysSinceActive} 天未学习` });
  }
  if (features.missedAssignments >= rules.missedAssignments) {
    reasons.push({ code: "MISSED_ASSIGNMENTS", text: `近 ${rules.missedLookbackDays} 天错过 ${features.missedAssignments} 次测验` });
  }
  const trend = scoreTrend(features.recentScores, rules.recentWindow);
  if (trend && trend.earlier - trend.recent >= rules.scoreDrop - 1e-9) {
    reasons.push({
      code: "FALLING_SCORES",
      text: `测验成绩下滑：最近 ${rules.recentWindow} 次平均 ${percent(trend.recent)}，此前平均 ${percent(trend.earlier)}`,
    });
  }
  if (features.overdueReviews >= rules.overdueReviews) {
    reasons.push({ code: "OVERDUE_REVIEWS", text: `${features.overdueReviews} 张卡片逾期未复习` });
  }
  return reasons;
}
