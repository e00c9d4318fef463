import { describe, expect, test } from "vitest";
import { PRACTICE_MODE_ORDER, PRACTICE_MODES, formatStudyTime } from "@/lib/format/practice-modes";

describe("practice modes", () => {
  test("the six named modes, each with one line, in the page's order", () => {
    expect(PRACTICE_MODE_ORDER.map((mode) => PRACTICE_MODES[mode].name)).toEqual(["每日一练", "专项练习", "错题重练", "背题模式", "未做优先", "挑战答题"]);
    for (const mode of PRACTICE_MODE_ORDER) expect(PRACTICE_MODES[mode].line).toMatch(/^[^\n]{8,40}。$/);
  });

  test("study time reads as seconds, minutes and seconds, or hours and minutes", () => {
    expect([0, 45, 60, 185, 3599, 3600, 3725, -3].map(formatStudyTime)).toEqual(["0 秒", "45 秒", "1 分 00 秒", "3 分 05 秒", "59 分 59 秒", "1 小时 00 分", "1 小时 02 分", "0 秒"]);
  });
});
