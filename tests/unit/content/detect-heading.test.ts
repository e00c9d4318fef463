import { describe, expect, it } from "vitest";
import { detectHeading, mayOpenHeading } from "@/lib/content/detect-heading";

describe("detectHeading", () => {
  it.each([
    ["第一篇：党群关系的分析与对策", "part", "党群关系的分析与对策"],
    ["第二章 新阶段党群关系的特点", "chapter", "新阶段党群关系的特点"],
    ["第三节 组织机制", "section", "组织机制"],
    ["一、密切联系群众动力不足的原因", "cn-num", "密切联系群众动力不足的原因"],
    ["（一）思想意识薄弱", "cn-paren", "思想意识薄弱"],
    ["(二) 协调利益", "cn-paren", "协调利益"],
    ["1、利益诉求的多元化", "arabic", "利益诉求的多元化"],
    ["2.解决作风建设上的突出问题", "arabic", "解决作风建设上的突出问题"],
    ["2.1高高在上，脱离群众。", "arabic-multi", "高高在上，脱离群众"],
    ["（1）完善信息畅通机制", "arabic-paren", "完善信息畅通机制"],
    ["①坚持群众路线", "circled", "坚持群众路线"],
    ["三、结束语", "cn-num", "结束语"],
  ])("recognises %s as a %s heading", (line, style, title) => {
    expect(detectHeading(line)).toMatchObject({ style, title, rest: "" });
  });

  it("nests headings by rank in the usual order", () => {
    const ranks = ["第一篇：甲", "第一章 乙", "第一节 丙", "一、丁", "（一）戊", "1.己", "1.1庚", "（1）辛", "①壬"].map((line) => detectHeading(line)!.rank);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(new Set(ranks).size).toBe(ranks.length);
  });

  it("splits a heading from the first sentence of its paragraph on the same line", () => {
    expect(detectHeading("（一）加强思想教育，牢固树立执政为民理念。思想是行动的向导，要教育广大党员干部。")).toMatchObject({
      title: "加强思想教育，牢固树立执政为民理念",
      rest: "思想是行动的向导，要教育广大党员干部。",
    });
    expect(detectHeading("一、牢固树立人民群众是历史创造者的观念 人民群众是社会的主体，是历史的创造者。")).toMatchObject({
      title: "牢固树立人民群众是历史创造者的观念",
      rest: "人民群众是社会的主体，是历史的创造者。",
    });
  });

  it("reads an ordinal followed by a comma as a sentence, not a heading", () => {
    expect(detectHeading("第一篇，是从《苏联共产党（布）历史简要读本》上摘下来的，讲的是列宁怎样做宣传。")).toBeNull();
    expect(detectHeading("第三部分，讲的是今后的任务。")).toBeNull();
  });

  it("reads a numbered sentence with a bracketed note after its stop as a list item, not a heading over the note", () => {
    expect(detectHeading("3. 人民日益增长的物质文化需要同落后的社会生产之间的矛盾。（1981年，十一届六中全会）")).toBeNull();
    expect(detectHeading("一、坚持党的全面领导（2017年10月）")).toMatchObject({ title: "坚持党的全面领导（2017年10月）", rest: "" });
    expect(detectHeading("（一）加强思想教育。（一）部分的要点如下，见附件。")).toMatchObject({ title: "加强思想教育" });
  });

  it("recognises 摘要 and 关键词 blocks with their text, and 结束语 / 结语 labels", () => {
    expect(detectHeading("[摘  要]社会主义国家普遍实行的是一党长期执政。")).toMatchObject({ label: "摘要", rest: "社会主义国家普遍实行的是一党长期执政。" });
    expect(detectHeading("〔关键词〕 党群关系 制度建设")).toMatchObject({ label: "关键词", rest: "党群关系 制度建设" });
    expect(detectHeading("结语")).toMatchObject({ label: "结束语" });
  });

  it.each([
    ["第一，理论导向力。其主要包括唯物史观。"],
    ["2010年3月十一届全国人大三次会议上，温家宝作报告。"],
    ["1.5亿人口的生活得到改善。"],
    ["一是建立健全深入了解民情的决策机制；二是建立健全监督制度。"],
    ["序号是一个编号。"],
    ["3、要从总体上把握党代表中国最广大人民的根本利益的标志，“就是党的理论、路线、纲领、方针、政策和各项工作，必须坚持把人民的根本利益作为出发点和归宿”。这是一段很长的文字。"],
  ])("does not take the paragraph %s for a heading", (line) => {
    expect(detectHeading(line)).toBeNull();
  });
});

describe("mayOpenHeading", () => {
  it.each([
    "第一篇：党群关系的分析与对策", "第二章 总则", "第三节 组织机制", "一、现状", "两、原则", "（一）思想意识薄弱", "(二) 协调利益", "〔三〕要求", "【四】措施",
    "1、利益诉求", "2.1高高在上，脱离群众。", "（1）完善机制", "3）加强领导", "①坚持原则", "⑳附则", "1始终保持", "摘要：本文分析了党群关系。", "内容摘要", "【摘要】本文分析了党群关系。",
    "[关键词] 党建；群众路线", "［关键词］党建", "关键词：党建", "内容提要", "提要", "引言", "导言", "绪论", "前言", "序", "序言", "自序", "后记", "结束语", "结语", "结论",
    "参考文献", "主要参考文献", "参考资料", "目录", "附录", "注释", "（ 注释 ）",
  ])("is true for the heading %s, which detectHeading finds", (line) => {
    expect(detectHeading(line)).not.toBeNull();
    expect(mayOpenHeading(line)).toBe(true);
  });
  it("is true for the start of a heading a later line completes", () => {
    expect(mayOpenHeading("第一")).toBe(true);
    expect(detectHeading(`第一${"章 总则"}`)).not.toBeNull();
  });
  it.each(["党员应当严守政治纪律。", "全面从严治党永远在路上。", "基层党组织是党的全部工作的基础。"])("is false for the prose %s, which no text after it makes a heading", (line) => {
    expect(mayOpenHeading(line)).toBe(false);
    expect(detectHeading(line)).toBeNull();
  });
});
