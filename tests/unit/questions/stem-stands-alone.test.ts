import { describe, expect, it } from "vitest";
import { indexCourse, scoreCandidate, type Candidate } from "@/lib/questions";
import { hasDanglingReference } from "@/lib/questions/dangling-reference";
import { fixtureModule } from "./fixture-course";
import { fillBlankCandidate } from "./fixtures";

/** The doubts of a 填空 on `answer` in `sentence`, placed in a one-module course of that title. */
function doubtsIn(title: string, sentence: string, answer: string): string[] {
  const module = fixtureModule(title, "一、主要工作", [sentence], [], "mod_alone");
  const base = fillBlankCandidate(sentence, answer);
  const candidate: Candidate = { ...base, question: { ...base.question, moduleId: module.id, sectionId: module.sections[0]!.id, passageId: module.sections[0]!.passages[0]!.id } };
  return scoreCandidate(candidate, indexCourse({ modules: [module] })).doubts;
}

describe("stems that lean on what the course said before (stop 30)", () => {
  it("takes an opening frame pointing back with 这 or 此 (在这方面, 从这个意义上, 就此问题上)", () => {
    expect(hasDanglingReference("在这方面，我们最深刻的体会是必须坚持______。")).toBe(true);
    expect(hasDanglingReference("从这个意义上说，______是党的生命线。")).toBe(true);
    expect(hasDanglingReference("在这一点上，各级组织都要坚持______。")).toBe(true);
  });

  it("leaves a frame that names its own matter", () => {
    expect(hasDanglingReference("在思想建设方面，全党必须坚持______。")).toBe(false);
    expect(hasDanglingReference("在党的建设中，必须把______放在首位。")).toBe(false);
  });
});

describe("a personal account's writer calling themself 本人 (PERSONAL_ACCOUNT, stop 30)", () => {
  it("sends a sentence opening a clause on 本人 in a 述职报告 to review", () => {
    expect(doubtsIn("某中学副校长年度述职报告", "一年来，本人认真执行民主集中制，自觉接受监督。", "民主集中制")).toContain("PERSONAL_ACCOUNT");
  });

  it("leaves a regulation's 本人, the person its rule names", () => {
    expect(doubtsIn("某单位党员管理规定", "处理决定作出后，应当在一个月内向党员本人宣布，并执行民主集中制。", "民主集中制")).not.toContain("PERSONAL_ACCOUNT");
    expect(doubtsIn("某单位党员管理规定", "对于申诉，本人坚持无理要求的，要批评教育，并执行民主集中制。", "民主集中制")).not.toContain("PERSONAL_ACCOUNT");
  });
});
