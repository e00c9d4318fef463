import { describe, expect, test } from "vitest";
import { formatScore } from "@/lib/format/score";

describe("a paper's score as learners read it", () => {
  test("questions right of the paper, then the score out of 100", () => {
    expect(formatScore({ right: 7, total: 18, percent: 38.88888 })).toBe("7/18 题 · 38.9 分");
  });

  test("a whole score has no decimal", () => {
    expect(formatScore({ right: 10, total: 10, percent: 100 })).toBe("10/10 题 · 100 分");
  });

  test("without a known count only the score is given", () => {
    expect(formatScore({ right: null, total: 18, percent: 72.5 })).toBe("72.5 分");
  });
});
