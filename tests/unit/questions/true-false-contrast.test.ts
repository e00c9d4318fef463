import { describe, expect, it } from "vitest";
import { generateTrueFalse, numberSites, scoreCandidate, type Candidate, type Question } from "@/lib/questions";
import { sameCountFrame, trueFalseExplanation } from "@/lib/questions/explanation";
import { balanceWithStandIns, type StandIn } from "@/lib/questions/generate-question-bank";
import { fixtureModule } from "./fixture-course";
import { fillBlankCandidate, fixtureContext, moduleContext } from "./fixtures";

// Issue 16, items 4 and 7: true 判断 that are facts of record, whose 解析 teaches by contrast with the sibling the
// false generator would have swapped in, and a balance where a true statement sent to review gives its sentence back.

function contextOf(paragraphs: string[], points: Parameters<typeof fixtureModule>[3]) {
  return moduleContext("纪律手册", "一、纪律", paragraphs, points, "mod_tf_contrast");
}

/** Two time limits of the same frame in two rules: 3个月 (the key) and 1个月 said elsewhere. */
function twoTimeLimits() {
  const context = contextOf(["复议复查工作应当在3个月内办结。", "线索处置意见应当自收到线索之日起1个月内提出。"], [
    { kind: "number", text: "3个月", answer: "3个月", passage: 0 },
    { kind: "number", text: "1个月", answer: "1个月", passage: 1 },
  ]);
  const located = context.index.passages[0]!;
  return { context, key: { located, offset: located.passage.text.indexOf("3个月") + 3 } };
}

describe("a true 判断's 解析 contrasts its key with the sibling a false one would swap in (trueContrast)", () => {
  it("names the set both terms belong to and the one the statement does not say", () => {
    const context = contextOf(["政治纪律是党最根本、最重要的纪律，党的纪律还有组织纪律、廉洁纪律等。"], [{ kind: "term", text: "政治纪律" }]);
    const located = context.index.passages[0]!;
    const key = { located, offset: 4 };
    const told = trueFalseExplanation(context, { original: "政治纪律", change: null, key, quoted: "政治纪律是党最根本、最重要的纪律", focus: "term", contrast: { kind: "term-swap", from: "政治纪律", to: "廉洁纪律" } });
    expect(told.text).toContain("「政治纪律」与「廉洁纪律」同属“党的纪律”（政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律）");
    expect(told.text).toMatch(/这里是「政治纪律」，不是「廉洁纪律」。$/);
    expect(told).toMatchObject({ teaches: true, contrasted: true });
  });

  it("names no contrast for a term outside the set the passage speaks of", () => {
    const context = contextOf(["作风建设是党的建设的重要内容。"], [{ kind: "term", text: "作风建设" }]);
    const key = { located: context.index.passages[0]!, offset: 4 };
    const plain = trueFalseExplanation(context, { original: "作风建设", change: null, key, quoted: "作风建设是党的建设的重要内容", focus: "term", contrast: { kind: "term-swap", from: "作风建设", to: "廉洁纪律" } });
    expect(plain.text).not.toContain("不是「廉洁纪律」");
    expect(plain.contrasted).toBeFalsy();
  });

  it("shows another number of the course where the course says it, never one from the statement's own sentence", () => {
    const { context, key } = twoTimeLimits();
    const told = trueFalseExplanation(context, { original: "3个月", change: null, key, quoted: "复议复查工作应当在3个月内办结", focus: "number", contrast: { kind: "number-change", from: "3个月", to: "1个月" } });
    expect(told.text).toContain("「1个月」是另一事项的数字，见");
    expect(told.text).toContain("不要与本句的「3个月」混淆。");
    // Nothing in a true statement was changed: no correction of a number it does not hold (stop 38).
    expect(told.text).not.toContain("不是「1个月」");
    expect(told.text).toContain("“线索处置意见应当自收到线索之日起1个月内提出”");
    expect(told.teaches).toBe(true);
    // A number the course does not say (an invented one) is no certain contrast: the 解析 stays bare.
    const invented = trueFalseExplanation(context, { original: "3个月", change: null, key, quoted: "复议复查工作应当在3个月内办结", focus: "number", contrast: { kind: "number-change", from: "3个月", to: "5个月" } });
    expect(invented.teaches).toBe(false);
  });

  it("tells a false statement's swapped-in number where the course really says it (stop 33), and nothing it cannot place", () => {
    const { context, key } = twoTimeLimits();
    const swapped = trueFalseExplanation(context, { original: "3个月", change: { kind: "number-change", from: "3个月", to: "1个月" }, key, quoted: "复议复查工作应当在3个月内办结", focus: "number", statement: "复议复查工作应当在1个月内办结" });
    expect(swapped.text).toMatch(/^错误。原文的数字是「3个月」，题中改成了「1个月」。/);
    expect(swapped.text).toContain("「1个月」出自");
    expect(swapped.text).toContain("不要与本句混淆。");
    expect(swapped.text).not.toContain("不是「1个月」；");
    const invented = trueFalseExplanation(context, { original: "3个月", change: { kind: "number-change", from: "3个月", to: "5个月" }, key, quoted: "复议复查工作应当在3个月内办结", focus: "number", statement: "复议复查工作应当在5个月内办结" });
    expect(invented.text).not.toContain("出自");
  });
});

