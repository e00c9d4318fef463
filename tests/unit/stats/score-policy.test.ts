import { describe, expect, test } from "vitest";
import { countedScore, percentOf, resultsVisible, scoreHistogram } from "@/lib/stats/score-policy";
import { acceptsAnswers, examDeadline, handedInAt, isOverdue } from "@/lib/server/exams/exam-clock";

const attempts = [
  { number: 1, score: 6, maxScore: 10 },
  { number: 3, score: 7, maxScore: 10 },
  { number: 2, score: 9, maxScore: 10 },
];

describe("scoring policies", () => {
  test("the counted score is the best, the last or the mean attempt, in percent", () => {
    expect(countedScore(attempts, "BEST")).toBe(90);
    expect(countedScore(attempts, "LAST")).toBe(70);
    expect(countedScore(attempts, "AVERAGE")).toBe(73.3);
    expect(countedScore([], "BEST")).toBeNull();
  });

  test("percent tolerates draws with different maxima and an empty paper", () => {
    expect(percentOf(3, 8)).toBe(37.5);
    expect(percentOf(0, 0)).toBe(0);
  });

  test("results show at once, after the window closes, or never", () => {
    const closesAt = new Date("2026-03-01T10:00:00Z");
    const before = new Date("2026-03-01T09:59:59Z");
    expect(resultsVisible("IMMEDIATELY", closesAt, before)).toBe(true);
    expect(resultsVisible("AFTER_CLOSE", closesAt, before)).toBe(false);
    expect(resultsVisible("AFTER_CLOSE", closesAt, closesAt)).toBe(true);
    expect(resultsVisible("NEVER", closesAt, new Date("2030-01-01T00:00:00Z"))).toBe(false);
  });

  test("the histogram has ten bins and 100 falls in the last", () => {
    expect(scoreHistogram([0, 9.9, 10, 55, 100, 100])).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
  });
});

describe("exam deadlines", () => {
  const startedAt = new Date("2026-03-01T09:00:00Z");
  const closesAt = new Date("2026-03-01T09:20:00Z");

  test("the deadline is the earlier of the time limit and the close when late submissions are refused", () => {
    expect(examDeadline({ startedAt, timeLimitSeconds: 600, closesAt, latePolicy: "REFUSE" })?.toISOString()).toBe("2026-03-01T09:10:00.000Z");
    expect(examDeadline({ startedAt, timeLimitSeconds: 3600, closesAt, latePolicy: "REFUSE" })?.toISOString()).toBe("2026-03-01T09:20:00.000Z");
    expect(examDeadline({ startedAt, timeLimitSeconds: 3600, closesAt, latePolicy: "ACCEPT_MARKED_LATE" })?.toISOString()).toBe("2026-03-01T10:00:00.000Z");
    expect(examDeadline({ startedAt, timeLimitSeconds: null, closesAt, latePolicy: "ACCEPT_MARKED_LATE" })).toBeNull();
  });

  test("an attempt is overdue only after the grace period", () => {
    const deadline = new Date("2026-03-01T09:10:00Z");
    expect(isOverdue(deadline, new Date("2026-03-01T09:10:05Z"))).toBe(false);
    expect(isOverdue(deadline, new Date("2026-03-01T09:10:11Z"))).toBe(true);
    expect(isOverdue(null, new Date("2030-01-01T00:00:00Z"))).toBe(false);
  });

  test("answers are taken up to the deadline itself, not in the grace; a hand-in in the grace counts as of the deadline", () => {
    const deadline = new Date("2026-03-01T09:10:00Z");
    expect(acceptsAnswers(deadline, deadline)).toBe(true);
    expect(acceptsAnswers(deadline, new Date("2026-03-01T09:10:00.001Z"))).toBe(false);
    expect(acceptsAnswers(null, new Date("2030-01-01T00:00:00Z"))).toBe(true);
    expect(handedInAt(deadline, new Date("2026-03-01T09:09:00Z")).toISOString()).toBe("2026-03-01T09:09:00.000Z");
    expect(handedInAt(deadline, new Date("2026-03-01T09:10:05Z")).toISOString()).toBe("2026-03-01T09:10:00.000Z");
    expect(handedInAt(null, new Date("2030-01-01T00:00:00Z")).toISOString()).toBe("2030-01-01T00:00:00.000Z");
  });
});
