// Quiz banks and exam sheets read as questions with their answers (issue 15, stop 37): a bank's numbered question, its
// options and its `答案：` key kept together as one passage; an exam sheet's `N.…：` question set apart from the answer
// on its line, titling that answer. Small invented inputs, one layout each.
import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/content/cleaning/clean-text";
import { closeOrdinalPoints } from "@/lib/content/cleaning/close-list-items";
import { detectHeading } from "@/lib/content/detect-heading";
import { inspectDocument } from "@/lib/content/inspect-document";
import { passageTexts, sectionTitles } from "./inspected-text";

const utf8 = (lines: string[]) => new TextEncoder().encode(lines.join("\n") + "\n");

describe("a quiz bank's items", () => {
  const choices = [
    "支部知识测试题",
    "",
    "1.支部委员会每届任期为（ ）。",
    "A.一年",
    "B.三年或五年",
    "C.十年",
    "答案：B",
    "",
    "2.党员领导干部应当带头参加（ ）的组织生活。",
    "A.所在党支部",
    "B.任意党小组",
    "答案：A",
    "",
    "3.下列属于党的纪律的有（ ）",
    "A.政治纪律",
    "B.组织纪律",
    "C.廉洁纪律",
    "正确答案：ABC",
  ];

  it("keeps each question with its options and its key in one passage, no key a title", async () => {
    const document = await inspectDocument("ceshi.txt", utf8(choices));
    const passages = passageTexts(document);
    expect(passages).toContain("1.支部委员会每届任期为（）。A.一年；B.三年或五年；C.十年。答案：B。");
    expect(passages.some((passage) => passage.startsWith("3.下列属于党的纪律的有（）") && passage.endsWith("正确答案：ABC。"))).toBe(true);
    expect(sectionTitles(document).join("")).not.toMatch(/答案/);
    expect(document.invariants).toEqual([]);
  });

  it("reads fill-in items (a question over its key, no options) the same way", async () => {
    const fills = ["党务知识填空题", "", "1.党的最高领导机关是党的全国代表大会和它所产生的（）", "答案：中央委员会", "", "2.预备党员的预备期为（）。", "答案：一年"];
    const document = await inspectDocument("tiankong.txt", utf8(fills));
    expect(passageTexts(document)).toEqual(["1.党的最高领导机关是党的全国代表大会和它所产生的（）。答案：中央委员会。", "2.预备党员的预备期为（）。答案：一年。"]);
    expect(document.invariants).toEqual([]);
  });

  it("reads a bank copied into a Markdown note (options with hard breaks, blank lines between)", async () => {
    const note = ["# 支部知识题库", "", "1. 入党誓词由（  ）规定。", "", "A.党章  ", "B.条例  ", "", "答案：A", "", "2. 党组织讨论决定问题实行（  ）。", "", "A.少数服从多数  ", "B.个人决定  ", "", "答案：A", ""];
    const document = await inspectDocument("tiku.md", utf8(note));
    expect(sectionTitles(document).join("")).not.toMatch(/答案/);
    expect(passageTexts(document).some((passage) => /入党誓词由.*A\.党章.*答案：A/.test(passage))).toBe(true);
    expect(document.invariants).toEqual([]);
  });

  it("drops a number the question kept from its source list, which would read as a section's number", () => {
    const { lines } = cleanText(["1.党的宗旨是（ ）", "A.全心全意为人民服务", "答案：A", "2.17、党的组织原则是（ ）", "A.民主集中制", "答案：A"].join("\n"));
    expect(lines).toContain("2.党的组织原则是（）。A.民主集中制。答案：A。");
  });

  it("leaves a single numbered line over an answer label alone, and an essay's long answer", () => {
    const { lines } = cleanText(["1.什么是民主集中制？", "参考答案：民主集中制是民主基础上的集中和集中指导下的民主相结合。它既是党的根本组织原则，也是群众路线在党的生活中的运用，是党内政治生活正常开展的重要制度保障。"].join("\n"));
    expect(lines.join("\n")).not.toContain("？。");
  });
});

describe("an exam sheet's questions ending in ：", () => {
  it("sets a question that asks apart from the answer on its line", () => {
    const heading = detectHeading("5.如何加强基层党组织建设：第一，健全组织体系第二，严格组织生活");
    expect(heading?.title).toBe("如何加强基层党组织建设");
    expect(heading?.rest.startsWith("第一，")).toBe(true);
  });

  it("sets a topic apart from its answer when the answer opens its points in words, not an answer's （1） point", () => {
    expect(detectHeading("6.党支部工作的基本要求：第一，组织健全。第二，制度落实。")?.title).toBe("党支部工作的基本要求");
    // A note's nested list flattened into its item: one item, no heading.
    expect(detectHeading("1. 学习和实践的关系：（1）学习是实践的前提；（2）实践检验学习。")?.title).not.toBe("学习和实践的关系");
    // A point of an answer numbered twice is text, never a title.
    expect(detectHeading("（1） 第一，支部是党的基础组织。第二，支部直接联系群众。")).toBeNull();
    expect(detectHeading("（1） ①是由党的性质决定的")).toBeNull();
  });

  it("gives a lead glued to its ordinal points its colon", () => {
    expect(closeOrdinalPoints("抓住群众最关心的问题第一，办好教育第二，稳定就业")).toBe("抓住群众最关心的问题：第一，办好教育；第二，稳定就业");
    expect(closeOrdinalPoints("他说第一，要学习。")).toBe("他说第一，要学习。");
  });

  it("makes each question the title of its own answer, the next question never a passage of the one before", async () => {
    const sheet = [
      "支部建设简答题",
      "1.为什么要坚持民主集中制？",
      "①是党的根本组织原则",
      "②是党内政治生活的重要制度",
      "",
      "2.如何开好组织生活会：  会前认真准备第一，广泛征求意见第二，深入谈心谈话第三，认真撰写对照材料",
      "",
      "3.党支部的基本任务：第一，宣传和执行党的路线。",
      "第二，组织党员认真学习。",
      "",
      "4.如何理解党员的先锋模范作用：",
      "（1） 党员要在工作中起带头作用",
      "（2） 党员要在群众中树立榜样",
    ];
    const document = await inspectDocument("dati.txt", utf8(sheet));
    const titles = sectionTitles(document);
    expect(titles).toEqual(expect.arrayContaining(["如何开好组织生活会", "党支部的基本任务", "如何理解党员的先锋模范作用"]));
    expect(titles.join("")).not.toMatch(/第一|（1）/);
    expect(passageTexts(document).some((passage) => passage.includes("会前认真准备：第一，广泛征求意见；第二，"))).toBe(true);
    expect(passageTexts(document).join("")).not.toMatch(/\d\.(?:如何|党支部)/);
    expect(document.invariants).toEqual([]);
  });
});