describe("another number is a contrast only when it counts the same kind of thing (sameCountFrame)", () => {
  it("takes numbers said in the same frame, not a count of something else", () => {
    const other = "各部门召开的全国性会议，时间不超过2天";
    expect(sameCountFrame("出访时间不超过10天", "10天", other, other.indexOf("2天"), "2天")).toBe(true);
    const limit = "复议复查工作应当在3个月内办结";
    expect(sameCountFrame("处置意见应当自收到线索之日起1个月内提出", "1个月", limit, limit.indexOf("3个月"), "3个月")).toBe(true);
    const prison = "因过失犯罪，被依法判处三年以上有期徒刑";
    expect(sameCountFrame("留党察看处分，分为留党察看一年、留党察看二年", "一年", prison, prison.indexOf("三年"), "三年")).toBe(false);
  });
});

describe("a true rule's number told apart from another is no bare restatement (TRUE_RESTATEMENT)", () => {
  it("doubts a true 应当… rule without a contrast, not one with a number contrast", () => {
    const { index } = fixtureContext();
    const base = fillBlankCandidate("复议复查工作应当在3个月内办结。", "3个月");
    const statement = (contrast: boolean): Candidate => ({
      question: { ...base.question, type: "TRUE_FALSE", focus: "number", stem: "复议复查工作应当在3个月内办结。", answer: true, options: [] } as Question,
      evidence: { ...base.evidence, explanationTeaches: contrast, ...(contrast ? { contrast: { kind: "number-change" as const, from: "3个月", to: "1个月" } } : {}) },
    });
    expect(scoreCandidate(statement(false), index).doubts).toContain("TRUE_RESTATEMENT");
    expect(scoreCandidate(statement(true), index).doubts).not.toContain("TRUE_RESTATEMENT");
  });
});

describe("one fact, one question: a true 判断 sent to review for balance gives its sentence to its false one (balanceWithStandIns)", () => {
  const trueSide = (standIns: ReadonlyMap<string, StandIn>) => ({ true: standIns, false: new Map<string, StandIn>() });
  const statement = (id: string, answer: boolean, confidence = 1): Question => ({ ...fillBlankCandidate("复议复查工作应当在3个月内办结。", "3个月").question, id, contentHash: id, type: "TRUE_FALSE", answer, confidence });

  it("publishes the false statement of the sentence in place of the true surplus", () => {
    const t1 = statement("t1", true);
    const f1 = statement("f1", false);
    const standIn = { candidate: fillBlankCandidate("复议复查工作应当在1个月内办结。", "1个月"), question: f1 };
    const { kept, surplus } = balanceWithStandIns([t1], trueSide(new Map([["t1", standIn]])));
    expect(kept.map((question) => question.id)).toEqual(["f1"]);
    expect(surplus.true.map((question) => question.id)).toEqual(["t1"]);
  });

  it("replaces one at a time: a false stand-in makes room for other true statements", () => {
    const trues = ["t1", "t2", "t3", "t4"].map((id) => statement(id, true));
    const f1 = statement("f1", false);
    const { kept, surplus } = balanceWithStandIns(trues, trueSide(new Map([["t4", { candidate: fillBlankCandidate("复议复查工作应当在1个月内办结。", "1个月"), question: f1 }]])));
    expect(kept.map((question) => question.id)).toEqual(["t1", "t2", "t3", "f1"]);
    expect(surplus.true.map((question) => question.id)).toEqual(["t4"]);
  });

  it("returns the stand-ins it published, with their candidates, and changes nothing it was given", () => {
    const trues = ["t1", "t2", "t3", "t4"].map((id) => statement(id, true));
    const given = [...trues];
    const candidate = fillBlankCandidate("复议复查工作应当在1个月内办结。", "1个月");
    const standIns = new Map([["t4", { candidate, question: statement("f1", false) }]]);
    const { standingIn } = balanceWithStandIns(trues, trueSide(standIns));
    expect(standingIn.map(({ question }) => question.id)).toEqual(["f1"]);
    expect(standingIn[0]!.candidate).toBe(candidate);
    expect(trues).toEqual(given);
    expect([...standIns.keys()]).toEqual(["t4"]);
  });

  it("returns no stand-in when the true statements are within balance", () => {
    const { kept, standingIn } = balanceWithStandIns([statement("t1", true), statement("f2", false)], trueSide(new Map([["t1", { candidate: fillBlankCandidate("复议复查工作应当在1个月内办结。", "1个月"), question: statement("f1", false) }]])));
    expect(kept.map((question) => question.id)).toEqual(["t1", "f2"]);
    expect(standingIn).toEqual([]);
  });
});

