import { describe, expect, it } from "vitest";
import { buildCourse } from "@/lib/content";
import { generateQuestionBank, indexCourse } from "@/lib/questions";
import { sheetQuestionCandidates } from "@/lib/questions/sheet-question";

async function sheetCandidates(text: string) {
  const name = "复习提纲.md";
  const course = await buildCourse({ title: "复习提纲", description: "测试", documents: [{ path: name }] }, [{ path: name, bytes: new TextEncoder().encode(text) }]);
  const index = indexCourse(course);
  return { course, candidates: course.modules.flatMap((module) => sheetQuestionCandidates(module, index, () => "")) };
}

// A review sheet's own question over a few short points is what an instructor asks as a 简答 (stop 36).
describe("简答 from a review sheet's question and its answer's points", () => {
  const SHEET = [
    "### 党的建设复习提纲",
    "",
    "1. 党的思想路线的核心：<u>实事求是</u>。",
    "",
    "2. 新时代党的建设的两个根本性问题的答案",
    "",
    "    1. <u>坚持党的全面领导</u>；",
    "    2. <u>坚持全面从严治党</u>。",
    "",
    "3. 三严三实中的三严",
    "",
    "    1. <u>严以修身</u>；",
    "    2. <u>严以用权</u>；",
    "    3. <u>严以律己</u>。",
    "",
    "4. 要坚持的做法：",
    "",
    "    1. <u>加强学习</u>；",
    "    2. <u>改进作风</u>。",
    "",
  ].join("\n");

  it("asks the sheet's question whose label names what the points are of, with the points as its 要点", async () => {
    const { candidates } = await sheetCandidates(SHEET);
    const stems = candidates.map((candidate) => candidate.question.stem);
    expect(stems).toContain("新时代党的建设的两个根本性问题的答案是什么？");
    const asked = candidates.find((candidate) => candidate.question.stem.startsWith("新时代党的建设"))!;
    expect(asked.question.keyPoints).toEqual(["坚持党的全面领导", "坚持全面从严治党"]);
    expect(asked.question.answer).toBe("（1）坚持党的全面领导；（2）坚持全面从严治党。");
  });

  it("leaves alone a label that is no 谁的什么 (a verb's object, a lead) and a one-line answer", async () => {
    const { candidates } = await sheetCandidates(SHEET);
    const stems = candidates.map((candidate) => candidate.question.stem);
    expect(stems.some((stem) => stem.includes("要坚持的做法"))).toBe(false);
    expect(stems.some((stem) => stem.includes("思想路线的核心"))).toBe(false);
  });

  it("asks nothing of a Q&A release's long answers in paragraphs", async () => {
    const release = ["某部门负责人就新规定答记者问", "", "问：为什么要制定新规定？", "", "答：制定新规定是贯彻落实党中央决策部署的需要，也是解决实际问题的需要。一是贯彻新精神；二是衔接新政策。", ""].join("\n");
    const { course } = await sheetCandidates(release);
    const bank = generateQuestionBank(course, {});
    expect([...bank.accepted, ...bank.review.map((item) => item.question)].some((question) => question.type === "SHORT_ANSWER" && question.stem.includes("为什么要制定"))).toBe(false);
  });
});
