// Layouts the holdouts showed (issue 15), each rule written on real documents outside holdout/:
// Obsidian flashcard notes (anki-ruhe-xuexi-qa.md), a layui timeline saved as text
// (layui-shijianxian-utf16.txt) and a process page of step panels pasted into Word
// (rudang-shenfen-liucheng.docx). Small synthetic inputs, one layout each.
import { describe, expect, it } from "vitest";
import { readMarkdown } from "@/lib/content/ingest/markdown-to-text";
import { cleanText } from "@/lib/content/cleaning/clean-text";
import { inspectDocument } from "@/lib/content/inspect-document";
import { passageTexts, sectionTitles } from "./inspected-text";

const utf8 = (lines: string[]) => new TextEncoder().encode(lines.join("\n") + "\n");
const markdownLines = (markdown: string) => readMarkdown(markdown).text.split("\n").filter(Boolean);

describe("an Obsidian note of flashcards", () => {
  const note = [
    "---",
    "tags: 200学习类, 如何学习",
    "cards-deck: P3 综合素质::Test",
    "---",
    "",
    "### 第一部分 基础理论",
    "",
    "什么是分散式学习？ #anki",
    "- 把一次<font color=#ed1c24>集中学习</font>打散成数次学习",
    "- 拉开每次学习之间的时间间隔",
    "\t- 间隔效应",
    "",
    "消除熟练度错觉的方式 #anki #学习方法",
    "- 学前预考",
    "- 默写自测",
    "",
    "什么是熟练度错觉？ #anki",
    "- 我们很容易误判了自己对学习内容的掌握程度；",
    "- 越容易唤出的资讯记忆，再次学得的程度也就越浅。",
  ].join("\n");

  it("drops the tags at a line's end and reads each card's front as the lead of its back", () => {
    expect(markdownLines(note)).toEqual([
      "第一部分 基础理论",
      "什么是分散式学习？把一次集中学习打散成数次学习；拉开每次学习之间的时间间隔；间隔效应。",
      "消除熟练度错觉的方式：学前预考；默写自测。",
      "什么是熟练度错觉？我们很容易误判了自己对学习内容的掌握程度；越容易唤出的资讯记忆，再次学得的程度也就越浅。",
    ]);
  });

  it("keeps a number or a topic closed by its own # (not tags), and a tag-free question over its list as before", () => {
    expect(markdownLines("第1期 #2\n\n话题 #党史学习教育#")).toEqual(["第1期 #2", "话题 #党史学习教育#"]);
    expect(markdownLines("什么是分散式学习？\n- 把一次集中学习打散成数次学习。\n- 拉开每次学习之间的时间间隔。")).toEqual(["什么是分散式学习？", "把一次集中学习打散成数次学习。", "拉开每次学习之间的时间间隔。"]);
  });

  it("breaks no invariant: no tag in a passage, no question left as a passage of its own, no sentence lost", async () => {
    const document = await inspectDocument("xuexi-qa.md", utf8([note]));
    expect(passageTexts(document).some((text) => /#|anki/.test(text))).toBe(false);
    expect(document.invariants).toEqual([]);
  });
});

describe("a link whose text is a sentence", () => {
  const quote = "- **引用**：[任何记忆都具备两种能力，即储存能力与提取能力。](obsidian://booknote?type=annotation&page=51)";

  it("is a quotation that cites its source: its text is kept, in a list item or a list of two", () => {
    expect(markdownLines(`什么是遗忘式学习？ #anki\n- 存储能力越用越坚实；\n${quote}`)).toEqual([
      "什么是遗忘式学习？存储能力越用越坚实；引用：任何记忆都具备两种能力，即储存能力与提取能力。",
    ]);
  });

  it("leaves a link to a title a pointer (a reference list still goes)", () => {
    expect(markdownLines("正文第一句话写在这里。\n\n- [中国共产党纪律处分条例](https://example.org/a)\n- [相关链接](https://example.org/b)")).toEqual(["正文第一句话写在这里。"]);
  });
});

describe("icon-font glyphs", () => {
  it("go from a line, and a line holding only glyphs (raw or as an entity) goes", () => {
    const { lines } = cleanText(["\ue67f", "&#xe67f;", "学习园地", "至少我曾倾注全心，无怨无悔。 \ue6c6", "党的建设是党的事业的重要法宝。"].join("\n"));
    expect(lines).toEqual(["学习园地", "至少我曾倾注全心，无怨无悔。", "党的建设是党的事业的重要法宝。"]);
  });

  it("read a timeline: each entry one paragraph opened by its date, the axis's end label dropped", () => {
    const page = [
      "常规时间线",
      "\ue63f",
      "2019年8月",
      "新版本的一切准备工作都已到位。",
      "发布之弦，一触即发",
      "\ue63f",
      "8月15日",
      "铭记、感恩",
      "永垂不朽",
      "\ue63f",
      "过去",
    ];
    const { lines } = cleanText(page.join("\n"));
    expect(lines).toContain("2019年8月，新版本的一切准备工作都已到位。发布之弦，一触即发。");
    expect(lines).toContain("8月15日，铭记、感恩；永垂不朽。");
    expect(lines).not.toContain("过去");
  });

  it("read no timeline from glyph lines without dates under them", () => {
    const { lines } = cleanText(["\ue63f", "第一条内容写在这里。", "\ue63f", "第二条内容写在这里。"].join("\n"));
    expect(lines).toEqual(["第一条内容写在这里。", "第二条内容写在这里。"]);
  });
});

describe("a process page of step panels", () => {
  const page = [
    "入党流程",
    "党课党考学习",
    "学习中心",
    "在线考试",
    "志愿时活动",
    "成为党员需要经历的五种身份变化及流程",
    "入党申请人",
    "向党组织递交书面入党申请后称为“入党申请人”",
    "党员发展对象",
    "经过一年以上的培养教育和考察之后，",
    "经支委会认定基本具备党员条件，准备近期发展的入党积极分子称为“发展对象”",
    "预备党员",
    "党员发展对象在经过支委会确定发展对象并公示无异议后，",
    "通过支部大会表决，党委谈话、审批后即可吸收成为预备党员",
    "入党注意事项",
    "1.申请入党时，必须年满18周岁。",
  ];

  it("drops the site's navigation bar (four or more section names at the head)", async () => {
    const document = await inspectDocument("liucheng.txt", utf8(page));
    expect(document.title).toBe("成为党员需要经历的五种身份变化及流程");
    expect(passageTexts(document).join("")).not.toContain("志愿时活动");
  });

  it("reads each step's title as the title of its panel and ends the panel's text there", async () => {
    const document = await inspectDocument("liucheng.txt", utf8(page));
    expect(sectionTitles(document)).toEqual(expect.arrayContaining(["入党申请人", "党员发展对象", "预备党员", "入党注意事项"]));
    expect(passageTexts(document)).toEqual(
      expect.arrayContaining([
        "向党组织递交书面入党申请后称为“入党申请人”。",
        "党员发展对象在经过支委会确定发展对象并公示无异议后，通过支部大会表决，党委谈话、审批后即可吸收成为预备党员。",
      ]),
    );
    expect(document.invariants).toEqual([]);
  });

  it("is read only where lines are paragraphs: in Markdown a short heading after a note's phrase changes nothing", () => {
    const note = ["重点：中国梦 两个阶段", "", "构建人类命运共同体的内涵与外延", "", "## 复习随记", "", "毛泽东思想是在革命和建设的长期实践中形成的，是马克思主义基本原理同中国具体实际相结合的产物。"].join("\n");
    const { lines } = cleanText(readMarkdown(note).text, { markedHeadings: readMarkdown(note).headings });
    expect(lines).toContain("构建人类命运共同体的内涵与外延");
  });

  it("leaves a report's title over its speaker's name as it was: no full stop, the name no heading", () => {
    const report = ["各位老师的工作成绩显著，学校在家长满意度测评中名列前茅", "2021年度班子及个人述职述廉述德述法报告", "蒋  明", "一年来，在上级党委的正确领导下，我认真履行岗位职责，现将有关情况报告如下。"];
    const { lines, headings } = cleanText(report.join("\n"));
    expect(lines).toContain("2021年度班子及个人述职述廉述德述法报告");
    expect(headings).toEqual([]);
  });

  it("takes no line ending in a comma for a field's value", () => {
    const { lines } = cleanText(["预备党员", "党员发展对象在经过支委会确定发展对象并公示无异议后，", "正式党员", "预备期满前的预备党员提出转正申请，"].join("\n"));
    expect(lines.join("\n")).not.toContain("预备党员：");
  });
});
