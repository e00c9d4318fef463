import { describe, expect, it } from "vitest";
import { splitHeadingLines } from "@/lib/content/cleaning/split-heading-lines";
import { classifyLines } from "@/lib/content/structure/classify-lines";
import { answerLines, isQuestionHeading } from "@/lib/content/text/question-headings";
import { markedHeadingSet } from "@/lib/content/text/marked-headings";

// A synthetic Q&A note: chapters and questions marked with `#`, the answers' points quoted under them.
const CHAPTER = "第一单元";
const QUESTION = "1. 有人说学习只靠兴趣。请你结合实际，谈谈怎样看待这一说法。";
const POINT_TWO_SENTENCES = "1. 兴趣是起点。坚持学习还要靠目标和毅力。";
const POINT = "2. 制定计划并按时复盘。";
const TOPIC = "2. 学习方法的三个环节";
const TOPIC_POINT = "1. 预习、听讲和复习相互衔接。";
const lines = [CHAPTER, QUESTION, POINT_TWO_SENTENCES, POINT, TOPIC, TOPIC_POINT];
const marked = markedHeadingSet([CHAPTER, QUESTION, TOPIC]);

describe("question headings of Q&A notes", () => {
  it("reads a marked heading as a question when it ends in ？ or asks with a question word", () => {
    expect(isQuestionHeading(QUESTION, marked)).toBe(true);
    expect(isQuestionHeading("3. 为什么要坚持集体学习？", markedHeadingSet(["3. 为什么要坚持集体学习？"]))).toBe(true);
    expect(isQuestionHeading(TOPIC, marked)).toBe(false);
    // Not marked by its author: no question heading, whatever it says.
    expect(isQuestionHeading(QUESTION, markedHeadingSet([]))).toBe(false);
  });

  it("counts the lines under a question up to the next marked heading as its answer", () => {
    expect(answerLines(lines, marked)).toEqual([false, false, true, true, false, false]);
  });

  it("keeps the question and its two-sentence points whole", () => {
    const result = splitHeadingLines.apply(lines, { markedHeadings: marked }).lines;
    expect(result).toContain(QUESTION);
    expect(result).toContain(POINT_TWO_SENTENCES);
  });

  it("makes the question and its points text, never section titles", () => {
    const roles = classifyLines(lines, undefined, [CHAPTER, QUESTION, TOPIC]).map((role) => role.role);
    expect(roles.slice(1, 4)).toEqual(["text", "text", "text"]);
    // A marked heading that asks nothing still titles its text.
    expect(roles[4]).not.toBe("text");
  });
});

describe("a quoted answer list in Markdown", () => {
  it("is read as the list it is: points that are phrases become one sentence", async () => {
    const { readMarkdown } = await import("@/lib/content/ingest/markdown-to-text");
    const note = ["### 1. 新时代青年应当怎样做？", "> 1. 勤于学习", "> 2. 敢于实践", "> \t1. 投身基层", "> 3. 甘于奉献", ""].join("\n");
    const text = readMarkdown(note).text;
    expect(text).not.toMatch(/^>/m);
    expect(text).toContain("勤于学习；");
    expect(text).toMatch(/甘于奉献。$/);
  });

  it("leaves a quoted paragraph a paragraph", async () => {
    const { readMarkdown } = await import("@/lib/content/ingest/markdown-to-text");
    const text = readMarkdown("> 学习是一种责任，也是一种精神追求。\n").text;
    expect(text).toBe("学习是一种责任，也是一种精神追求。");
  });
});
