import { describe, expect, it } from "vitest";
import { indexCourse, scoreCandidate, type Candidate, type Question } from "@/lib/questions";
import { buildInventory } from "@/lib/questions/distractors";
import { trueFalseExplanation } from "@/lib/questions/explanation";
import { statementIsWhole, swapClause, swapGivesItselfAway, wholeWindow } from "@/lib/questions/generate-true-false";
import { anachronisticSpeaker } from "@/lib/questions/party-vocabulary";
import { isNoisyItem } from "@/lib/questions/quality-gate";
import { fixtureModule } from "./fixture-course";
import { fillBlankCandidate, fixtureContext } from "./fixtures";

// Issue 16, items 4 and 7: a 判断 is a whole sentence, its swap is not given away by the rest of it, and a true
// one's 解析 says why it holds.

describe("a 判断 statement is whole (statementIsWhole, wholeWindow)", () => {
  it("is not whole when its last clause is only a time: what must be done then was cut off", () => {
    expect(statementIsWhole("调整办公用房的单位，应当在接到通知后3个月内", "，将多余房屋交回。")).toBe(false);
    expect(statementIsWhole("调整办公用房的单位，应当在接到通知后3个月内将多余房屋交回", "。")).toBe(true);
  });

  it("is not whole when an object put before its verb (将…) waits for the verb the cut dropped", () => {
    expect(statementIsWhole("检查组应当认真核实，并于10日内将核实结果和处理意见", "，报送上级党委。")).toBe(false);
  });

  it("is not whole when it stops before a colon, or on a condition the rest rules on", () => {
    expect(statementIsWhole("支部书记的职责包括", "：（一）主持支部工作。")).toBe(false);
    expect(statementIsWhole("党员连续六个月不参加组织生活的", "，视为自行脱党。")).toBe(false);
  });

  it("is whole when it says something, and a word ending in 内 or 的 as a noun is no cut", () => {
    expect(statementIsWhole("各级党组织要加强党内", "")).toBe(true);
    expect(statementIsWhole("在学习中，要把理论武装作为根本目的", "，坚持学用结合。")).toBe(true);
  });

  it("grows a cut window clause by clause to take the verb it waits for, or gives none", () => {
    const text = "调整办公用房的单位，应当在接到通知后3个月内，将多余房屋交回机关事务管理部门统一调配。";
    const sentence = { text, start: 100 };
    const cut = { text: "调整办公用房的单位，应当在接到通知后3个月内", start: 100 };
    expect(wholeWindow(sentence, cut)).toEqual({ text: "调整办公用房的单位，应当在接到通知后3个月内，将多余房屋交回机关事务管理部门统一调配", start: 100 });
    const long = { text: `${"各".repeat(80)}，应当在接到通知后3个月内，将多余房屋交回。`, start: 0 };
    expect(wholeWindow(long, { text: long.text.slice(0, long.text.indexOf("内") + 1), start: 0 })).toBeNull();
  });
});

describe("a false 判断's swap is consistent (swapGivesItselfAway, swapClause)", () => {
  const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });

  it("is given away when the replaced term is said again in the statement", () => {
    const text = "组织纪律是最基本的纪律，遵守组织纪律是遵守全部纪律的前提";
    expect(swapGivesItselfAway(text, at(text, "组织纪律"), "组织纪律", "群众纪律")).toBe(true);
  });

  it("is given away when what sets the original apart from its replacement stays (物质文明 → 生态文明 beside 物质条件)", () => {
    const text = "物质文明为精神文明提供物质条件";
    expect(swapGivesItselfAway(text, at(text, "物质文明"), "物质文明", "生态文明")).toBe(true);
    const clean = "物质文明为精神文明提供基础";
    expect(swapGivesItselfAway(clean, at(clean, "物质文明"), "物质文明", "生态文明")).toBe(false);
  });

  it("is given away when a changed number is said again (四人 beside 二人以上)", () => {
    const text = "每个案件应由二人共同承办，重大案件应组成二人以上的小组";
    expect(swapGivesItselfAway(text, at(text, "二人"), "二人", "四人")).toBe(true);
  });

  it("keeps only the clause holding the swap when it stands alone, else none", () => {
    const text = "组织纪律是最基本的纪律，遵守组织纪律是遵守全部纪律的前提";
    expect(swapClause(text, at(text, "组织纪律"), "组织纪律", "群众纪律")).toEqual({ text: "组织纪律是最基本的纪律", target: { start: 0, end: 4 } });
    const condition = "来访人员在10人以内的，陪同人员不得超过3人；超过10人的，不得超过来访人数的一半";
    expect(swapClause(condition, at(condition, "10人"), "10人", "50人")).toBeNull();
    const material = "物质文明为精神文明提供物质条件，精神文明又为物质文明提供动力";
    expect(swapClause(material, at(material, "物质文明"), "物质文明", "生态文明")).toBeNull();
  });
});

