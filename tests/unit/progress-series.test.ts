import { describe, expect, test } from "vitest";
import { addDays, dayRange, dueForecast, fillDays, weekStart, weeklyAccuracy } from "@/lib/progress/series";

describe("day series", () => {
  test("dayRange lists the days ending with the last, across a month end", () => {
    expect(dayRange("2026-03-02", 4)).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  test("fillDays puts zeros on days without rows and sums duplicate days", () => {
    const rows = [{ day: "2026-03-01", n: 3 }, { day: "2026-03-01", n: 2 }, { day: "2026-02-01", n: 9 }];
    expect(fillDays(rows, dayRange("2026-03-02", 3), (row) => row.n)).toEqual([
      { day: "2026-02-28", value: 0 },
      { day: "2026-03-01", value: 5 },
      { day: "2026-03-02", value: 0 },
    ]);
  });
});

describe("weeklyAccuracy", () => {
  test("groups days into ISO weeks starting on Monday", () => {
    expect(weekStart("2026-11-23")).toBe("2026-11-23"); // a Monday
    expect(weekStart("2026-11-29")).toBe("2026-11-23"); // Sunday
    expect(weekStart("2026-11-22")).toBe("2026-11-16");
  });

  test("accuracy is correct over answered per week; weeks without answers are null; older rows are dropped", () => {
    const rows = [
      { day: "2026-11-24", answered: 4, correct: 3 },
      { day: "2026-11-26", answered: 6, correct: 6 },
      { day: "2026-11-17", answered: 5, correct: 1 },
      { day: "2026-01-01", answered: 100, correct: 0 },
    ];
    expect(weeklyAccuracy(rows, "2026-11-26", 3)).toEqual([
      { start: "2026-11-09", answered: 0, correct: 0, accuracy: null },
      { start: "2026-11-16", answered: 5, correct: 1, accuracy: 0.2 },
      { start: "2026-11-23", answered: 10, correct: 9, accuracy: 0.9 },
    ]);
  });
});

describe("dueForecast", () => {
  test("overdue cards count today, later days keep their counts, beyond the window is dropped", () => {
    const rows = [
      { day: "2026-11-01", cards: 2 },
      { day: "2026-11-20", cards: 1 },
      { day: "2026-11-20", cards: 1 },
      { day: "2026-11-22", cards: 3 },
      { day: "2026-11-25", cards: 7 },
    ];
    expect(dueForecast(rows, "2026-11-20", 3)).toEqual([
      { day: "2026-11-20", value: 4 },
      { day: "2026-11-21", value: 0 },
      { day: "2026-11-22", value: 3 },
    ]);
  });
});
