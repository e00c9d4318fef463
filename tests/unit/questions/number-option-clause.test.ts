import { describe, expect, it } from "vitest";
import { onlyATime } from "@/lib/questions/explanation";

describe("a wrong number option is never taught by a clause that is only a time (stop 35)", () => {
  it("tells a time fragment from a clause that says what happened", () => {
    expect(onlyATime("所以在1945年8月下旬")).toBe(true);
    expect(onlyATime("1939年11月上旬")).toBe(true);
    expect(onlyATime("总计从1946年7月至1947年6月止")).toBe(true);
    expect(onlyATime("增长4.2%、5.3%")).toBe(true);
    expect(onlyATime("1947年3月开始改为重点进攻山东、陕北解放区")).toBe(false);
    expect(onlyATime("在材料形成后1个月内主动移交")).toBe(false);
  });

  it("tells a bare frequency from a clause that says whose it is (stop 38)", () => {
    expect(onlyATime("每月1-2次")).toBe(true);
    expect(onlyATime("每年至少召开两次")).toBe(true);
    expect(onlyATime("理事会每年至少召开两次")).toBe(false);
    expect(onlyATime("兴趣小组每周活动1次")).toBe(false);
  });
});