describe("a false-leaning bank: a false 判断 gives its sentence to the confident true statement of it (balanceWithStandIns)", () => {
  const statement = (id: string, answer: boolean, confidence = 1): Question => ({ ...fillBlankCandidate("巡视组应当在巡视结束后2个月内提交报告。", "2个月").question, id, contentHash: id, type: "TRUE_FALSE", answer, confidence });
  const falseSide = (standIns: ReadonlyMap<string, StandIn>) => ({ true: new Map<string, StandIn>(), false: standIns });
  const standIn = (id: string) => ({ candidate: fillBlankCandidate("巡视组应当在巡视结束后2个月内提交报告。", "2个月"), question: statement(id, true) });

  it("publishes true stand-ins, the least confident false one first, until no more than three are false to each true one", () => {
    const falses = [statement("f1", false), statement("f2", false, 0.9), statement("f3", false), statement("f4", false), statement("f5", false)];
    const { kept, surplus, standingIn } = balanceWithStandIns(falses, falseSide(new Map([["f1", standIn("t1")], ["f2", standIn("t2")], ["f5", standIn("t5")]])));
    // 5 false, 0 true: f2 (least confident) gives way (4 : 1 is still more than three to one), then f5 (the last generated).
    expect(surplus.false.map((question) => question.id)).toEqual(["f2", "f5"]);
    expect(standingIn.map(({ question }) => question.id)).toEqual(["t2", "t5"]);
    expect(kept.map((question) => question.id)).toEqual(["f1", "t2", "f3", "f4", "t5"]);
  });

  it("sends no false statement to review without a true stand-in, and leaves a balanced bank alone", () => {
    const falses = ["f1", "f2", "f3", "f4"].map((id) => statement(id, false));
    expect(balanceWithStandIns(falses, falseSide(new Map())).kept).toEqual(falses);
    // One false 判断 alone is not flipped past balance the other way (its true stand-in would be TRUE_SURPLUS); two may give one.
    expect(balanceWithStandIns([statement("f1", false)], falseSide(new Map([["f1", standIn("t1")]]))).kept.map((question) => question.id)).toEqual(["f1"]);
    expect(balanceWithStandIns([statement("f1", false), statement("f2", false)], falseSide(new Map([["f1", standIn("t1")]]))).kept.map((question) => question.id)).toEqual(["t1", "f2"]);
    const balanced = [statement("f1", false), statement("f2", false), statement("f3", false), statement("t1", true)];
    expect(balanceWithStandIns(balanced, falseSide(new Map([["f1", standIn("t9")]]))).standingIn).toEqual([]);
  });

  it("balances one way only: with stand-ins for both answers, a false-leaning bank swaps false ones and sends no true one to review", () => {
    const falses = ["f1", "f2", "f3", "f4", "f5"].map((id) => statement(id, false));
    const falseStandIn = { candidate: fillBlankCandidate("巡视组应当在巡视结束后3个月内提交报告。", "3个月"), question: statement("f9", false) };
    const { kept, surplus } = balanceWithStandIns(falses, { true: new Map([["t2", falseStandIn]]), false: new Map([["f5", standIn("t5")]]) });
    expect(kept.map((question) => question.id)).toEqual(["f1", "f2", "f3", "f4", "t5"]);
    expect(surplus).toEqual({ true: [], false: [falses[4]] });
  });
});

