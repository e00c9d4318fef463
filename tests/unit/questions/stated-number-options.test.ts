import { describe, expect, it } from "vitest";
import { generateQuestionBank, indexCourse, scoreCandidate, type Candidate, type Question } from "@/lib/questions";
import { numberDistractors } from "@/lib/questions/distractors";
import { numberStatedInKeyFrame, rangeEnd, singleChoiceExplanation, swappedNumberStated } from "@/lib/questions/explanation";
import { seededRandom } from "@/lib/questions/seeded-random";
import { fixtureModule } from "./fixture-course";
import { fillBlankCandidate, fixtureContext, keyPlace, moduleContext } from "./fixtures";

// Stop 37: the wrong options of a number 单选 (and the changed number of a 判断) are the course's own numbers of the key's
// kind first — another rule's deadline beside a deadline — so the 解析 can say what each is; numbers made up near the key
// only where the course states too few.

const SEEDS = ["a", "b", "c", "d", "e", "f"];

describe("numberDistractors draws the course's stated numbers first", () => {
  it("puts numbers of the key's kind, then those a 解析 can teach, before the others and before made-up ones", () => {
    for (const seed of SEEDS) {
      const wrong = numberDistractors("3年", ["1年", "2年", "4年", "5年", "6年"], 3, seededRandom(seed), undefined, true, {
        inKeyFrame: (text) => text === "5年",
        taught: (text) => text === "5年" || text === "1年",
      });
      expect(wrong).toContain("5年");
      expect(wrong).toContain("1年");
    }
  });

  it("lets a period the course sets in the key's frame lie further from the key than a made-up one", () => {
    for (const seed of SEEDS) {
      const stated = { inKeyFrame: (text: string) => text === "6个月", taught: () => true };
      expect(numberDistractors("1个月", ["6个月"], 3, seededRandom(seed), undefined, true, stated)).toContain("6个月");
      // Without the course saying so, 6个月 is too far from 1个月 for a 单选 (nearCount).
      expect(numberDistractors("1个月", ["6个月"], 3, seededRandom(seed), undefined, true)).not.toContain("6个月");
    }
  });

  it("keeps a count of people near the key, stated or not (16人 beside 2人 is no test)", () => {
    for (const seed of SEEDS) {
      const wrong = numberDistractors("2人", ["16人", "7人"], 3, seededRandom(seed), undefined, true, { inKeyFrame: () => true, taught: () => true });
      expect(wrong).not.toContain("16人");
      expect(wrong).not.toContain("7人");
    }
  });

  it("never offers a stated number the words around the key rule out", () => {
    for (const seed of SEEDS) {
      const wrong = numberDistractors("1个月", ["6个月", "2个月"], 3, seededRandom(seed), (text) => text === "6个月" || text === "2个月", true, { inKeyFrame: () => true, taught: () => true });
      expect(wrong).not.toContain("6个月");
      expect(wrong).not.toContain("2个月");
    }
  });

  it("leaves the options' order as it was when the choice is the same", () => {
    for (const seed of SEEDS) {
      const plain = numberDistractors("3年", ["1年", "2年", "4年"], 3, seededRandom(seed), undefined, true);
      const stated = numberDistractors("3年", ["1年", "2年", "4年"], 3, seededRandom(seed), undefined, true, { inKeyFrame: (text) => text === "4年", taught: () => true });
      expect(stated).toEqual(plain);
    }
  });
});

const rules = fixtureModule(
  "用房管理",
  "用房管理",
  [
    "第九条 协会工作人员调离的，使用单位应当在办理调离手续后1个月内收回其办公用房。",
    "第十条 协会分支机构撤销的，应当在办理撤销手续后6个月内将原有办公用房移交管理部门。",
    "第十一条 理事每届任期6个月，可以连任。",
  ],
  [
    { kind: "number", text: "1个月", answer: "1个月", passage: 0 },
    { kind: "number", text: "6个月", answer: "6个月", passage: 1 },
    { kind: "number", text: "6个月", answer: "6个月", passage: 2 },
  ],
  "mod_rooms",
);

