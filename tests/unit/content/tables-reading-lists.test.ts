// Issue 15: no sentence lost in Markdown tables, reading lists and cross-references of study notes. The layouts
// come from real notes outside holdout/ (the VuePress and MkDocs notes of the corpus); the inputs are synthetic.
import { describe, expect, it } from "vitest";
import { buildCourse } from "@/lib/content";
import { readMarkdown } from "@/lib/content/ingest/markdown-to-text";
import { checkDocumentInvariants, isLinkedCitation } from "@/lib/content/quality/document-invariants";

async function check(markdown: string) {
  const fileName = "note.md";
  const course = await buildCourse({ title: "课程", description: "测试", documents: [{ path: fileName }] }, [{ path: fileName, bytes: new TextEncoder().encode(markdown) }]);
  return checkDocumentInvariants({ fileName, sourceText: markdown, course });
}

const PARAGRAPH = "群众路线是我们党的生命线和根本工作路线，必须始终坚持。";

describe("a Markdown table in the lost-sentences invariant", () => {
  const table = ["# 学习笔记", "", PARAGRAPH, "", "| 名称 | 内容 |", "| ---- | ---- |", "| 根本宗旨 | 全心全意为人民服务 |", "| 工作路线 | 一切为了群众，一切依靠群众 |", "", PARAGRAPH.replace("群众路线", "调查研究")].join("\n");

  it("counts a row kept when each of its cells reached a passage", async () => {
    const quality = await check(table);
    expect(quality.lostSentences).toEqual([]);
  });

  it("reports a row whose cell is missing from every passage", async () => {
    const course = await buildCourse({ title: "课程", description: "测试", documents: [{ path: "note.md" }] }, [{ path: "note.md", bytes: new TextEncoder().encode(table) }]);
    const withRow = table.replace("| 工作路线 |", "| 优良作风 | 理论联系实际，密切联系群众 |\n| 工作路线 |");
    const quality = checkDocumentInvariants({ fileName: "note.md", sourceText: withRow, course });
    expect(quality.lostSentences).toEqual(["| 优良作风 | 理论联系实际，密切联系群众 |"]);
  });

  it("ends a sentence left open over a table where the table starts, as the reader does", async () => {
    const open = ["# 学习笔记", "", "右倾错误的要害在于放弃了党对革命的领导权", "", "|  | 甲阶段 | 乙阶段 |", "| - | - | - |", "| 对象 | 封建主义 | 官僚资本主义 |", "| 前途<br />结果 | 资本主义<br />失败 | 社会主义<br />胜利 |"].join("\n");
    expect((await check(open)).lostSentences).toEqual([]);
  });
});

describe("a reading list of linked citations", () => {
  it("is a citation: a linked title with its author, date and publication", () => {
    expect(isLinkedCitation("毛泽东《[论十大关系](https://example.org/a.htm)》（1956年4月25日）。")).toBe(true);
    expect(isLinkedCitation(":material-book: 王五，《[如何理解新发展理念](http://example.org/b)》，《某某日报》，某某网。")).toBe(true);
    expect(isLinkedCitation("《某某日报》评论部，《[坚持绿色发展](http://example.org/c)》，《某某日报》2020年08月11日05 版，某某网。")).toBe(true);
  });

  it("is not a sentence that links a title while saying something of its own", () => {
    expect(isLinkedCitation("《[论十大关系](https://example.org/a.htm)》总结了我国社会主义建设的初步经验，提出了调动一切积极因素的基本方针。")).toBe(false);
    expect(isLinkedCitation("毛泽东《论十大关系》（1956年）。")).toBe(false);
  });

  it("is no lost sentence once the reader drops it as the note's references", async () => {
    const note = ["# 学习笔记", "", PARAGRAPH, "", "## 参考", "", "- 毛泽东《[论十大关系](https://example.org/a.htm)》（1956年4月25日）。", "- 《[关于正确处理人民内部矛盾的问题](https://example.org/b.htm)》。"].join("\n");
    const quality = await check(note);
    expect(quality.lostSentences).toEqual([]);
  });
});

describe("a cross-reference to a section of the same page", () => {
  it("after a finished sentence leaves the item's text, not a reference list", () => {
    const markdown = ["- 创新：提供发展动力，是全局的核心。", "", "- 协调：解决发展的不平衡问题。→[§1](#1-第一节)", "", PARAGRAPH].join("\n");
    const text = readMarkdown(markdown).text;
    expect(text).toContain("协调：解决发展的不平衡问题。");
    expect(text).not.toContain("§1");
  });

  it("a list of links to other pages is still dropped as references", () => {
    const markdown = ["- [第一讲](https://example.org/1)", "- [第二讲](https://example.org/2)", "", PARAGRAPH].join("\n");
    expect(readMarkdown(markdown).text).not.toContain("第一讲");
  });
});

describe("inline tags inside a sentence", () => {
  it("mark words, they do not break the sentence the invariant reads", async () => {
    const note = ["# 学习笔记", "", "社会主要矛盾是人民日益增长的<u>美好生活</u>需要和<u>不平衡不充分</u>的发展之间的矛盾。", "", PARAGRAPH].join("\n");
    expect((await check(note)).lostSentences).toEqual([]);
  });
});
