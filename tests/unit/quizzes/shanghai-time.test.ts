import { describe, expect, test } from "vitest";
import { DEFAULT_POINTS_BY_TYPE, resolvePointsByType } from "@/lib/quizzes/points-by-type";
import { toShanghaiLocal } from "@/lib/format/date-time";
import { defaultAssignmentWindow, parseShanghaiLocal } from "@/lib/quizzes/shanghai-time";

describe("Asia/Shanghai datetime-local values", () => {
  test("a local time is eight hours ahead of UTC, and reads back the same", () => {
    const date = parseShanghaiLocal("2026-12-01T09:00");
    expect(date?.toISOString()).toBe("2026-12-01T01:00:00.000Z");
    expect(toShanghaiLocal(date!)).toBe("2026-12-01T09:00");
    expect(parseShanghaiLocal("2027-01-01T03:30")?.toISOString()).toBe("2026-12-31T19:30:00.000Z");
  });

  test("malformed or impossible values are null", () => {
    for (const value of ["", "2026-12-01", "2026-12-01 09:00", "2026-02-30T10:00", "2026-12-01T24:00", "tomorrow"]) {
      expect(parseShanghaiLocal(value)).toBeNull();
    }
  });

  test("the default window runs a week from the current minute", () => {
    expect(defaultAssignmentWindow(new Date("2026-11-23T14:45:31Z"))).toEqual({ opensAt: "2026-11-23T22:45", closesAt: "2026-11-30T22:45" });
  });
});

describe("points per type", () => {
  test("stored points override the defaults; junk is ignored", () => {
    expect(resolvePointsByType(null)).toEqual(DEFAULT_POINTS_BY_TYPE);
    expect(resolvePointsByType({ TRUE_FALSE: 4, SINGLE_CHOICE: "x", FILL_BLANK: -1 })).toEqual({ ...DEFAULT_POINTS_BY_TYPE, TRUE_FALSE: 4 });
  });
});
