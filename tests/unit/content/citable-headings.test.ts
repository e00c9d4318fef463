import { describe, expect, it } from "vitest";
import { buildCourse } from "@/lib/content";
import { isUncitableHeading, isUncitableModuleTitle } from "@/lib/content/structure/citable-headings";
import type { Section } from "@/lib/content/types";

function allSections(sections: Section[]): Section[] {
  return sections.flatMap((section) => [section, ...allSections(section.sections)]);
}

async function build(lines: string[]) {
  return buildCourse({ title: "课程", description: "测试", documents: [{ path: "a.txt" }] }, [{ path: "a.txt", bytes: new TextEncoder().encode(lines.join("\n")) }]);
}

describe("headings no one cites (issue 16)", () => {
  it("are debris: a wrapped line's tail, a news lead, a document number, no word at all", () => {
    // The tail of a byline wrapped over two lines, and brackets opened and never closed.
    expect(isUncitableHeading("版）")).toBe(true);
    expect(isUncitableHeading("（2024年12月30日第")).toBe(true);
    // A news lead: who spoke and when, or a sentence ending on the verb that introduces the speech.
    expect(isUncitableHeading("李四8日下午在调研基层党建工作时强调")).toBe(true);
    expect(isUncitableHeading("王五在全市组织工作会议上指出")).toBe(true);
    // The number of an order or a file.
    expect(isUncitableHeading("第12号")).toBe(true);
    expect(isUncitableHeading("某某部令第7号")).toBe(true);
    expect(isUncitableHeading("〔2019〕15号")).toBe(true);
    expect(isUncitableHeading("……")).toBe(true);
    expect(isUncitableHeading("#01")).toBe(true);
    // Real section titles stay: a numbered heading with brackets, a one-character 序, a headline of what someone stressed.
    expect(isUncitableHeading("（二）加强农村突出环境问题综合治理")).toBe(false);
    expect(isUncitableHeading("序")).toBe(false);
    // A reporter's name alone under an article's title is a byline; three-character words opening with a surname's
    // character, and two-character headings, stay.
    expect(isUncitableHeading("王小明")).toBe(true);
    expect(isUncitableHeading("李大伟")).toBe(true);
    expect(isUncitableHeading("高质量")).toBe(false);
    expect(isUncitableHeading("方法论")).toBe(false);
    expect(isUncitableHeading("文化")).toBe(false);
    expect(isUncitableHeading("某某多次强调要把基层减负作为头等大事来抓")).toBe(false);
    expect(isUncitableHeading("保持党同人民群众的血肉联系的意义所在（二）")).toBe(false);
    expect(isUncitableHeading("2.4 要善于正确处理人民内部矛盾")).toBe(false);
    // A time in brackets is a note on when a part of a plan takes place, no news lead.
    expect(isUncitableHeading("活动时间表（11月28日下午）")).toBe(false);
    expect(isUncitableHeading("收集感想（11月28日晚-11月30日中午）")).toBe(false);
    expect(isUncitableHeading("集中学习(5日上午)")).toBe(false);
  });

  it("include a module title of merged units (总则等3章), a name for the reading list", () => {
    expect(isUncitableModuleTitle("总则等3章")).toBe(true);
    expect(isUncitableModuleTitle("坚持党的领导等2节")).toBe(true);
    expect(isUncitableModuleTitle("版）")).toBe(true);
    expect(isUncitableModuleTitle("总则")).toBe(false);
    expect(isUncitableModuleTitle("第二章 巡视机构和人员")).toBe(false);
  });

  it("stay headings over their text, marked uncitable in the built course; a citable heading carries no mark", async () => {
    const order = await build([
      "违规发放津贴补贴行为处分规定",
      "某某部 某某署令",
      "第31号",
      "《违规发放津贴补贴行为处分规定》已经审议通过，现予公布，自公布之日起施行。",
      "第一条 为了加强对津贴补贴发放工作的管理，根据有关法律法规，制定本规定。",
    ]);
    const [numberLine] = allSections(order.modules[0]!.sections).filter((section) => section.title === "第31号");
    expect(numberLine?.uncitable).toBe(true);
    expect(numberLine?.passages.map((passage) => passage.text.slice(0, 5))).toEqual(["《违规发放", "第一条为了"]);

    const post = await build(["党员故事分享会", "#01", "张三同志讲述了入党初心，他说入党是一生的承诺。", "#02", "李四同志讲述了基层工作的经历，群众的认可是最大的肯定。"]);
    const sections = allSections(post.modules[0]!.sections);
    expect(sections.map((section) => [section.title, section.uncitable])).toEqual([
      ["#01", true],
      ["#02", true],
    ]);
    expect(sections.flatMap((section) => section.passages)).toHaveLength(2);
    expect(post.modules[0]!.uncitable).toBeUndefined();

    const essay = await build(["坚持群众路线", "一、为什么要坚持群众路线", "群众路线是党的生命线和根本工作路线。"]);
    const [heading] = allSections(essay.modules[0]!.sections);
    expect(heading!.title).toBe("为什么要坚持群众路线");
    expect("uncitable" in heading!).toBe(false);
  });
});