describe("a number stated in the key's frame (numberStatedInKeyFrame)", () => {
  const index = indexCourse({ modules: [rules] });
  const located = index.passages[0]!;
  const key = { located, offset: located.passage.text.indexOf("1个月") + "1个月".length };

  it("is another rule's deadline said as the key's is, not the same figure in another kind of rule", () => {
    expect(numberStatedInKeyFrame(index, "1个月", "6个月", key)).toBe(true);
    const term = fixtureModule("用房管理", "用房管理", [rules.sections[0]!.passages[0]!.text, "第十一条 理事每届任期6个月，可以连任。"], [], "mod_terms");
    const termIndex = indexCourse({ modules: [term] });
    const termKey = { located: termIndex.passages[0]!, offset: key.offset };
    expect(numberStatedInKeyFrame(termIndex, "1个月", "6个月", termKey)).toBe(false);
  });

  it("is offered in the 单选 and its 解析 says what it is", () => {
    const bank = generateQuestionBank({ modules: [rules] } as Parameters<typeof generateQuestionBank>[0]);
    const choice = [...bank.accepted, ...bank.review.map((item) => item.question)].find((question) => question.type === "SINGLE_CHOICE" && question.stem.includes("调离手续后（　）"));
    expect(choice).toBeDefined();
    expect(choice!.options.map((option) => option.text)).toContain("6个月");
    expect(choice!.explanation).toContain("「6个月」：“");
  });
});

describe("a 判断's number is changed to another rule's number of its kind (swappedNumberStated)", () => {
  const context = moduleContext(
    "工作规则",
    "工作规则",
    ["第三条 处置意见应当自收到材料之日起1个月内提出。", "第四条 复核工作应当在3个月内办结。", "第五条 委员候选人应当有3个月以上的工作经历。"],
    [
      { kind: "number", text: "1个月", answer: "1个月", passage: 0 },
      { kind: "number", text: "3个月", answer: "3个月", passage: 1 },
    ],
    "mod_rules",
  );
  const statement = "处置意见应当自收到材料之日起1个月内提出";

  it("is stated when the document sets it as a deadline too, not when it sets it as a condition of another kind", () => {
    expect(swappedNumberStated(context, { original: "1个月", key: keyPlace(context.index, 0, "1个月"), statement }, "3个月")).toBe(true);
    const other = moduleContext("工作规则", "工作规则", ["第三条 处置意见应当自收到材料之日起1个月内提出。", "第五条 委员候选人应当有3个月以上的工作经历。"], [
      { kind: "number", text: "1个月", answer: "1个月", passage: 0 },
      { kind: "number", text: "3个月", answer: "3个月", passage: 1 },
    ], "mod_rules_other");
    expect(swappedNumberStated(other, { original: "1个月", key: keyPlace(other.index, 0, "1个月"), statement }, "3个月")).toBe(false);
  });
});

// A year dismissed only as 与原文数字不符 says nothing of what it marks: the question waits in review (stop 37).
describe("a wrong year the 解析 cannot say anything of", () => {
  const history = moduleContext(
    "协会简史",
    "协会简史",
    ["1950年，本市书画协会在文化馆宣告成立。", "协会于1953年举办首届会员作品展，全市会员踊跃参加。"],
    [
      { kind: "number", text: "1950年", answer: "1950年", passage: 0 },
      { kind: "number", text: "1953年", answer: "1953年", passage: 1 },
    ],
    "mod_history",
  );

  it("is told apart from a year the course states (dismissedNumbers)", () => {
    const explained = singleChoiceExplanation(history, {
      answer: "1950年",
      distractors: ["1953年", "1948年"],
      key: keyPlace(history.index, 0, "1950年"),
      quoted: "1950年，本市书画协会在文化馆宣告成立",
      isNumber: true,
    });
    expect(explained.text).toContain("「1953年」：“协会于1953年举办首届会员作品展”");
    expect(explained.dismissedNumbers).toEqual(["1948年"]);
  });

  it("keeps a 单选 on a year (UNTAUGHT_NUMBER_OPTION) and a false 判断 whose year was moved (UNTAUGHT_YEAR_CHANGE) in review", () => {
    const { index } = fixtureContext();
    const base = fillBlankCandidate("1950年，本市书画协会在文化馆宣告成立。", "1950年");
    const choice = (evidence: Partial<Candidate["evidence"]>): Candidate => ({
      question: { ...base.question, type: "SINGLE_CHOICE", focus: "number", stem: "（　），本市书画协会在文化馆宣告成立。", options: [{ key: "A", text: "1950年" }, { key: "B", text: "1948年" }], answer: ["A"] } as Question,
      evidence: { ...base.evidence, ...evidence },
    });
    expect(scoreCandidate(choice({ explanationTeaches: true, untaughtNumbers: ["1948年"] }), index).doubts).toContain("UNTAUGHT_NUMBER_OPTION");
    expect(scoreCandidate(choice({ explanationTeaches: true }), index).doubts).not.toContain("UNTAUGHT_NUMBER_OPTION");
    const statement = (from: string, to: string, teaches: boolean): Candidate => ({
      question: { ...base.question, type: "TRUE_FALSE", focus: "number", stem: `${to}，本市书画协会在文化馆宣告成立。`, options: [], answer: false } as Question,
      evidence: { ...base.evidence, change: { kind: "number-change", from, to }, explanationTeaches: teaches },
    });
    expect(scoreCandidate(statement("1950年", "1948年", false), index).doubts).toContain("UNTAUGHT_YEAR_CHANGE");
    expect(scoreCandidate(statement("1950年", "1953年", true), index).doubts).not.toContain("UNTAUGHT_YEAR_CHANGE");
    // A count of a rule so explained readers took as usable: it is not held back.
    expect(scoreCandidate(statement("5年", "8年", false), index).doubts).not.toContain("UNTAUGHT_YEAR_CHANGE");
  });
});

