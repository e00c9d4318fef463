import { describe, expect, test } from "vitest";
import { POINTS_RULES, currentStreak, pointsProgress, pointsWithinCap, studyDay } from "@/lib/points/points-rules";

describe("points rules", () => {
  test("today's progress lists every activity once, daily habits first, earned points kept within 0 and the cap", () => {
    const progress = pointsProgress({ PRACTICE: 4, DAILY_QUIZ: 5, REVIEW: 99, QUIZ: -3 });
    expect(progress.map((row) => row.activity)).toEqual(["DAILY_QUIZ", "READING", "PRACTICE", "REVIEW", "CHALLENGE", "QUIZ"]);
    expect(progress.map((row) => row.earned)).toEqual([5, 0, 4, 10, 0, 0]);
    for (const row of progress) expect(row).toMatchObject({ label: POINTS_RULES[row.activity].label, points: POINTS_RULES[row.activity].points, dailyCap: POINTS_RULES[row.activity].dailyCap });
  });

  test("an award is cut to what is left of the daily cap", () => {
    expect(pointsWithinCap("PRACTICE", 0)).toBe(1);
    expect(pointsWithinCap("PRACTICE", 9)).toBe(1);
    expect(pointsWithinCap("PRACTICE", 10)).toBe(0);
    expect(pointsWithinCap("QUIZ", 15)).toBe(5);
    expect(pointsWithinCap("READING", 0, 10)).toBe(6);
  });

  test("the study day follows China Standard Time", () => {
    expect(studyDay(new Date("2026-03-01T15:59:00Z"))).toBe("2026-03-01");
    expect(studyDay(new Date("2026-03-01T16:00:00Z"))).toBe("2026-03-02");
  });

  test.each([
    [["2026-03-03", "2026-03-02", "2026-03-01"], "2026-03-03", 3],
    [["2026-03-02", "2026-03-01"], "2026-03-03", 2],
    [["2026-03-01"], "2026-03-03", 0],
    [["2026-03-03", "2026-03-01", "2026-03-03"], "2026-03-03", 1],
    [[], "2026-03-03", 0],
    [["2026-02-28", "2026-03-01"], "2026-03-01", 2],
  ])("days %j on %s make a streak of %i", (days, today, streak) => {
    expect(currentStreak(days, today)).toBe(streak);
  });
});
