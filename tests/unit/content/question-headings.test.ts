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

describe("a question without its mark in a run of sibling questions", () => {
  const UNIT = "第二单元";
  const NEXT_UNIT = "第三单元";
  const FIRST = "1. 有人说理想遥不可及。结合实际，谈谈理想信念的作用。";
  const SECOND = "2. 结合自身实际，谈谈青年为什么要树立远大理想。";
  const TOPIC_QUESTION = "3. 为什么要坚持终身学习";
  const NEXT_FIRST = "1. 人无精神则不立。结合实际，谈谈精神的力量。";
  const note = [
    UNIT,
    FIRST,
    "1. 理想指引方向。",
    "2. 理想提供动力。",
    SECOND,
    "1. 个人理想以社会理想为指引。",
    "2. 社会理想是个人理想的汇聚。",
    TOPIC_QUESTION,
    "1. 知识更新越来越快。",
    "2. 学习是成长的阶梯。",
    NEXT_UNIT,
    NEXT_FIRST,
    "1. 精神是前进的动力。",
  ];
  const markedLines = [UNIT, FIRST, SECOND, TOPIC_QUESTION, NEXT_UNIT, NEXT_FIRST];

  it("titles its answer, and its answer's points restarting at 1. stay its text", () => {
    const roles = classifyLines(note, undefined, markedLines);
    expect(roles[7]).toMatchObject({ role: "heading" });
    expect(roles.slice(8, 10).map((role) => role.role)).toEqual(["text", "text"]);
    expect([roles[1], roles[4], roles[11]].map((role) => role!.role)).toEqual(["text", "text", "text"]);
  });

  it("is a sibling of the questions before it: the next unit's questions are not pulled under it", async () => {
    const { buildOutline } = await import("@/lib/content/structure/build-outline");
    const outline = buildOutline(["问答笔记", ...note], "问答笔记", { markedHeadings: markedLines });
    const sections = outline.modules.flatMap((module) => module.sections);
    const topic = sections.flatMap((section) => section.sections).find((section) => section.title === "为什么要坚持终身学习");
    expect(topic?.passages.map((passage) => passage.text)).toEqual(["1. 知识更新越来越快。", "2. 学习是成长的阶梯。"]);
    const nextUnit = sections.find((section) => section.title === NEXT_UNIT);
    expect(nextUnit?.passages.map((passage) => passage.text)).toContain(NEXT_FIRST);
  });

  it("is found in notes without Markdown too, after a numbered question that ends in ？", () => {
    const plain = ["1. 什么是理想信念？", "理想信念是精神之钙。", "2. 为什么要坚定理想信念", "1. 理想信念指引方向。", "2. 理想信念提供动力。"];
    expect(classifyLines(plain)[2]).toMatchObject({ role: "heading" });
  });

  it("leaves a numbered list of statements a list, and a point of an answer a point", () => {
    const list = ["一、学习要求", "1. 坚持原原本本学。", "2. 坚持联系实际学。", "3. 如何学好党史", "4. 坚持学用结合。"];
    expect(classifyLines(list)[3]!.role).toBe("text");
    // A point that asks, numbered other than the question after `1. …？` would be, is still a point of its answer.
    const answer = ["1. 怎样理解党的宗旨？", "1. 全心全意为人民服务。", "3. 为什么要密切联系群众", "4. 坚持群众路线。"];
    expect(classifyLines(answer)[2]!.role).toBe("text");
  });
});
