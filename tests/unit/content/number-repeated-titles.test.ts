import { describe, expect, it } from "vitest";
import { buildCourse } from "@/lib/content/build-course";
import { numberRepeatedModuleTitles, repeatNumber } from "@/lib/content/number-repeated-titles";
import type { Module, Section } from "@/lib/content/types";

function section(title: string, implicit: boolean, sections: Section[] = []): Section {
  return { id: `s-${title}`, title, numbering: "", implicit, passages: [], sections };
}

function module(id: string, title: string, sections: Section[] = [section(title, true)]): Module {
  return { id, title, source: "a.txt", sections, knowledgePoints: [] };
}

const encoder = new TextEncoder();

describe("repeatNumber", () => {
  it("writes 1–99 as Chinese numerals and larger numbers in digits", () => {
    expect([1, 2, 9, 10, 11, 19, 20, 21, 35, 99, 100].map(repeatNumber)).toEqual(["一", "二", "九", "十", "十一", "十九", "二十", "二十一", "三十五", "九十九", "100"]);
  });
});

describe("numberRepeatedModuleTitles", () => {
  it("keeps distinct titles, and the modules themselves, as they are", () => {
    const modules = [module("m1", "甲"), module("m2", "乙")];
    const numbered = numberRepeatedModuleTitles(modules);
    expect(numbered).toEqual(modules);
    expect(numbered[0]).toBe(modules[0]);
  });

  it("numbers the second and later modules of a title in course order, and keeps their ids", () => {
    const numbered = numberRepeatedModuleTitles([module("m1", "甲"), module("m2", "乙"), module("m3", "甲"), module("m4", "甲 ")]);
    expect(numbered.map((m) => [m.id, m.title])).toEqual([
      ["m1", "甲"],
      ["m2", "乙"],
      ["m3", "甲（二）"],
      ["m4", "甲（三）"],
    ]);
  });

  it("renames a renumbered module's implicit section with it, and no other section", () => {
    const second = module("m2", "甲", [section("甲", true), section("甲", false), section("一、总论", false, [section("甲", true)])]);
    const [, renamed] = numberRepeatedModuleTitles([module("m1", "甲"), second]);
    expect(renamed!.sections.map((s) => s.title)).toEqual(["甲（二）", "甲", "一、总论"]);
    expect(renamed!.sections[2]!.sections[0]!.title).toBe("甲（二）");
    expect(second.title).toBe("甲");
    expect(second.sections[0]!.title).toBe("甲");
  });

  it("numbers against the titles a course already has", () => {
    const numbered = numberRepeatedModuleTitles([module("m1", "甲"), module("m2", "乙"), module("m3", "甲")], ["甲", "丙"]);
    expect(numbered.map((m) => m.title)).toEqual(["甲（二）", "乙", "甲（三）"]);
  });

  it("skips a number whose title is already taken as written", () => {
    const numbered = numberRepeatedModuleTitles([module("m1", "甲（二）"), module("m2", "甲"), module("m3", "甲")]);
    expect(numbered.map((m) => m.title)).toEqual(["甲（二）", "甲", "甲（三）"]);
  });

  it("gives no two modules the same title, whatever the titles", () => {
    const titles = ["甲", "甲", "甲（二）", "乙", "甲", "甲（二）", "乙（二）", "乙"];
    const numbered = numberRepeatedModuleTitles(titles.map((title, index) => module(`m${index}`, title)), ["乙", "甲（三）"]);
    const all = [...numbered.map((m) => m.title), "乙", "甲（三）"];
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("buildCourse", () => {
  it("numbers two essays of one collection that share a title, keeping the ids they had", async () => {
    const text = [
      "第一篇：浅谈党群关系",
      "党群关系是党的建设的核心问题，事关党的执政基础和执政地位。新时期新阶段，我们必须始终把密切党群关系放在重要位置，认真研究群众工作面临的新情况新问题。",
      "一、问题的提出",
      "当前，一些党员干部宗旨意识淡薄，脱离群众、脱离实际的现象时有发生，损害了党在人民群众中的形象。对此，必须从思想上、制度上、作风上采取有力措施。",
      "第二篇：浅谈党群关系",
      "改革开放以来，我国社会结构深刻变动，利益格局深刻调整，人民群众的思想观念和利益诉求日益多样，这对新形势下做好群众工作提出了更高要求。",
      "一、对策与建议",
      "密切党群关系，关键在于建立健全联系群众的长效机制，畅通社情民意表达渠道，让群众的意见能够及时反映上来，让群众的困难能够及时得到解决。",
    ].join("\n");
    const documents = [{ path: "essays.txt", bytes: encoder.encode(text) }];
    const course = await buildCourse({ title: "测试课程", description: "测试", documents: [{ path: "essays.txt" }] }, documents);
    expect(course.modules.map((m) => m.title)).toEqual(["浅谈党群关系", "浅谈党群关系（二）"]);
    expect(new Set(course.modules.map((m) => m.id)).size).toBe(2);
    const unnumbered = await buildCourse({ title: "测试课程", description: "测试", documents: [{ path: "essays.txt" }] }, documents, { numberTitles: false });
    expect(unnumbered.modules.map((m) => m.title)).toEqual(["浅谈党群关系", "浅谈党群关系"]);
    const again = { ...unnumbered, modules: numberRepeatedModuleTitles(unnumbered.modules, ["浅谈党群关系"]) };
    expect(again.modules.map((m) => m.title)).toEqual(["浅谈党群关系（二）", "浅谈党群关系（三）"]);
    expect(again.modules.map((m) => m.id)).toEqual(course.modules.map((m) => m.id));
  });
});
