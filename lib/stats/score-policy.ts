/** Attempt scoring and result visibility of an assignment: pure rules, no clock of their own. */

export type AttemptScoring = "BEST" | "LAST" | "AVERAGE";
export type ResultPolicy = "IMMEDIATELY" | "AFTER_CLOSE" | "NEVER";

export interface FinishedAttemptScore {
  number: number;
  score: number;
  maxScore: number;
}

/** An attempt's score on a 0…100 scale (draws per learner may differ in their maximum). */
export function percentOf(score: number, maxScore: number): number {
  return maxScore > 0 ? Math.round((score / maxScore) * 1000) / 10 : 0;
}

/**
 * The score that counts for the assignment, in percent: the best attempt, the last one, or the
 * mean of all finished attempts. Null before any attempt is finished.
 */
export function countedScore(attempts: readonly FinishedAttemptScore[], scoring: AttemptScoring): number | null {
  if (attempts.length === 0) return null;
  const percents = attempts.map((attempt) => percentOf(attempt.score, attempt.maxScore));
  switch (scoring) {
    case "BEST":
      return Math.max(...percents);
    case "LAST": {
      const last = attempts.reduce((latest, attempt) => (attempt.number > latest.number ? attempt : latest));
      return percentOf(last.score, last.maxScore);
    }
    case "AVERAGE":
      return Math.round((percents.reduce((sum, value) => sum + value, 0) / percents.length) * 10) / 10;
  }
}

/** Whether the learner may see their score and the answers now. */
export function resultsVisible(policy: ResultPolicy, closesAt: Date, now: Date): boolean {
  if (policy === "IMMEDIATELY") return true;
  if (policy === "AFTER_CLOSE") return now.getTime() >= closesAt.getTime();
  return false;
}

/** Bins of width 10 over 0…100 (100 falls in the last bin) for the score histogram. */
export function scoreHistogram(percents: readonly number[], binWidth = 10): number[] {
  const bins = Array.from({ length: Math.ceil(100 / binWidth) }, () => 0);
  for (const value of percents) {
    const at = Math.min(bins.length - 1, Math.max(0, Math.floor(value / binWidth)));
    bins[at] = bins[at]! + 1;
  }
  return bins;
}
