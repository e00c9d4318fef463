import { describe, expect, it } from "vitest";
import { fillBlankExplanation } from "@/lib/questions/explanation";
import { keyKind } from "@/lib/questions/explanation/option-classes";
import { keyPlace, moduleContext } from "./fixtures";

// Stop 40 (QUESTIONS.md E): a 解析 that ends on a bare class tag (「世界观」属于“三观”。) tells the learner a class name and
// nothing about it. A counted set is written with its members; a class of examples (a shelf) is not named at all.

function explain(sentence: string, key: string) {
  const { index } = moduleContext("学习材料", "一、学习体会", [sentence], [{ kind: "term", text: key }], "mod_tags");
  const place = keyPlace(index, 0, key);
  return fillBlankExplanation(index, { answers: [key], key: place, quoted: place.located.passage.text });
}

describe("a class named in a 解析 is taught, not tagged", () => {
  it("writes a counted set the sentence shows whole with its members", () => {
    const said = explain("新入职的同志要在工作中不断校正自己的世界观、人生观、价值观。", "人生观");
    expect(said.text).toContain("「人生观」是“三观”之一（世界观、人生观、价值观）。");
    expect(said.text).not.toContain("属于“三观”。");
  });

  it("drops the tag of a class of examples: source and tag alone teach nothing, so the 填空 waits in review", () => {
    const said = explain("村里的宣传栏介绍了人民代表大会制度、中国共产党领导的多党合作和政治协商制度、民族区域自治制度和基层群众自治制度。", "基层群众自治制度");
    expect(said.text).not.toContain("属于“");
    expect(said.teaches).toBe(false);
  });

  it("names a class of examples only with its other members", () => {
    const said = explain("小组讨论时大家都说，年轻干部更要守住廉洁纪律这条线。", "廉洁纪律");
    expect(said.text).not.toMatch(/属于“党的纪律”。/);
  });

  it("gives a 单选 no class tag to count as teaching (keyKind)", () => {
    const sentence = "村里的宣传栏介绍了人民代表大会制度、中国共产党领导的多党合作和政治协商制度、民族区域自治制度和基层群众自治制度。";
    expect(keyKind("民族区域自治制度", undefined, sentence)).toBe("");
    expect(keyKind("人生观", undefined, "要校正自己的世界观、人生观、价值观。")).toContain("是“三观”之一（世界观、人生观、价值观）");
  });
});
