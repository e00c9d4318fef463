import { describe, expect, it } from "vitest";
import { inspectDocument } from "@/lib/content/inspect-document";
import type { InspectedDocument, InspectedSection } from "@/lib/content";
import { passageTexts, sectionTitles } from "./inspected-text";

// Layouts of study notes and collected reflections: a subheading every paper of a set of mock exams repeats,
// numbered parts holding unnumbered titles, and a series of speakers each over what they said.
const utf8 = (text: string) => new TextEncoder().encode(text);
const inspect = (text: string, fileName = "答案.txt") => inspectDocument(fileName, utf8(text));

/** The titles of the sections directly under the section titled `title`. */
function childTitles(document: InspectedDocument, title: string): string[] {
  const find = (sections: InspectedSection[]): InspectedSection | undefined => {
    for (const section of sections) {
      if (section.title === title) return section;
      const inner = find(section.sections);
      if (inner) return inner;
    }
    return undefined;
  };
  const section = document.modules.map((module) => find(module.sections)).find(Boolean);
  return section ? section.sections.map((child) => child.title) : [];
}

const paper = (ordinal: string, topic: string) => [
  `模拟试卷${ordinal}参考答案`,
  "",
  "一、简答题",
  "",
  `1. ${topic}的基本内容`,
  "",
  "参考答案：",
  `${topic}的基本内容包括实事求是、群众路线和独立自主三个方面。`,
  "",
  "二、材料分析题",
  "",
  "材料一分析",
  "",
  "参考答案：",
  `材料一说明${topic}是党的思想路线的核心，必须坚持理论联系实际。`,
  "",
  "材料二分析",
  "",
  "参考答案：",
  `材料二说明${topic}要求一切从实际出发，在实践中检验和发展真理。`,
  "",
  "三、论述题",
  "",
  "参考答案要点：",
  `${topic}是我们党的根本思想方法、工作方法和领导方法。`,
  "",
];

describe("a subheading each paper of a set repeats", () => {
  const text = ["毛概模拟试卷参考答案", "", ...paper("一", "毛泽东思想"), ...paper("二", "邓小平理论"), ...paper("三", "科学发展观")].join("\n");

  it("is no running header: a line that heads a block of its own wherever it stands stays", async () => {
    const document = await inspect(text);
    expect(sectionTitles(document).filter((title) => title === "材料一分析")).toHaveLength(3);
    expect(sectionTitles(document).filter((title) => title === "材料二分析")).toHaveLength(3);
    expect(document.invariants).toEqual([]);
  });

  it("nests under the numbered part it follows, with its sibling titles, until the next part", async () => {
    const document = await inspect(text);
    expect(childTitles(document, "材料分析题")).toEqual(["材料一分析", "材料二分析"]);
    expect(passageTexts(document).some((passage) => passage.includes("根本思想方法"))).toBe(true);
    expect(childTitles(document, "材料二分析")).toEqual([]);
  });

  it("a running header over the page's text still goes", async () => {
    const page = (n: number) => [`党校学报 2019年第3期`, `第${n}页的正文继续讲述党的建设的重要意义，并且说明了如何加强基层党组织建设。`, ""];
    const document = await inspect(["党的建设研究", "", ...page(1), ...page(2), ...page(3), ...page(4)].join("\n"));
    expect(passageTexts(document).some((passage) => passage.includes("党校学报"))).toBe(false);
    expect(sectionTitles(document).some((title) => title.includes("党校学报"))).toBe(false);
  });
});

describe("an unnumbered line right under a numbered heading", () => {
  it("over its sibling heading is that heading's text (its theme), not a title that closes the part", async () => {
    const document = await inspect(
      [
        "在全市教育工作会议上的讲话",
        "",
        "二、今年工作的总体要求",
        "",
        "（一）把握工作定位",
        "",
        "教育的发展水平要与经济社会发展水平相协调，与人民群众的教育需求相对接。",
        "",
        "（二）紧扣工作主题",
        "",
        "对学生一生负责、办人民满意教育",
        "",
        "（三）坚持工作基调",
        "",
        "总基调是抓统筹促均衡、抓管理促优质，努力办让人民满意的教育。",
        "",
        "三、今年工作的重点",
        "",
        "要全力维护校园的安全稳定，进一步改善办学条件。",
      ].join("\n"),
      "讲话.txt",
    );
    expect(document.modules.map((module) => module.title)).not.toContain("对学生一生负责、办人民满意教育");
    expect(childTitles(document, "今年工作的总体要求")).toEqual(["把握工作定位", "紧扣工作主题", "坚持工作基调"]);
    expect(passageTexts(document)).toContain("对学生一生负责、办人民满意教育");
  });
});

describe("a series of speakers", () => {
  it("each office-and-name line titles what that person said, with or without a colon", async () => {
    const document = await inspect(
      [
        "车队学习传达党代会精神",
        "",
        "下面是部分同志的感想：",
        "党总支书记 邓 艳",
        "段第三次党代会隆重召开，这是我们段的一件大事，工作报告回顾了五年来的工作。",
        "队长 王双成：",
        "这次参加段党代会，听取了工作报告后，感触颇深。",
        "在以后的工作中要紧紧围绕党代会确定的目标任务，振奋精神，鼓足干劲。",
        "副队长 闫颖华：",
        "作为一名普通党员干部，通过学习党代会精神，收获良多。",
        "总支副书记 武 林",
        "我在参加了段党代会后，对我段近五年来的业绩有了更深的了解。",
      ].join("\n\n"),
      "感想.txt",
    );
    expect(sectionTitles(document)).toEqual(expect.arrayContaining(["党总支书记邓艳", "队长王双成", "副队长闫颖华", "总支副书记武林"]));
    expect(passageTexts(document).some((passage) => passage.startsWith("队长"))).toBe(false);
    // Near the top of a short text, a speaker of the series is no byline of the whole.
    expect(document.metadata.author).toBeUndefined();
  });

  it("a single office-and-name line with a colon still leads its paragraph", async () => {
    const document = await inspect(["会议纪要", "", "会议由支部书记主持，全体党员参加。", "支部书记张明：", "大家要认真学习党章，严守党的纪律。"].join("\n\n"), "纪要.txt");
    expect(sectionTitles(document)).not.toContain("支部书记张明");
  });
});