describe("a true attribution is told apart from another speaker by that speaker's own quotation (speakerContrast)", () => {
  const context = moduleContext(
    "领导人论党风",
    "一、党风廉政",
    ["邓小平指出：“执政党的党风问题是有关党的生死存亡的问题。”", "陈云指出：“党风问题，是有关执政党生死存亡的问题。”", "李先念到基层考察。"],
    [
      { kind: "quote", passage: 0, text: "执政党的党风问题是有关党的生死存亡的问题。", speaker: "邓小平" },
      { kind: "quote", passage: 1, text: "党风问题，是有关执政党生死存亡的问题。", speaker: "陈云" },
    ],
    "mod_tf_speaker",
  );
  const located = context.index.passages[0]!;
  const explain = (to: string) =>
    trueFalseExplanation(context, { original: "邓小平", change: null, key: { located, offset: 30 }, quoted: "执政党的党风问题是有关党的生死存亡的问题。", focus: "speaker", contrast: { kind: "speaker-swap", from: "邓小平", to } });

  it("quotes the other speaker's own words with their 出处, after the evidence", () => {
    const told = explain("陈云");
    expect(told.contrasted).toBe(true);
    expect(told.text).toMatch(/^正确。这段论述出自「邓小平」。见[^：]+：“执政党的党风问题是有关党的生死存亡的问题。?”。课程引述「陈云」的是另一段论述：“党风问题，是有关执政党生死存亡的问题”（[^）]+），不是这一段。$/);
  });

  it("names no speaker the course quotes nowhere (李先念 only visits): no contrast, no bare 'not 李先念'", () => {
    const told = explain("李先念");
    expect(told.contrasted).toBe(false);
    expect(told.text).not.toContain("李先念");
  });
});

describe("a true 判断 its seeded change cannot teach is told apart from another certain change (otherContrasts)", () => {
  it("offers, beside each false number 判断, a true one naming a number of the same frame in another rule", () => {
    const context = contextOf(
      [
        "第十条 申诉应当在受理后3个月内办结。",
        "第十一条 复核意见应当在收到材料后1个月内提出。",
        "第十二条 本办法所称任期为12个月，试用期为4个月。",
        "第十三条 整改情况应当在反馈后2个月内报告。",
      ],
      [
        { kind: "number", text: "3个月", answer: "3个月", passage: 0 },
        { kind: "number", text: "1个月", answer: "1个月", passage: 1 },
        { kind: "number", text: "12个月", answer: "12个月", passage: 2 },
        { kind: "number", text: "4个月", answer: "4个月", passage: 2 },
        { kind: "number", text: "2个月", answer: "2个月", passage: 3 },
      ],
    );
    const module = context.course.modules[0]!;
    const candidates = generateTrueFalse(module, [], numberSites(context.index, module), context.index, context.inventory);
    const limits = ["3个月", "1个月", "2个月"];
    for (const limit of limits) {
      const told = candidates.find((candidate) => candidate.question.answer === true && candidate.evidence.answers[0] === limit && candidate.evidence.contrast);
      expect(told, limit).toBeDefined();
      // The contrast is a time limit said in another rule (…内), never the term of office or the probation.
      expect(told!.question.explanation).toMatch(new RegExp(`「[123]个月」是另一事项的数字，见第十[一二三]?条：“[^”]+”，不要与本句的「${limit}」混淆`));
    }
  });
});

describe("another rule's number is a contrast only about the same subject, quoted as a whole clause (stop 40)", () => {
  /** A key count in passage 0 and another count said in passage 1. */
  function twoCounts(key: string, keySentence: string, other: string, otherSentence: string) {
    const context = contextOf([keySentence, otherSentence], [
      { kind: "number", text: key, answer: key, passage: 0 },
      { kind: "number", text: other, answer: other, passage: 1 },
    ]);
    const located = context.index.passages[0]!;
    const key_ = { located, offset: located.passage.text.indexOf(key) + key.length };
    return trueFalseExplanation(context, { original: key, change: null, key: key_, quoted: keySentence.replace(/。$/, ""), focus: "number", contrast: { kind: "number-change", from: key, to: other } });
  }

  it("leaves out a cap on another thing (a meeting's size beside a panel's members)", () => {
    const told = twoCounts("200人", "年度表彰大会的参会人数不超过200人。", "20人", "评审小组的成员不超过20人。");
    expect(told.text).not.toContain("「20人」");
    expect(told.teaches).toBe(false);
  });

  it("keeps a cap on the same thing", () => {
    const told = twoCounts("200人", "年度表彰大会的参会人数不超过200人。", "80人", "专题座谈会的参会人数不超过80人。");
    expect(told.text).toContain("「80人」是另一事项的数字，见");
    expect(told.teaches).toBe(true);
  });

  it("quotes the clause after a count the quoted clause stops on, so the deadline says what it is for", () => {
    const told = twoCounts("3个月", "整改报告应当在3个月内报送。", "2个月", "新成立的工作小组，应当在组建后2个月内，向上级党组织和本级党委的办公室、组织部门、宣传部门报送工作方案和人员名单，不得拖延。");
    expect(told.text).toContain("应当在组建后2个月内，向上级党组织和本级党委的办公室、组织部门、宣传部门报送工作方案和人员名单”");
    expect(told.teaches).toBe(true);
  });
});
