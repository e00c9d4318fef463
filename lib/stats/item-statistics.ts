/**
 * Classical item analysis over the attempts of one assignment: the definition. Every function is
 * pure: plain data in, plain numbers out. The app computes the same figures in one SQL statement
 * (lib/server/results/get-item-analysis.ts, for speed); tests/integration/item-analysis-parity.test.ts
 * proves that statement equal to `analyseItems` on random assignments. docs/EXAMS.md gives the
 * formulas.
 */

/** One test-taker's result on one item: the item score as a fraction (0…1) and their total. */
export interface ItemObservation {
  /** Identifies the attempt; breaks ties in the total when forming the 27% groups. */
  attemptId: string;
  itemScore: number;
  total: number;
}

/** Share of each group taken as "upper" and "lower" (Kelley's 27%). */
export const GROUP_SHARE = 0.27;

/** Items are flagged below this discrimination (negative or near zero). */
export const LOW_DISCRIMINATION = 0.2;
export const EASY_FACILITY = 0.9;
export const HARD_FACILITY = 0.2;

export type ItemFlag = "NEGATIVE_DISCRIMINATION" | "LOW_DISCRIMINATION" | "TOO_EASY" | "TOO_HARD";

/** Facility index p: the mean item score (the share answering right for a 0/1 item). */
export function facilityIndex(itemScores: readonly number[]): number | null {
  if (itemScores.length === 0) return null;
  return itemScores.reduce((sum, value) => sum + value, 0) / itemScores.length;
}

/** How many test-takers each of the upper and lower groups holds: round(27% of n), at least 1. */
export function groupSize(count: number): number {
  return count === 0 ? 0 : Math.max(1, Math.round(GROUP_SHARE * count));
}

/**
 * Discrimination index D = p(upper) − p(lower): the facility among the top 27% by total score
 * minus that among the bottom 27%. Ties in the total are broken by attempt id (upper group:
 * ascending id first), so the result does not depend on input order. Null below two takers.
 */
export function discriminationIndex(observations: readonly ItemObservation[]): number | null {
  if (observations.length < 2) return null;
  const size = groupSize(observations.length);
  const byTotal = [...observations].sort((a, b) => b.total - a.total || compareIds(a.attemptId, b.attemptId));
  const upper = byTotal.slice(0, size);
  const lowerOrder = [...observations].sort((a, b) => a.total - b.total || compareIds(b.attemptId, a.attemptId));
  const lower = lowerOrder.slice(0, size);
  return facilityIndex(upper.map((row) => row.itemScore))! - facilityIndex(lower.map((row) => row.itemScore))!;
}

/**
 * Point-biserial correlation: the Pearson correlation between the item score and the total
 * score (population moments). Null when either does not vary (all values equal: tested as such,
 * since the sums of equal fractions such as 1/3 leave a variance of rounding noise, not 0).
 */
export function pointBiserial(observations: readonly ItemObservation[]): number | null {
  const n = observations.length;
  if (n < 2) return null;
  const [first] = observations;
  if (observations.every((row) => row.itemScore === first!.itemScore) || observations.every((row) => row.total === first!.total)) return null;
  const meanX = observations.reduce((sum, row) => sum + row.itemScore, 0) / n;
  const meanY = observations.reduce((sum, row) => sum + row.total, 0) / n;
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (const row of observations) {
    covariance += (row.itemScore - meanX) * (row.total - meanY);
    varianceX += (row.itemScore - meanX) ** 2;
    varianceY += (row.total - meanY) ** 2;
  }
  return covariance / Math.sqrt(varianceX * varianceY);
}

/** How many takers chose each option key (a 多选 answer counts once for each key chosen, a key chosen twice once). */
export function optionFrequencies(choices: readonly (readonly string[])[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const chosen of choices) for (const key of new Set(chosen)) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

/** Why an item deserves a look: it separates strong from weak takers badly, or almost everyone (or no one) gets it. */
export function itemFlags(stats: { facility: number | null; discrimination: number | null }): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (stats.discrimination !== null) {
    if (stats.discrimination < 0) flags.push("NEGATIVE_DISCRIMINATION");
    else if (stats.discrimination < LOW_DISCRIMINATION) flags.push("LOW_DISCRIMINATION");
  }
  if (stats.facility !== null) {
    if (stats.facility > EASY_FACILITY) flags.push("TOO_EASY");
    else if (stats.facility < HARD_FACILITY) flags.push("TOO_HARD");
  }
  return flags;
}

