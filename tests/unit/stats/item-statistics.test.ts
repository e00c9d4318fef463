import { describe, expect, test } from "vitest";
import {
  analyseItems,
  difficultyFromFacility,
  discriminationIndex,
  facilityIndex,
  groupSize,
  itemFlags,
  optionFrequencies,
  pointBiserial,
  type AnalysedAttempt,
  type ItemObservation,
} from "@/lib/stats/item-statistics";

/**
 * Ten takers t01…t10 with totals 10, 9, …, 1 and item scores x = 1 1 0 1 1 0 1 0 0 0.
 * By hand:
 *   facility p = 5 / 10 = 0.5
 *   27% group size = round(0.27 · 10) = round(2.7) = 3
 *   upper (totals 10, 9, 8) item scores 1, 1, 0 → 2/3; lower (totals 1, 2, 3) 0, 0, 0 → 0
 *   D = 2/3 − 0 = 0.6667
 *   point-biserial: mean x = 0.5, mean y = 5.5; deviations dy = 4.5 3.5 2.5 1.5 0.5 −0.5 −1.5 −2.5 −3.5 −4.5,
 *   dx = ±0.5 → Σ dx·dy = 0.5 · (4.5 + 3.5 − 2.5 + 1.5 + 0.5 + 0.5 − 1.5 + 2.5 + 3.5 + 4.5) = 0.5 · 17 = 8.5
 *   Σ dx² = 10 · 0.25 = 2.5; Σ dy² = 2 · (20.25 + 12.25 + 6.25 + 2.25 + 0.25) = 82.5
 *   r = 8.5 / √(2.5 · 82.5) = 8.5 / √206.25 = 8.5 / 14.3614 = 0.59186
 */
const TEN: ItemObservation[] = [1, 1, 0, 1, 1, 0, 1, 0, 0, 0].map((itemScore, index) => ({
  attemptId: `t${String(index + 1).padStart(2, "0")}`,
  itemScore,
  total: 10 - index,
}));

/**
 * Five takers A…E with totals 9 7 5 3 1.
 * Item "good": 1 1 0 1 0. p = 3/5 = 0.6; groups of round(1.35) = 1: upper A (1), lower E (0) → D = 1.
 *   dx = .4 .4 −.6 .4 −.6, dy = 4 2 0 −2 −4: Σ dx·dy = 1.6 + 0.8 + 0 − 0.8 + 2.4 = 4; Σ dx² = 1.2; Σ dy² = 40
 *   r = 4 / √48 = 0.57735 (= 1/√3)
 * Item "bad" (the reverse of the best takers): 0 0 1 0 1. p = 0.4, D = 0 − 1 = −1, r = −0.57735.
 */
const totals = [9, 7, 5, 3, 1];
const five = (scores: number[]): ItemObservation[] => scores.map((itemScore, index) => ({ attemptId: "ABCDE"[index]!, itemScore, total: totals[index]! }));