describe("a true 判断's 解析 teaches (trueFalseExplanation, BARE_TRUE_EXPLANATION)", () => {
  const module = fixtureModule("支部工作手册", "一、组织生活", ["支部每月开展一次主题党日活动。", "主题党日由支部书记负责组织实施。"], [{ kind: "term", text: "主题党日" }], "mod_tf_teach");
  const course = indexCourse({ modules: [module] });
  const context = { index: course, inventory: buildInventory(course, (item, siblings) => !isNoisyItem(item, siblings)) };
  const located = course.passages[0]!;
  const key = { located, offset: located.passage.text.indexOf("主题党日") + 4 };

  it("does not teach when it only matches the original and quotes another sentence that mentions the key", () => {
    const bare = trueFalseExplanation(context, { original: "主题党日", change: null, key, quoted: "支部每月开展一次主题党日活动", focus: "term" });
    expect(bare.text).toMatch(/^正确。本句与.+的原文一致/);
    expect(bare.teaches).toBe(false);
    expect(trueFalseExplanation(context, { original: "一次", change: null, key, quoted: "支部每月开展一次主题党日活动", focus: "number" }).teaches).toBe(false);
  });

  it("credits a true quotation to its speaker, with no class the speaker belongs to; bare, it does not teach (stop 36)", () => {
    const said = trueFalseExplanation(context, { original: "习近平", change: null, key, quoted: "支部每月开展一次主题党日活动", focus: "speaker" });
    expect(said.text).toMatch(/^正确。这段论述出自「习近平」。见/);
    expect(said.text).not.toContain("属于");
    // Readers labelled every published bare attribution needs-edit or discard: the speaker and the quotation again teach nothing.
    expect(said.teaches).toBe(false);
  });

  it("sends a true 判断 whose 解析 teaches nothing to review, and no false one", () => {
    const { index } = fixtureContext();
    const base = fillBlankCandidate("全党开展了党的群众路线教育实践活动，坚决反对官僚主义。", "官僚主义");
    const statement = (answer: boolean, teaches: boolean): Candidate => ({
      question: { ...base.question, type: "TRUE_FALSE", stem: base.evidence.sentence!, answer, options: [] } as Question,
      evidence: { ...base.evidence, explanationTeaches: teaches },
    });
    expect(scoreCandidate(statement(true, false), index).doubts).toContain("BARE_TRUE_EXPLANATION");
    expect(scoreCandidate(statement(true, true), index).doubts).not.toContain("BARE_TRUE_EXPLANATION");
    expect(scoreCandidate(statement(false, false), index).doubts).not.toContain("BARE_TRUE_EXPLANATION");
  });
});

describe("a statement that points at chapters of its document", () => {
  it("leans on text the learner does not see (CROSS_REFERENCE)", () => {
    const { index } = fixtureContext();
    const refers = fillBlankCandidate("基层党组织负责人的选拔工作按照本规定第二章、第三章有关条款执行。", "选拔工作");
    expect(scoreCandidate(refers, index).doubts).toContain("CROSS_REFERENCE");
    const plain = fillBlankCandidate("基层党组织负责人的选拔工作按照民主集中制原则进行。", "选拔工作");
    expect(scoreCandidate(plain, index).doubts).not.toContain("CROSS_REFERENCE");
  });
});

describe("a speaker swap false by era", () => {
  it("never credits words of the digital age to a leader before it", () => {
    expect(anachronisticSpeaker("大数据发展日新月异，我们应该审时度势。", "邓小平")).toBe(true);
    expect(anachronisticSpeaker("大数据发展日新月异，我们应该审时度势。", "习近平")).toBe(false);
  });
});
