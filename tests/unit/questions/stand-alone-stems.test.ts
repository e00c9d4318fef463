import { describe, expect, it } from "vitest";
import { indexCourse, scoreCandidate, type Candidate } from "@/lib/questions";
import { acceptedVariants } from "@/lib/questions/accepted-answers";
import { blankContext } from "@/lib/questions/blank-context";
import { hasDanglingReference, speaksAsWriter } from "@/lib/questions/dangling-reference";
import { fixtureModule } from "./fixture-course";
import { fillBlankCandidate } from "./fixtures";

// Stop 40: a stem that stands alone (criterion A) and a principle's writings with 原则 (criterion C). Invented sentences.

/** A 填空 on the key of the sentence, placed in a one-module course of that title. */
function doubtsOf(title: string, sentence: string, answer: string): string[] {
  const course = { modules: [fixtureModule(title, "一、总体要求", [sentence], [], "mod_stand_alone")] };
  const module = course.modules[0]!;
  const base = fillBlankCandidate(sentence, answer);
  const candidate: Candidate = { ...base, question: { ...base.question, moduleId: module.id, sectionId: module.sections[0]!.id, passageId: module.sections[0]!.passages[0]!.id } };
  return scoreCandidate(candidate, indexCourse(course)).doubts;
}

describe("a principle named bare where one acts by it", () => {
  it("accepts it with 原则 and with 的原则", () => {
    const variants = acceptedVariants("少数服从多数", undefined, blankContext("少数服从多数", "由全体委员讨论，按", "通过决议。"));
    expect(variants).toEqual(expect.arrayContaining(["少数服从多数原则", "少数服从多数的原则"]));
    expect(acceptedVariants("民主集中制", undefined, blankContext("民主集中制", "协会按照", "组织起来。"))).toContain("民主集中制原则");
  });

  it("adds nothing in a list, before the rule's kind, for a thing acted on, or without the stem", () => {
    expect(acceptedVariants("集体领导", undefined, blankContext("集体领导", "按照", "、个别酝酿的原则办事。"))).not.toContain("集体领导原则");
    expect(acceptedVariants("少数服从多数", undefined, blankContext("少数服从多数", "按照", "原则办事。"))).not.toContain("少数服从多数原则");
    expect(acceptedVariants("实际情况", undefined, blankContext("实际情况", "按照", "决定工作安排。"))).not.toContain("实际情况原则");
    expect(acceptedVariants("少数服从多数")).not.toContain("少数服从多数原则");
  });
});

describe("an occasion pointed at as this one", () => {
  it("reads 这次 or a bare 全体会议 as dangling when the stem names no occasion", () => {
    expect(hasDanglingReference("协会决定这次对章程只作适当修改，并确定了修改的原则。")).toBe(true);
    expect(hasDanglingReference("在全体会议闭会期间，可以先由常务理事会作出决定。")).toBe(true);
  });

  it("leaves it when the stem names the occasion or whose plenary it is", () => {
    expect(hasDanglingReference("二〇一八年协会决定这次对章程只作适当修改。")).toBe(false);
    expect(hasDanglingReference("在理事会全体会议闭会期间，可以先由常务理事会作出决定。")).toBe(false);
    expect(hasDanglingReference("因此次要问题不必列入议程。")).toBe(false);
  });
});

describe("the writer's own we", () => {
  it("reads 我们 as a clause's subject, and 我军, as a voice the stem never names", () => {
    expect(speaksAsWriter("三年来，我们坚持把乡村道路建设放在首位。")).toBe(true);
    expect(speaksAsWriter("我军在战役开始后一个月内收复三座县城。")).toBe(true);
  });

  it("leaves the party, a quotation, reported speech, a report led in, 我们的 and 自我", () => {
    expect(speaksAsWriter("我们党始终把群众利益放在首位。")).toBe(false);
    expect(speaksAsWriter("某同志指出：“我们要把群众利益放在首位。”")).toBe(false);
    expect(speaksAsWriter("某同志强调，我们要把群众利益放在首位。")).toBe(false);
    expect(speaksAsWriter("据《2030年某省政府工作报告》，我们坚持把乡村道路建设放在首位。")).toBe(false);
    expect(speaksAsWriter("道路建设是我们的首要任务，要敢于自我革新。")).toBe(false);
  });
});

describe("a condition opening on a duty with no one bound by it", () => {
  it("goes to review when no context lead names its rule", () => {
    expect(doubtsOf("学习某某规定的体会", "应当追究责任的，依照《某某协会处分办法》给予处分。", "某某协会处分办法")).toContain("STEM_STARTS_MID_CLAUSE");
  });

  it("publishes by that test when the stem opens on its subject", () => {
    expect(doubtsOf("学习某某规定的体会", "会员违反本规定应当追究责任的，依照《某某协会处分办法》给予处分。", "某某协会处分办法")).not.toContain("STEM_STARTS_MID_CLAUSE");
  });
});
