import { describe, expect, it } from "vitest";
import { indexCourse, scoreCandidate, type Candidate, type Question } from "@/lib/questions";
import { buildInventory } from "@/lib/questions/distractors";
import { singleChoiceExplanation } from "@/lib/questions/explanation";
import { distinctMembersClass } from "@/lib/questions/party-vocabulary";
import { termGloss } from "@/lib/questions/term-glosses";
import { fixtureModule } from "./fixture-course";
import { fillBlankCandidate, fixtureContext } from "./fixtures";

// Synthetic sentences of a branch's work plan, written for these tests.
const module = fixtureModule(
  "支部工作要点",
  "支部工作要点",
  [
    "支部今年要把思想建设摆在首位，组织党员原原本本学习党的创新理论。",
    "支部全体党员要主动接受群众监督，每季度公开一次党费收缴情况。",
    "支部要以党的政治建设为统领，带动各项工作提质增效。",
    "支部坚持以经济建设为中心，围绕企业生产经营开展党建工作。",
  ],
  [],
  "mod_branch_plan",
);
const course = indexCourse({ modules: [module] });
const context = { index: course, inventory: buildInventory(course, () => true) };
const explain = (passage: number, answer: string, distractors: string[]) => {
  const located = course.passages[passage]!;
  const key = { located, offset: located.passage.text.indexOf(answer) + answer.length };
  return singleChoiceExplanation(context, { answer, distractors, key, quoted: located.passage.text, isNumber: false });
};

describe("a wrong option of a set of record is said by its gloss, or the 单选 waits in review (stop 36)", () => {
  it("glosses 作风建设 and 制度建设 of 党的建设, and names the member it cannot gloss", () => {
    const explained = explain(0, "思想建设", ["作风建设", "制度建设", "组织建设"]);
    expect(explained.text).toContain("「作风建设」：加强作风建设，必须紧紧围绕保持党同人民群众的血肉联系");
    expect(explained.text).toContain("「制度建设」：领导制度、组织制度问题更带有根本性");
    expect(explained.untaughtOptions).toEqual(["组织建设"]);
  });

  it("leaves a list of examples (监督体系) as it is: its kind is all there is to say", () => {
    const explained = explain(1, "群众监督", ["行政监督", "司法监督", "人大监督"]);
    expect(explained.text).toContain("「人大监督」：国家行政机关、监察机关、审判机关、检察机关都由人民代表大会产生");
    expect(explained.text).toContain("同属“监督体系”");
    expect(explained.untaughtOptions).toEqual([]);
  });

  it("says an option outside the key's own set is not of it rather than what it is", () => {
    const explained = explain(2, "政治建设", ["经济建设", "思想建设", "作风建设"]);
    expect(explained.text).toContain("「经济建设」不属于“党的建设”");
    expect(explained.text).not.toContain("以经济建设为中心，其他各项工作");
  });

  it("glosses the members of 五位一体 by the 党章's sentence on each", () => {
    const explained = explain(3, "经济建设", ["政治建设", "文化建设", "社会建设"]);
    expect(explained.text).toContain("「社会建设」：中国共产党领导人民构建社会主义和谐社会，以保障和改善民生为重点（《中国共产党章程》总纲）");
    expect(explained.text).toContain("「政治建设」：中国共产党领导人民发展社会主义民主政治");
    expect(explained.untaughtOptions).toEqual([]);
  });

  it("glosses 作风建设 only where the party's work style is meant", () => {
    expect(termGloss("作风建设", "学院介绍了行政管理能力及作风建设提升举措。", -1, "党的建设")).toBeUndefined();
    expect(termGloss("作风建设", "各级党组织要加强作风建设。", -1, "党的建设")?.source).toBe("党的十九大报告");
  });

  it("tells sets of record from lists of examples", () => {
    for (const name of ["党的建设", "四风", "五位一体", "四个意识"]) expect(distinctMembersClass(name)).toBe(true);
    for (const name of ["监督体系", "党的纪律", "党中央和国务院的机关与工作部门", "没有这一类"]) expect(distinctMembersClass(name)).toBe(false);
  });

  it("doubts a 单选 with an untaught option (UNTAUGHT_CHOICE_OPTION), never beside BARE_CHOICE_EXPLANATION", () => {
    const { index } = fixtureContext();
    const base = fillBlankCandidate("支部今年要把思想建设摆在首位，组织党员学习党的创新理论。", "思想建设");
    const choice = (evidence: Partial<Candidate["evidence"]>): Candidate => ({
      question: { ...base.question, type: "SINGLE_CHOICE", focus: "term", stem: "支部今年要把（　）摆在首位，组织党员学习党的创新理论。", options: [{ key: "A", text: "思想建设" }, { key: "B", text: "组织建设" }], answer: ["A"] } as Question,
      evidence: { ...base.evidence, ...evidence },
    });
    expect(scoreCandidate(choice({ explanationTeaches: true, untaughtOptions: ["组织建设"] }), index).doubts).toContain("UNTAUGHT_CHOICE_OPTION");
    expect(scoreCandidate(choice({ explanationTeaches: true }), index).doubts).not.toContain("UNTAUGHT_CHOICE_OPTION");
    const bare = scoreCandidate(choice({ explanationTeaches: false, untaughtOptions: ["组织建设"] }), index).doubts;
    expect(bare).toContain("BARE_CHOICE_EXPLANATION");
    expect(bare).not.toContain("UNTAUGHT_CHOICE_OPTION");
  });
});