describe("item statistics", () => {
  test("facility is the mean item score", () => {
    expect(facilityIndex(TEN.map((row) => row.itemScore))).toBe(0.5);
    expect(facilityIndex([1, 0.5, 0])).toBe(0.5);
    expect(facilityIndex([])).toBeNull();
  });

  test("the 27% groups hold round(0.27·n) takers, at least one", () => {
    expect(groupSize(10)).toBe(3);
    expect(groupSize(5)).toBe(1);
    expect(groupSize(100)).toBe(27);
    expect(groupSize(1)).toBe(1);
    expect(groupSize(0)).toBe(0);
  });

  test("discrimination and point-biserial match the values computed by hand", () => {
    expect(discriminationIndex(TEN)).toBeCloseTo(2 / 3, 10);
    expect(pointBiserial(TEN)).toBeCloseTo(0.59186, 5);
    expect(discriminationIndex(five([1, 1, 0, 1, 0]))).toBe(1);
    expect(pointBiserial(five([1, 1, 0, 1, 0]))).toBeCloseTo(1 / Math.sqrt(3), 10);
    expect(discriminationIndex(five([0, 0, 1, 0, 1]))).toBe(-1);
    expect(pointBiserial(five([0, 0, 1, 0, 1]))).toBeCloseTo(-1 / Math.sqrt(3), 10);
  });

  test("the result does not depend on the input order, and ties in the total break by attempt id", () => {
    expect(discriminationIndex([...TEN].reverse())).toBeCloseTo(2 / 3, 10);
    // All totals equal: upper = lowest id (a, score 1), lower = highest id (d, score 0).
    const tied = ["a", "b", "c", "d"].map((attemptId, index) => ({ attemptId, itemScore: index === 0 ? 1 : 0, total: 5 }));
    expect(discriminationIndex(tied)).toBe(1);
    expect(pointBiserial(tied)).toBeNull();
  });

  test("with fewer than two takers or no variation there is no discrimination to report", () => {
    expect(discriminationIndex([{ attemptId: "x", itemScore: 1, total: 3 }])).toBeNull();
    expect(pointBiserial(five([1, 1, 1, 1, 1]))).toBeNull();
  });

  test("option frequencies count each taker once per key chosen", () => {
    expect(optionFrequencies([["A"], ["A", "C"], ["B"], ["A", "A"]])).toEqual({ A: 3, B: 1, C: 1 });
  });

  test("items with negative or near-zero discrimination or extreme facility are flagged", () => {
    expect(itemFlags({ facility: 0.5, discrimination: 0.4 })).toEqual([]);
    expect(itemFlags({ facility: 0.5, discrimination: -0.1 })).toEqual(["NEGATIVE_DISCRIMINATION"]);
    expect(itemFlags({ facility: 0.5, discrimination: 0.1 })).toEqual(["LOW_DISCRIMINATION"]);
    expect(itemFlags({ facility: 0.95, discrimination: 0.3 })).toEqual(["TOO_EASY"]);
    expect(itemFlags({ facility: 0.1, discrimination: 0 })).toEqual(["LOW_DISCRIMINATION", "TOO_HARD"]);
    expect(itemFlags({ facility: 0.9, discrimination: 0.2 })).toEqual([]);
    expect(itemFlags({ facility: null, discrimination: null })).toEqual([]);
  });

  test("difficulty is learned as 1 − facility once five takers answered", () => {
    expect(difficultyFromFacility(0.6, 5)).toBe(0.4);
    expect(difficultyFromFacility(0.333, 12)).toBe(0.67);
    expect(difficultyFromFacility(0.6, 4)).toBeNull();
    expect(difficultyFromFacility(null, 50)).toBeNull();
  });

  test("equal fractions do not vary: no point-biserial, though their sum leaves rounding noise", () => {
    const thirds = Array.from({ length: 10 }, (_, index) => ({ attemptId: `a${index}`, itemScore: 1 / 3, total: index }));
    expect(pointBiserial(thirds)).toBeNull();
  });

  test("analyseItems: each learner's first finished attempt with a score is a taker; 简答 and unknown questions are left out", () => {
    const attempt = (id: string, userId: string, number: number, status: AnalysedAttempt["status"], score: number | null, good: number | null): AnalysedAttempt => ({
      id,
      userId,
      number,
      status,
      score,
      questionIds: ["good", "short", "gone"],
      responses: good === null ? [] : [{ questionId: "good", score: good, answer: good ? ["A"] : ["B", "B"] }, { questionId: "short", score: null, answer: "…" }],
    });
    const attempts = [
      ...[9, 7, 5, 3, 1].map((total, index) => attempt("ABCDE"[index]!, `u${index}`, 1, index === 4 ? "EXPIRED" : "SUBMITTED", total, [1, 1, 0, 1, null][index]!)),
      attempt("A2", "u0", 2, "SUBMITTED", 10, 0), // a retake: not a first attempt
      attempt("F", "u5", 1, "IN_PROGRESS", null, 1), // not finished
      attempt("G", "u6", 1, "SUBMITTED", null, 1), // not scored
    ];
    const types = new Map([["good", "SINGLE_CHOICE"], ["short", "SHORT_ANSWER"]]);
    const [good, ...others] = analyseItems(attempts, types);
    expect(others).toEqual([]);
    // E skipped the item: item score 0 — the "good" item of the five takers above.
    expect(good).toEqual({ questionId: "good", takers: 5, facility: 0.6, discrimination: 1, pointBiserial: expect.closeTo(1 / Math.sqrt(3), 10), optionCounts: { A: 3, B: 1 } });
  });
});
