import { describe, expect, test } from "vitest";
import { formatDate, formatDateTime, toShanghaiLocal } from "@/lib/format/date-time";

describe("dates and times in 北京时间", () => {
  test("an instant is written as the Shanghai wall clock, to the minute, with dashes and a space", () => {
    expect(formatDateTime(new Date("2026-12-03T06:05:59Z"))).toBe("2026-12-03 14:05");
  });

  test("an instant after 16:00 UTC falls on the next Shanghai day", () => {
    const lateUtc = new Date("2026-12-31T16:30:00Z");
    expect(formatDateTime(lateUtc)).toBe("2027-01-01 00:30");
    expect(formatDate(lateUtc)).toBe("2027-01-01");
  });

  test("single-digit months, days, hours and minutes are zero-padded", () => {
    expect(formatDateTime(new Date("2026-01-04T23:07:00Z"))).toBe("2026-01-05 07:07");
  });

  test("the datetime-local value is the same wall clock with a T", () => {
    expect(toShanghaiLocal(new Date("2026-12-03T06:05:00Z"))).toBe("2026-12-03T14:05");
  });
});
