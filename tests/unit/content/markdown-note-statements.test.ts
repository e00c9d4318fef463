// Study notes in Markdown whose paragraphs are statements left without a full stop, and VuePress containers (issue 15).
// Written on passwordgloo/deer's 毛中特 notes (maozhongte-*-vuepress.md in the corpus); examples are synthetic.
import { describe, expect, it } from "vitest";
import { readMarkdown } from "@/lib/content/ingest/markdown-to-text";

const lines = (markdown: string) => readMarkdown(markdown).text.split("\n").filter(Boolean);

describe("a note's open statements under marked headings", () => {
  it("end where a blank line and another paragraph follow, instead of running into it", () => {
    const markdown = ["## 学习要点", "", "群众是历史的创造者", "", "人民立场是根本政治立场，贯穿始终", "", "### 下一节", "", "正文。"].join("\n");
    expect(lines(markdown)).toEqual(["学习要点", "群众是历史的创造者。", "人民立场是根本政治立场，贯穿始终。", "下一节", "正文。"]);
  });

  it("end after finished sentences too, and before a heading", () => {
    const markdown = ["## 要点", "", "理论来源于实践。实践是检验真理的唯一标准", "", "### 另一节", "", "正文。"].join("\n");
    expect(lines(markdown)[1]).toBe("理论来源于实践。实践是检验真理的唯一标准。");
  });

  it("stay open on a clause break, and keep a line of credits as it is", () => {
    const markdown = ["## 要点", "", "坚持以人民为中心，", "", "不断满足人民群众的美好生活需要。", "", "编辑 | 张三四", "", "审核 | 李四五"].join("\n");
    const text = lines(markdown);
    expect(text).toContain("坚持以人民为中心，");
    expect(text).toContain("编辑 | 张三四");
  });

  it("leave a heading left unmarked as it is: a title over finished sentences, a line over an article, a numbered line, an adoption note", () => {
    const markdown = [
      "## 总则",
      "",
      "如何认定违规行为",
      "",
      "本案中，甲的行为属于违反组织纪律的行为，应当依规处理，不能以其他名义回避处理。",
      "",
      "领导干部自律规范要求",
      "",
      "第五条 坚持廉洁从政。",
      "",
      "一、乙的活动不是真实的商业行为，而是掩饰",
      "",
      "这一结论有证据支持。",
      "",
      "（二〇二〇年一月一日某会议通过）",
      "",
      "正文第一段没有句号",
    ].join("\n");
    const text = lines(markdown);
    for (const line of ["如何认定违规行为", "领导干部自律规范要求", "一、乙的活动不是真实的商业行为，而是掩饰", "（二〇二〇年一月一日某会议通过）"]) expect(text).toContain(line);
  });

  it("are left alone before any marked heading (a title line over the note)", () => {
    expect(lines(["学习笔记第一部分总览", "", "正文第一段。"].join("\n"))[0]).toBe("学习笔记第一部分总览");
  });
});

describe("VuePress containers", () => {
  it("lose their fences and keep their body; a Chinese title heads it", () => {
    const markdown = ["## 节", "", "::: tip 学习提示", "", "先读原文再做题。", "", ":::", "", "::: note", "", "阅读原著。", "", ":::"].join("\n");
    const { text, headings } = readMarkdown(markdown);
    expect(text).not.toMatch(/:::/);
    expect(text.split("\n").filter(Boolean)).toEqual(["节", "学习提示", "先读原文再做题。", "阅读原著。"]);
    expect(headings).toContain("学习提示");
  });
});
