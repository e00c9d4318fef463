import { describe, expect, it } from "vitest";
import { scoreCandidate, type Candidate } from "@/lib/questions";
import { listedBeside, singleChoiceExplanation } from "@/lib/questions/explanation";
import { distinctMembersClass, oneClosedSetWithout, recitedClosedSetMembers } from "@/lib/questions/party-vocabulary";
import { namedByAliasIn, termGloss } from "@/lib/questions/term-glosses";
import { asSingleChoice, fillBlankCandidate, fixtureContext, keyPlace, moduleContext } from "./fixtures";

// Synthetic sentences of a branch's work plan, written for these tests.
const context = moduleContext(
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
const explain = (passage: number, answer: string, distractors: string[]) => {
  const key = keyPlace(context.index, passage, answer);
  return singleChoiceExplanation(context, { answer, distractors, key, quoted: key.located.passage.text, isNumber: false });
};

describe("a wrong option of a set of record is said by its gloss, or the 单选 waits in review (stop 36)", () => {
  it("glosses 作风建设 and 制度建设 of 党的建设, and names the member it cannot gloss", () => {
    const explained = explain(0, "思想建设", ["作风建设", "制度建设", "组织建设"]);
    expect(explained.text).toContain("「作风建设」：加强作风建设，必须紧紧围绕保持党同人民群众的血肉联系");
    expect(explained.text).toContain("「制度建设」：领导制度、组织制度问题更带有根本性");
    expect(explained.untaughtOptions).toEqual(["组织建设"]);
  });

  it("names the options of a list of examples (监督体系) said only by their kind, where no list of the sentence ties them back (stop 36)", () => {
    const explained = explain(1, "群众监督", ["行政监督", "司法监督", "人大监督"]);
    expect(explained.text).toContain("「人大监督」：国家行政机关、监察机关、审判机关、检察机关都由人民代表大会产生");
    expect(explained.text).toContain("同属“监督体系”");
    expect(explained.untaughtOptions.sort()).toEqual(["司法监督", "行政监督"]);
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
    const base = fillBlankCandidate("支部今年要把思想建设摆在首位，组织党员学习党的创新理论。", "思想建设", "支部今年要把（　）摆在首位，组织党员学习党的创新理论。");
    const choice = (evidence: Partial<Candidate["evidence"]>): Candidate => asSingleChoice(base, ["组织建设"], { focus: "term" }, evidence);
    expect(scoreCandidate(choice({ explanationTeaches: true, untaughtOptions: ["组织建设"] }), index).doubts).toContain("UNTAUGHT_CHOICE_OPTION");
    expect(scoreCandidate(choice({ explanationTeaches: true }), index).doubts).not.toContain("UNTAUGHT_CHOICE_OPTION");
    const bare = scoreCandidate(choice({ explanationTeaches: false, untaughtOptions: ["组织建设"] }), index).doubts;
    expect(bare).toContain("BARE_CHOICE_EXPLANATION");
    expect(bare).not.toContain("UNTAUGHT_CHOICE_OPTION");
  });
});

// Stop 36 (issue 16, criteria C and E): wrong options from outside the closed set a sentence recites, taught ones first,
// tied back to the sentence's list. Sentences of a county committee's work summary, written for these tests.
describe("wrong options outside the recited closed set, tied back to the sentence (stop 36)", () => {
  const countyContext = moduleContext(
    "县委工作总结",
    "县委工作总结",
    [
      "调研中发现，个别单位仍有形式主义、官僚主义苗头，群众反映强烈。",
      "全县各级党组织要把党内监督同审计监督、群众监督、舆论监督贯通起来，形成监督合力。",
      "县委常委会带头改进作风，坚决纠治享乐主义。",
    ],
    [],
    "mod_county_summary",
  );
  const county = countyContext.index;
  const countyExplain = (passage: number, answer: string, distractors: string[]) => {
    const key = keyPlace(county, passage, answer);
    return singleChoiceExplanation(countyContext, { answer, distractors, key, quoted: key.located.passage.text, isNumber: false });
  };

  it("takes the other members of a closed set the sentence recites in part out of the wrong options", () => {
    const recited = recitedClosedSetMembers("官僚主义", county.passages[0]!.passage.text);
    expect(recited).toEqual(expect.arrayContaining(["享乐主义", "奢靡之风"]));
    expect(recited).not.toContain("本位主义");
    // The key alone of its set: no recital.
    expect(recitedClosedSetMembers("享乐主义", county.passages[2]!.passage.text)).toEqual([]);
  });

  it("finds the key's list in its sentence, of the key's own kind", () => {
    expect(listedBeside("审计监督", county.passages[1]!.passage.text)).toEqual(["党内监督", "群众监督", "舆论监督"]);
    expect(listedBeside("官僚主义", county.passages[0]!.passage.text)).toEqual(["形式主义"]);
    // A verb before the first item (纠治) is no part of it, and a lone key has no list.
    expect(listedBeside("享乐主义", county.passages[2]!.passage.text)).toEqual([]);
  });

  it("ties the wrong options back to the sentence's list once, after what each is", () => {
    const explained = countyExplain(1, "审计监督", ["人大监督", "民主监督", "司法监督"]);
    expect(explained.text).toContain("「人大监督」：国家行政机关");
    expect(explained.text).toContain("原文此处与「党内监督」「群众监督」「舆论监督」并列的是「审计监督」，以上其他选项都不在其中。");
    expect(explained.text).not.toContain("都不是原文此处的说法");
    // Two of three taught and the list ties the third back: no review.
    expect(explained.untaughtOptions).toEqual([]);
  });

  it("says a wrong option outside the 四风 is not of them, and ties it to the recital", () => {
    const explained = countyExplain(0, "官僚主义", ["本位主义", "好人主义", "个人主义"]);
    expect(explained.text).toContain("不属于“四风”");
    expect(explained.text).toContain("原文此处与「形式主义」并列的是「官僚主义」");
    expect(explained.untaughtOptions).toEqual([]);
  });

  it("knows three options of one closed set without the key, and a body named by another of its names", () => {
    expect(oneClosedSetWithout("好人主义", ["形式主义", "享乐主义", "官僚主义"])).toBe(true);
    expect(oneClosedSetWithout("官僚主义", ["形式主义", "本位主义", "享乐主义"])).toBe(false);
    expect(namedByAliasIn("中央纪律检查委员会", "本办法由中央纪委会同有关部门负责解释。")).toBe(true);
    expect(namedByAliasIn("中央纪律检查委员会", "本办法由中央组织部负责解释。")).toBe(false);
  });
});

describe("a 单选 whose 解析 concludes only that the wrong options are not the wording here waits in review (stop 39)", () => {
  it("marks a term 单选 whose wrong options end on 都不是原文此处的说法 (notHereOnly), not one a list of the sentence ties back nor one on a number", () => {
    // 思想建设 stands in no list of its sentence: each wrong option is glossed, then dismissed only as not the wording here.
    const alone = explain(0, "思想建设", ["作风建设", "制度建设"]);
    expect(alone.text).toContain("都不是原文此处的说法");
    expect(alone.notHereOnly).toBe(true);
    // Options ruled out as not of the key's narrower set (经济建设 is no part of 党的建设) need no such conclusion.
    expect(explain(2, "政治建设", ["经济建设"]).notHereOnly).toBe(false);
    const listed = moduleContext("支部工作要点", "支部工作要点", ["支部要把党内监督与群众监督、法律监督、舆论监督结合起来。"], [], "mod_listed");
    const key = keyPlace(listed.index, 0, "舆论监督");
    const tied = singleChoiceExplanation(listed, { answer: "舆论监督", distractors: ["人大监督", "审计监督"], key, quoted: key.located.passage.text, isNumber: false });
    expect(tied.text).toContain("以上其他选项都不在其中");
    expect(tied.notHereOnly).toBe(false);
  });

  it("doubts such a 单选 (NOT_HERE_ONLY), never beside BARE_CHOICE_EXPLANATION", () => {
    const { index } = fixtureContext();
    const base = fillBlankCandidate("支部今年要把思想建设摆在首位，组织党员学习党的创新理论。", "思想建设", "支部今年要把（　）摆在首位，组织党员学习党的创新理论。");
    const choice = (evidence: Partial<Candidate["evidence"]>): Candidate => asSingleChoice(base, ["作风建设"], { focus: "term" }, evidence);
    expect(scoreCandidate(choice({ explanationTeaches: true, notHereOnly: true }), index).doubts).toContain("NOT_HERE_ONLY");
    expect(scoreCandidate(choice({ explanationTeaches: true }), index).doubts).not.toContain("NOT_HERE_ONLY");
    const bare = scoreCandidate(choice({ explanationTeaches: false, notHereOnly: true }), index).doubts;
    expect(bare).toContain("BARE_CHOICE_EXPLANATION");
    expect(bare).not.toContain("NOT_HERE_ONLY");
  });
});
