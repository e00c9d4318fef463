// MkDocs revision notes (issue 15), each rule written on a real document outside holdout/
// (mayuan-zhuguanti-zhengli.md in the corpus): a multi-line HTML comment, loose numbered lists whose items hold
// nested lists indented four spaces after a blank line, decimal-numbered headings over their lists, and note
// paragraphs left without closing punctuation. Small synthetic inputs, one layout each.
import { describe, expect, it } from "vitest";
import { readMarkdown } from "@/lib/content/ingest/markdown-to-text";
import { classifyLines } from "@/lib/content/structure/classify-lines";
import { inspectDocument } from "@/lib/content/inspect-document";
import { passageTexts, sectionTitles } from "./inspected-text";

const utf8 = (lines: string[]) => new TextEncoder().encode(lines.join("\n") + "\n");
const markdownLines = (markdown: string) => readMarkdown(markdown).text.split("\n").filter(Boolean);
const PARAGRAPH = "做好本职工作，就是贯彻落实“两个维护”的具体行动。";

describe("an HTML comment in Markdown", () => {
  it("is hidden whole, over however many lines, an admonition inside it included", () => {
    const markdown = ["# 笔记", "", '<!-- !!! tip "说明"', "", "    本文档正在更新中…… -->", "", PARAGRAPH].join("\n");
    expect(markdownLines(markdown)).toEqual(["笔记", PARAGRAPH]);
  });

  it("on one line goes without taking the text after it", () => {
    expect(markdownLines(["<!-- 草稿 -->", "", PARAGRAPH].join("\n"))).toEqual([PARAGRAPH]);
  });
});

describe("a loose numbered list with nested lists", () => {
  const markdown = [
    "1. 主观能动性和客观规律性的关系",
    "",
    "    1. 尊重客观规律是正确发挥主观能动性的前提",
    "    2. 只有充分发挥主观能动性，才能正确认识和利用客观规律",
    "",
    "2. 正确发挥人的主观能动性的前提和条件",
    "",
    "\t1. 从实际出发是正确发挥人的主观能动性的前提",
    "\t2. 实践是正确发挥人的主观能动性的根本途径",
  ].join("\n");

  it("reads each item's nested items into it, numbered as a second level, and the siblings after a blank line into the list", () => {
    expect(markdownLines(markdown)).toEqual([
      "1. 主观能动性和客观规律性的关系：（1）尊重客观规律是正确发挥主观能动性的前提；（2）只有充分发挥主观能动性，才能正确认识和利用客观规律；" +
        "2. 正确发挥人的主观能动性的前提和条件：（1）从实际出发是正确发挥人的主观能动性的前提；（2）实践是正确发挥人的主观能动性的根本途径。",
    ]);
  });

  it("reads only points into their item: a nested list of sentences, or a tight sublist, stays as it was", () => {
    const sentences = ["1. 第一部分", "", "    1. 这是一个完整的句子，有句号。", "    2. 这也是一个完整的句子。"].join("\n");
    expect(markdownLines(sentences)).toEqual(["1. 第一部分", "1. 这是一个完整的句子，有句号。", "2. 这也是一个完整的句子。"]);
    const tight = ["- 甲方面的要点", "    - 第一点", "    - 第二点"].join("\n");
    expect(markdownLines(tight)).toEqual(["甲方面的要点；第一点；第二点。"]);
  });

  it("leaves numbered paragraphs set apart by blank lines, without nesting, as they were", () => {
    const numbered = ["1. 第一部分", "", PARAGRAPH, "", "2. 第二部分", "", PARAGRAPH].join("\n");
    expect(markdownLines(numbered)).toEqual(["1. 第一部分", PARAGRAPH, "2. 第二部分", PARAGRAPH]);
  });
});

describe("decimal-numbered headings", () => {
  it("keeps “1.1” over “1.1.1” a heading: the deeper number opens its subsection", () => {
    const lines = ["1.1 辩证唯物论", "1.1.1 物质和意识", PARAGRAPH];
    expect(classifyLines(lines).map((role) => role.role)).toEqual(["heading", "heading", "text"]);
  });

  it("keeps a heading the source marked (####) over its numbered list a heading", () => {
    const lines = ["1.1.2 主观能动性和客观规律性", "1. 尊重客观规律是正确发挥主观能动性的前提；2. 只有充分发挥主观能动性。"];
    expect(classifyLines(lines, undefined, ["1.1.2 主观能动性和客观规律性"])[0]!.role).toBe("heading");
    expect(classifyLines(lines)[0]!.role).toBe("text");
  });
});

