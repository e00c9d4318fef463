import { describe, expect, it } from "vitest";
import { indexCourse, scoreCandidate, type Candidate } from "@/lib/questions";
import { couplingSlot } from "@/lib/questions/confidence";
import { fixtureModule } from "./fixture-course";
import { fillBlankCandidate, placedIn } from "./fixtures";

/** A 填空 on the key of the sentence, placed in a one-module course of that title. */
function doubtsOf(title: string, sentence: string, answer: string): string[] {
  const course = { modules: [fixtureModule(title, "一、总体要求", [sentence], [], "mod_coupling")] };
  const module = course.modules[0]!;
  const base = fillBlankCandidate(sentence, answer);
  const candidate: Candidate = placedIn(base, module);
  return scoreCandidate(candidate, indexCourse(course)).doubts;
}

describe("a blank that is only what is combined with or run through (COUPLING_SLOT, stop 30)", () => {
  it("takes the bare object of 与…结合起来 and 把…贯穿其中", () => {
    const combined = "各单位要把整改落实与业务工作结合起来，与改革创新结合起来，推动工作上台阶。";
    expect(couplingSlot(combined.replace("与改革创新", "与______"), combined, ["改革创新"])).toBe(true);
    const pervading = "推进基层治理现代化，必须把党的领导贯穿始终。";
    expect(couplingSlot(pervading.replace("党的领导", "______"), pervading, ["党的领导"])).toBe(true);
    const closely = "要把学习成果同______紧密结合，转化为工作动力。";
    expect(couplingSlot(closely, closely.replace("______", "岗位实践"), ["岗位实践"])).toBe(true);
  });

  it("leaves an item of a list, a blank outside the coupling and a pair of blanks alone", () => {
    const list = "把党内监督与群众监督、舆论监督、______结合起来，形成监督合力。";
    expect(couplingSlot(list, list.replace("______", "法律监督"), ["法律监督"])).toBe(false);
    const created = "把理论同本地实际结合起来，形成了______。";
    expect(couplingSlot(created, created.replace("______", "工作机制"), ["工作机制"])).toBe(false);
    const pair = "实行______和______相结合的制度。";
    expect(couplingSlot(pair, "实行集体领导和个人分工负责相结合的制度。", ["集体领导", "个人分工负责"])).toBe(false);
  });

  it("sends such a 填空 to review in a rule-setting text as in a report", () => {
    const sentence = "实施这项战略，必须把制度建设贯穿其中。";
    expect(doubtsOf("关于实施某项战略的意见", sentence, "制度建设")).toContain("COUPLING_SLOT");
    expect(doubtsOf("某单位年度工作报告", sentence, "制度建设")).toContain("COUPLING_SLOT");
    expect(doubtsOf("某单位年度工作报告", "实施这项战略，必须加强制度建设，完善工作机制。", "制度建设")).not.toContain("COUPLING_SLOT");
  });
});

describe("COUPLING_SLOT on a single choice", () => {
  it("takes the choice marker as it takes the blank", () => {
    const sentence = "实施这项战略，必须把制度建设贯穿其中。";
    expect(couplingSlot("实施这项战略，必须把（　）贯穿其中。", sentence, ["制度建设"])).toBe(true);
    expect(couplingSlot("把党内监督与群众监督、（　）结合起来。", "把党内监督与群众监督、舆论监督结合起来。", ["舆论监督"])).toBe(false);
  });
});
