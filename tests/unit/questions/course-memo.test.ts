import { describe, expect, it } from "vitest";
import { indexCourse } from "@/lib/questions/course-index";
import { perCourse, pureMemo } from "@/lib/questions/course-memo";

describe("course memo", () => {
  it("keeps one value per course index, never shared between courses", () => {
    const built: string[] = [];
    const memo = perCourse((index) => (built.push(index.title), new Map<string, number>()));
    const a = indexCourse({ title: "甲", modules: [] });
    const b = indexCourse({ title: "乙", modules: [] });
    memo(a).set("党章", 1);
    expect(memo(a).get("党章")).toBe(1);
    expect(memo(b).get("党章")).toBeUndefined();
    expect(built).toEqual(["甲", "乙"]);
  });

  it("remembers a pure function of a text up to its limit, with the same answers after", () => {
    let calls = 0;
    const length = pureMemo((text) => (calls++, text.length), 2);
    expect([length("党"), length("党"), length("党员"), length("党组织"), length("党")]).toEqual([1, 1, 2, 3, 1]);
    expect(calls).toBe(4);
  });
});