/**
 * Question.difficulty (0 easy … 1 hard, estimated at generation) learned from answers: 1 − p,
 * rounded to two decimals, once at least MIN_TAKERS_FOR_DIFFICULTY takers answered; otherwise
 * the stored estimate stays. Idempotent: recomputing from the same results gives the same value.
 */
export const MIN_TAKERS_FOR_DIFFICULTY = 5;

export function difficultyFromFacility(facility: number | null, takers: number): number | null {
  if (facility === null || takers < MIN_TAKERS_FOR_DIFFICULTY) return null;
  return Math.round((1 - Math.min(1, Math.max(0, facility))) * 100) / 100;
}

/** One attempt of an assignment, as item analysis reads it. */
export interface AnalysedAttempt {
  id: string;
  userId: string;
  number: number;
  status: "IN_PROGRESS" | "SUBMITTED" | "EXPIRED";
  /** The attempt's total score; null until it is scored. */
  score: number | null;
  questionIds: readonly string[];
  /** Its saved answers: the item score as a fraction (0…1) and what was given (option keys, true/false, text). */
  responses: ReadonlyArray<{ questionId: string; score: number | null; answer: unknown }>;
}

export interface ItemStatistics {
  questionId: string;
  /** Takers whose paper held the item. */
  takers: number;
  facility: number | null;
  discrimination: number | null;
  pointBiserial: number | null;
  /** Option key (or "true"/"false" for 判断题) → how many takers chose it; choice questions only. */
  optionCounts: Record<string, number>;
}

const CHOICE_TYPES: ReadonlySet<string> = new Set(["SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE"]);

/**
 * The item analysis of an assignment from its attempts. The takers are each learner's first
 * finished (submitted or expired) attempt with a score: later attempts have seen the paper. Each
 * item of a taker's paper is observed with the saved answer's score (0 when unanswered) against
 * the attempt's total; 简答题 are left out (not auto-graded), and so are questions not in
 * `questionTypes`. One entry per item observed, in no particular order.
 */
export function analyseItems(attempts: readonly AnalysedAttempt[], questionTypes: ReadonlyMap<string, string>): ItemStatistics[] {
  const takers = new Map<string, AnalysedAttempt>();
  for (const attempt of attempts) {
    if (attempt.status === "IN_PROGRESS" || attempt.score === null) continue;
    const earlier = takers.get(attempt.userId);
    if (!earlier || attempt.number < earlier.number) takers.set(attempt.userId, attempt);
  }
  const items = new Map<string, { observations: ItemObservation[]; choices: string[][] }>();
  for (const taker of takers.values()) {
    const responses = new Map(taker.responses.map((response) => [response.questionId, response]));
    for (const questionId of taker.questionIds) {
      const type = questionTypes.get(questionId);
      if (type === undefined || type === "SHORT_ANSWER") continue;
      const item = items.get(questionId) ?? { observations: [], choices: [] };
      items.set(questionId, item);
      const response = responses.get(questionId);
      item.observations.push({ attemptId: taker.id, itemScore: response?.score ?? 0, total: taker.score! });
      if (response && CHOICE_TYPES.has(type)) item.choices.push(chosenKeys(response.answer));
    }
  }
  return [...items].map(([questionId, { observations, choices }]) => ({
    questionId,
    takers: observations.length,
    facility: facilityIndex(observations.map((row) => row.itemScore)),
    discrimination: discriminationIndex(observations),
    pointBiserial: pointBiserial(observations),
    optionCounts: optionFrequencies(choices),
  }));
}

/** The option keys an answer names: each element of a list, or the one value (判断: "true"/"false"). */
function chosenKeys(answer: unknown): string[] {
  return (Array.isArray(answer) ? answer : [answer]).map((key) => String(key));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