// Stop 38: a count or a period dismissed only as 与原文数字不符 teaches no more than a year so dismissed (readers: "dismisses
// 4天 and 5天 only as 与原文数字不符, not saying what they are"); and a range's far end is no number the course states.
describe("a wrong count or period the 解析 cannot say anything of", () => {
  const club = moduleContext(
    "社团章程",
    "社团章程",
    ["第八条 理事会每季度至少召开2次会议，研究社团年度活动安排。", "第九条 会员大会每年至少召开1次，审议理事会工作报告。", "第十条 兴趣小组每周活动1-3次，由组长召集。"],
    [
      { kind: "number", text: "2次", answer: "2次", passage: 0 },
      { kind: "number", text: "1次", answer: "1次", passage: 1 },
      { kind: "number", text: "3次", answer: "3次", passage: 2 },
    ],
    "mod_club",
  );

  it("sends a 单选 on a count with a made-up wrong count to review (UNTAUGHT_NUMBER_OPTION), not one whose wrong counts the course states", () => {
    const explained = singleChoiceExplanation(club, {
      answer: "2次",
      distractors: ["1次", "4次"],
      key: keyPlace(club.index, 0, "2次"),
      quoted: "理事会每季度至少召开2次会议，研究社团年度活动安排",
      isNumber: true,
    });
    expect(explained.text).toContain("「1次」：“");
    expect(explained.dismissedNumbers).toEqual(["4次"]);
    const { index } = fixtureContext();
    const base = fillBlankCandidate("理事会每季度至少召开2次会议。", "2次");
    const choice = (evidence: Partial<Candidate["evidence"]>): Candidate => ({
      question: { ...base.question, type: "SINGLE_CHOICE", focus: "number", stem: "理事会每季度至少召开（　）会议。", options: [{ key: "A", text: "2次" }, { key: "B", text: "4次" }], answer: ["A"] } as Question,
      evidence: { ...base.evidence, ...evidence },
    });
    expect(scoreCandidate(choice({ explanationTeaches: true, untaughtNumbers: ["4次"] }), index).doubts).toContain("UNTAUGHT_NUMBER_OPTION");
    expect(scoreCandidate(choice({ explanationTeaches: true }), index).doubts).not.toContain("UNTAUGHT_NUMBER_OPTION");
  });

  it("does not quote a range (每周活动1-3次) for its far end 3次, but a number said alone", () => {
    expect(rangeEnd("兴趣小组每周活动1-3次", "兴趣小组每周活动1-".length)).toBe(true);
    expect(rangeEnd("每年至少召开1次", "每年至少召开".length)).toBe(false);
    const explained = singleChoiceExplanation(club, {
      answer: "2次",
      distractors: ["3次"],
      key: keyPlace(club.index, 0, "2次"),
      quoted: "理事会每季度至少召开2次会议，研究社团年度活动安排",
      isNumber: true,
    });
    expect(explained.text).not.toContain("1-3次");
    expect(explained.dismissedNumbers).toEqual(["3次"]);
  });
});
