import { describe, expect, it } from "vitest";
import { buildCourse } from "@/lib/content/build-course";
import { inspectDocument } from "@/lib/content/inspect-document";
import { checkDocumentInvariants } from "@/lib/content/quality/document-invariants";
import { isProperTitle } from "@/lib/content/structure/clean-title";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A document built as an upload is: no title given, the pipeline's own. */
async function upload(fileName: string, text: string) {
  const course = await buildCourse({ title: "课程", description: "课程", documents: [{ path: fileName }] }, [{ path: fileName, bytes: utf8(text) }]);
  return course.reports[0]!;
}

describe("a document's title", () => {
  it("is no clause of its first paragraph: a text that opens with a sentence has none, its name is for display only", async () => {
    const reported = ["二十届中央纪委三次全会强调，“加大对行贿行为惩治力度”。实践中，行贿方式越发隐蔽。", "", "一、直接故意与间接故意", "", "行贿人对行贿结果的发生有明确认知。"].join("\n");
    const report = await upload("xinghui.md", reported);
    expect(report.untitled).toBe(true);
    expect(report.metadata?.title).toBeUndefined();
    // The reading view still needs a name: today's, the opening clause.
    expect(report.title).toBe("二十届中央纪委三次全会强调");
    const provision = ["刑法第一百六十六条对亲友非法牟利罪作出规定，根据该规定，国有企业工作人员利用职务便利牟利的，构成本罪。", "", "一、理解立法原意", "", "加大对这方面犯罪的查处，有利于打击腐败行径。"].join("\n");
    expect((await upload("mouli.md", provision)).untitled).toBe(true);
  });

  it("is no generic heading (典型案例) nor a template's label (Word文档：正文+新闻标题) standing first", async () => {
    const caseStudy = ["【典型案例】", "", "甲系国有企业总经理，乙为甲多年的朋友。2010年，乙向甲表示希望做点业务。", "", "【分歧意见】", "", "第一种意见认为，甲构成受贿罪。"].join("\n");
    const report = await upload("anli.md", caseStudy);
    expect(report.untitled).toBe(true);
    expect(report.metadata?.title).toBeUndefined();
    const template = ["Word文档：正文+新闻标题", "", "3月24日，学院举办党员经验交流活动，同学们纷纷表示受益匪浅。", "", "随后，培训班学员代表发言。"].join("\n");
    expect((await upload("ziliao.txt", template)).untitled).toBe(true);
  });

  it("is a title line, or a heading above the first paragraph, when the text prints one", async () => {
    const titled = ["严格依规依纪依法收集审查证据的实践思考", "", "证据是审查调查工作的基础。实践中，收集证据存在不少问题。", "", "一、证据收集的基本要求", "", "收集证据必须依规依纪依法。"].join("\n");
    const report = await upload("zhengju.txt", titled);
    expect(report.untitled).toBeUndefined();
    expect(report.metadata?.title).toBe("严格依规依纪依法收集审查证据的实践思考");
    const above = ["第一篇：保持党同人民群众的血肉联系的意义所在（范文）", "", "在新时期新阶段，人民群众作为时代主体的地位没有改变。", "", "一、人民群众是历史的创造者", "", "人民群众是社会物质财富和精神财富的创造者。"].join("\n");
    const aboveReport = await upload("fanwen.txt", above);
    expect(aboveReport.title).toBe("保持党同人民群众的血肉联系的意义所在");
    expect(aboveReport.untitled).toBeUndefined();
  });

  it("is a clipped note's first alias when its front matter has no title (Obsidian's web clipper keeps the post's title there)", async () => {
    const note = ["---", "aliases:", "  - 润心共育 | 字里行间蕴温情，画中笔端寄希冀", "---", "", "公共管理学院心理文化节路演活动在紫菘路口举办，50余名同学参加。", "", "大家在明信片里写下心动故事，串联起青春的记忆。"].join("\n");
    const document = await inspectDocument("runxin.md", utf8(note));
    expect(document.title).toBe("润心共育 | 字里行间蕴温情，画中笔端寄希冀");
    expect(document.untitled).toBeUndefined();
    const inline = note.replace("aliases:\n  - 润心共育 | 字里行间蕴温情，画中笔端寄希冀", "aliases: [心有光，入红巷]");
    expect((await inspectDocument("hongxiang.md", utf8(inline))).title).toBe("心有光，入红巷");
  });

  it("names a document only when it is no generic heading, template label, clause cut at its verb or numbered item", () => {
    for (const title of ["典型案例", "【典型案例】", "参考答案", "基本案情：", "Word文档：正文+新闻标题", "二十届中央纪委三次全会强调", "1. 习近平指出", "（二）主要做法", "2020年1月学习材料", "【2021年3月学习材料】", "党员学习资料汇编"]) expect(isProperTitle(title), title).toBe(false);
    for (const title of ["中国共产党章程", "情与理不能改变法", "典型案例评析：挪用公款罪的追诉时效", "常见职务犯罪解读 | 介绍贿赂罪", "毛概模拟试卷参考答案", "党员领导干部廉洁从政的基本要求", "“两个确立”的提出", "学习材料的选编原则与使用方法"]) expect(isProperTitle(title), title).toBe(true);
  });

  it("that names no document breaks the sentence-title invariant when a course gives it (a manifest's title)", async () => {
    const text = "习近平指出，要立足中华民族伟大复兴战略全局和世界百年未有之大变局。\n\n大学生要在科学高尚的人生观指引下，正确对待人生矛盾。";
    const given = await buildCourse({ title: "课程", description: "课程", documents: [{ path: "wenda.md", title: "习近平指出" }] }, [{ path: "wenda.md", bytes: utf8(text) }]);
    const quality = checkDocumentInvariants({ fileName: "wenda.md", sourceText: text, course: given });
    expect(quality.violations.find((violation) => violation.invariant === "sentence-title")?.examples).toContain("习近平指出");
    // An upload of the same text is untitled: its display name breaks nothing.
    const uploaded = await buildCourse({ title: "课程", description: "课程", documents: [{ path: "wenda.md" }] }, [{ path: "wenda.md", bytes: utf8(text) }]);
    expect(uploaded.reports[0]!.untitled).toBe(true);
    expect(checkDocumentInvariants({ fileName: "wenda.md", sourceText: text, course: uploaded }).violations.map((violation) => violation.invariant)).not.toContain("sentence-title");
  });

  it("is never the first of a run of sibling headings (一、/二、, 1./2., one question heading of many): that line opens the first section", async () => {
    const chapters = ["一、组织生活的意义", "", "组织生活是党员教育管理的基本形式，支部要按时开展。", "", "二、组织生活的形式", "", "支部党员大会、支委会和党小组会按期召开。"].join("\n");
    const sections = await upload("zuzhi.md", chapters);
    expect(sections.untitled).toBe(true);
    expect(sections.metadata?.title).toBeUndefined();
    // The display name stays the one untitled documents get: the first heading.
    expect(sections.title).toBe("组织生活的意义");
    const steps = ["1.提交申请", "2.确定积极分子", "3.参加培训", "", "1、提交申请的时间：入学后任何时间都可以向所在支部提交。", "", "2、确定积极分子：支部讨论后报上级备案。"].join("\n");
    expect((await upload("liucheng.md", steps)).untitled).toBe(true);
    const questions = ["## 什么是三会一课？", "", "支部党员大会、支部委员会、党小组会和党课的合称。", "", "## 谁来讲党课？", "", "支部书记每年至少讲一次党课。"].join("\n");
    expect((await upload("wenda.md", questions)).untitled).toBe(true);
  });

  it("is still the title line above such a run, and a lone question or a first heading no sibling follows is read as before", async () => {
    const titled = ["支部组织生活指南", "", "一、组织生活的意义", "", "组织生活是党员教育管理的基本形式，支部要按时开展。", "", "二、组织生活的形式", "", "支部党员大会、支委会和党小组会按期召开。"].join("\n");
    const report = await upload("zhinan.md", titled);
    expect(report.untitled).toBeUndefined();
    expect(report.title).toBe("支部组织生活指南");
    const lone = ["为什么要开好组织生活会？组织生活会是党员开展批评和自我批评的重要方式。", "", "支部要提前谈心谈话，会上认真查摆问题。"].join("\n");
    expect((await upload("shenghuohui.md", lone)).title).toBe("为什么要开好组织生活会");
    const single = ["一、组织生活的意义", "", "组织生活是党员教育管理的基本形式，支部要按时开展。", "", "支部党员大会、支委会和党小组会按期召开。"].join("\n");
    expect((await upload("yiyi.md", single)).title).toBe("组织生活的意义");
  });
});
