import { describe, expect, it } from "vitest";
import { indexCourse, judgeTarget } from "@/lib/questions";
import { numberDistractors, numberShape } from "@/lib/questions/distractors";
import { seededRandom } from "@/lib/questions/seeded-random";
import { fitsSlotElsewhere } from "@/lib/questions/slot-check";
import { fixtureModule } from "./fixture-course";

describe("wrong options for a number", () => {
  it("take a year for a year and a count for a count (1956年 is not of one shape with 10年)", () => {
    expect(numberShape("1956年")).not.toBe(numberShape("10年"));
    expect(numberShape("1978年")).toBe(numberShape("1956年"));
    const wrong = numberDistractors("1956年", ["10年", "1962年", "3年"], 3, seededRandom("year"));
    expect(wrong).toContain("1962年");
    expect(wrong).not.toContain("10年");
    expect(wrong).not.toContain("3年");
  });

  it("take the course's years only within ten of the key (not 2006 for a 1956 sentence on 毛泽东), else years beside it", () => {
    const wrong = numberDistractors("1956年", ["1978年", "2005年", "2006年", "1949年"], 3, seededRandom("era"));
    expect(wrong).toContain("1949年");
    expect(wrong.every((year) => Math.abs(Number.parseInt(year, 10) - 1956) <= 10)).toBe(true);
  });

  it("move a period in Chinese numerals to others written the same way (五年 → 四年, 六年 …, never 5年)", () => {
    expect(numberShape("五年")).toBe(numberShape("二年"));
    expect(numberShape("五年")).not.toBe(numberShape("5年"));
    const wrong = numberDistractors("五年", ["5年"], 3, seededRandom("period"));
    expect(wrong).toHaveLength(3);
    expect(wrong.every((text) => /^[一二三四六七八九十]+年$/.test(text))).toBe(true);
    expect(numberDistractors("六个月", [], 2, seededRandom("months")).every((text) => /^[一二三四五七八九十]+个月$/.test(text))).toBe(true);
    // Two months is 两个月, never 二个月.
    expect(numberDistractors("一个月", [], 4, seededRandom("two")).filter((text) => text.startsWith("二"))).toEqual([]);
    expect(numberDistractors("一个月", [], 4, seededRandom("two"))).toContain("两个月");
  });

  it("leave out numbers of the course a hundred times larger (3人 and 300人)", () => {
    const wrong = numberDistractors("3人", ["300人", "5人", "6人"], 3, seededRandom("people"));
    expect(wrong).not.toContain("300人");
    expect(wrong).toEqual(expect.arrayContaining(["5人", "6人"]));
  });
});

describe("a wrong option the course says in the blank's place", () => {
  const course = indexCourse({ modules: [fixtureModule("准则", "一、总则", ["全党必须自觉防止和反对个人主义、分散主义、自由主义、本位主义、好人主义。", "全党必须坚决反对形式主义、官僚主义、享乐主义和奢靡之风。"], [], "mod_w")] });
  const stem = "全党必须坚决反对形式主义、官僚主义、享乐主义和奢靡之风。";
  const blank = { start: stem.indexOf("形式主义"), end: stem.indexOf("，") < 0 ? stem.length - 1 : stem.indexOf("，") };

  it("is also right when the words before the blank lead a list of the course that holds it", () => {
    expect(fitsSlotElsewhere(course, stem, blank, "好人主义")).toBe(true);
    expect(fitsSlotElsewhere(course, stem, blank, "分散主义")).toBe(true);
    expect(fitsSlotElsewhere(course, stem, blank, "拜金主义")).toBe(false);
  });
});

describe("the theme of a course of several documents", () => {
  it("is what the course is about, not a key, when more than half its documents hold it and the lexicon does not", () => {
    const documents = ["党群关系的现状", "密切联系群众的意义", "作风建设的路径", "执政能力"].map((title, at) =>
      fixtureModule(title, "一、引言", at === 0 ? ["必须密切联系群众，改进工作方法。", "要完善利益表达机制。"] : [at < 3 ? "必须密切联系群众，改进工作方法。" : "要完善利益表达机制。"], [], `mod_t${at}`),
    );
    const index = indexCourse({ modules: documents });
    expect(judgeTarget("密切联系群众", index)).toBe("generic");
    expect(judgeTarget("利益表达机制", index)).toBe("ok");
    expect(judgeTarget("密切联系群众", indexCourse({ modules: documents.slice(0, 2) }))).not.toBe("generic");
  });
});