describe("a note's paragraph without closing punctuation", () => {
  it("ends its sentence before a list, a quote or the end of the note", () => {
    expect(markdownLines(["人民群众是历史的创造者，在创造历史中起决定性的作用", "", "1. 甲", "2. 乙"].join("\n"))[0]).toBe("人民群众是历史的创造者，在创造历史中起决定性的作用。");
    expect(markdownLines(["本质特征：生产相对过剩（而不是绝对过剩）", "", "> 引文"].join("\n"))[0]).toBe("本质特征：生产相对过剩（而不是绝对过剩）。");
    expect(markdownLines(["商品经济的定义，历史作用"].join("\n"))).toEqual(["商品经济的定义，历史作用。"]);
  });

  it("is left alone when a paragraph follows, or when it is a title without a clause break", () => {
    expect(markdownLines(["商品的属性，与劳动的关系", "", PARAGRAPH].join("\n"))[0]).toBe("商品的属性，与劳动的关系");
    expect(markdownLines(["学习笔记", "", "1. 甲", "2. 乙"].join("\n"))[0]).toBe("学习笔记");
  });
});

describe("an MkDocs revision note", () => {
  it("is headings over whole passages, none ending mid-sentence", async () => {
    const note = [
      "# 主观题整理",
      "",
      '<!-- !!! tip "说明"',
      "",
      "    本文档正在更新中…… -->",
      "",
      "## 1 辩证唯物主义",
      "",
      "### 1.1 辩证唯物论",
      "",
      "#### 1.1.1 物质和意识",
      "",
      "1. 物质决定意识，意识是物质的产物",
      "2. 意识对物质具有反作用，即意识的能动作用",
      "",
      "    1. 意识具有目的性和计划性",
      "    2. 意识具有创造性",
      "",
      "#### 1.1.2 主观能动性和客观规律性",
      "",
      "1. 主观能动性和客观规律性的关系",
      "",
      "    1. 尊重客观规律是正确发挥主观能动性的前提",
      "    2. 只有充分发挥主观能动性，才能正确认识和利用客观规律",
    ];
    const document = await inspectDocument("zhuguanti.md", utf8(note));
    expect(sectionTitles(document)).toEqual(expect.arrayContaining(["辩证唯物论", "物质和意识", "主观能动性和客观规律性"]));
    expect(passageTexts(document).join("")).not.toContain("<!--");
    expect(document.midSentenceShare).toBe(0);
  });
});

describe("an icon shortcode of Material for MkDocs", () => {
  // Modelled on the course notes (xi-sixiang-gailun-mkdocs, jindaishi-gangyao-mkdocs): each numbered `##` topic
  // carries a quoted `:material-clock-edit-outline:` date line under it.
  const note = [
    "# 概论笔记",
    "",
    "## 4 经济建设：贯彻新发展理念",
    "",
    "> :material-clock-edit-outline: 2021年1月15日。",
    "",
    "创新：提供动力，是国家发展全局的核心。",
    "",
    "## 5 政治建设：坚持走中国特色社会主义政治发展道路",
    "",
    "> :material-clock-edit-outline: 2021年1月16日。",
    "",
    "扩大人民有序政治参与，保证人民依法实行民主选举、民主协商、民主决策、民主管理、民主监督。",
  ];

  it("is dropped as an image is, so the line under a heading no longer reads as going on with it", () => {
    expect(markdownLines(note.join("\n"))).toContain("2021年1月15日。");
    expect(markdownLines(note.join("\n")).join("\n")).not.toContain(":material");
  });

  it("leaves each topic a section of its own, its text under it", async () => {
    const document = await inspectDocument("gailun.md", utf8(note));
    expect(sectionTitles(document)).toEqual(["经济建设：贯彻新发展理念", "政治建设：坚持走中国特色社会主义政治发展道路"]);
    expect(document.modules[0]!.sections[1]!.passages.map((passage) => passage.text)).toContain(note.at(-1));
    expect(document.invariants).toEqual([]);
  });

  it("leaves colons that are no icon's (a time, a label) alone", () => {
    expect(markdownLines("会议于10:30:00开始，议程：学习。")).toEqual(["会议于10:30:00开始，议程：学习。"]);
  });
});
