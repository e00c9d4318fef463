import { describe, expect, it } from "vitest";
import { indexCourse, scoreCandidate, type Candidate, type Question } from "@/lib/questions";
import { buildInventory } from "@/lib/questions/distractors";
import { numberBeside, numberOfAnotherRule, singleChoiceExplanation } from "@/lib/questions/explanation";
import { fixtureModule } from "./fixture-course";
import { fillBlankCandidate, fixtureContext } from "./fixtures";

// Synthetic rules: two cases of one limit in one sentence, a condition clause, a lone limit.
const module = fixtureModule(
  "出访管理",
  "出访管理",
  [
    "常务委员每次出差不超过4个城市，其他委员每次出差不超过3个城市。",
    "受到免职处理的，1年内不得安排领导职务，2年内不得担任高于原职务层次的领导职务。",
    "来访对象在10人以内的，陪同人数不得超过3人；超过10人的，不得超过来访对象人数的四分之一。",
    "各部门召开本系统工作会议，每年不超过1次。",
    "应当自收到通知之日起60个工作日内报送方案，并且自方案报送之日起12个月内报送报告。",
  ],
  [],
  "mod_visits",
);
const course = indexCourse({ modules: [module] });
const context = { index: course, inventory: buildInventory(course, () => true) };
const at = (passage: number, answer: string) => {
  const located = course.passages[passage]!;
  return { located, offset: located.passage.text.indexOf(answer) + answer.length };
};

describe("a number 单选 teaches the same rule's other number (numberBeside)", () => {
  it("names the other case of the same frame in the sentence", () => {
    expect(numberBeside("4个", at(0, "4个"))).toBe("同一处原文还规定“其他委员每次出差不超过3个城市”，注意与此处的「4个」区分。");
    expect(numberBeside("1年", at(1, "1年"))).toContain("“2年内不得担任高于原职务层次的领导职务”");
  });

  it("says 同一句 when the stem holds the other case already", () => {
    const key = at(0, "4个");
    expect(numberBeside("4个", key, key.located.passage.text)).toMatch(/^同一句还规定/);
  });

  it("never offers a condition (超过10人的), a number of another noun (12个月 beside 60个工作日) or nothing", () => {
    expect(numberBeside("3人", at(2, "3人"))).toBe("");
    expect(numberBeside("60个", at(4, "60个"))).toBe("");
    expect(numberBeside("1次", at(3, "1次"))).toBe("");
  });
});

describe("a 单选 whose 解析 teaches nothing waits in review (BARE_CHOICE_EXPLANATION)", () => {
  it("says whether the 解析 teaches", () => {
    const bare = singleChoiceExplanation(context, { answer: "1次", distractors: ["2次", "5次", "7次"], key: at(3, "1次"), quoted: course.passages[3]!.passage.text, isNumber: true });
    expect(bare.text).toContain("与原文数字不符");
    expect(bare.teaches).toBe(false);
    const taught = singleChoiceExplanation(context, { answer: "4个", distractors: ["2个", "5个", "6个"], key: at(0, "4个"), quoted: course.passages[0]!.passage.text, isNumber: true });
    expect(taught.text).toContain("注意与此处的「4个」区分");
    expect(taught.teaches).toBe(true);
  });

  it("doubts a 单选 whose 解析 does not teach, and only a 单选", () => {
    const { index } = fixtureContext();
    const base = fillBlankCandidate("全党开展了党的群众路线教育实践活动，坚决反对官僚主义。", "官僚主义");
    const choice = (teaches: boolean): Candidate => ({
      question: { ...base.question, type: "SINGLE_CHOICE", focus: "term", stem: "全党开展了党的群众路线教育实践活动，坚决反对（　）。", options: [{ key: "A", text: "官僚主义" }, { key: "B", text: "享乐主义" }], answer: ["A"] } as Question,
      evidence: { ...base.evidence, explanationTeaches: teaches },
    });
    expect(scoreCandidate(choice(false), index).doubts).toContain("BARE_CHOICE_EXPLANATION");
    expect(scoreCandidate(choice(true), index).doubts).not.toContain("BARE_CHOICE_EXPLANATION");
    expect(scoreCandidate(base, index).doubts).not.toContain("BARE_CHOICE_EXPLANATION");
  });
});

describe("numberBeside quotes a whole rule", () => {
  const rules = fixtureModule(
    "会议管理",
    "会议管理",
    ["会议报到和离开时间，一、二、三类会议合计不得超过2天，四类会议合计不得超过1天。", "处分分为察看一年、察看二年；对于受到察看处分一年的党员，按期恢复权利。"],
    [],
    "mod_meetings",
  );
  const index = indexCourse({ modules: [rules] });
  const place = (passage: number, answer: string) => {
    const located = index.passages[passage]!;
    return { located, offset: located.passage.text.indexOf(answer) + answer.length };
  };

  it("keeps a list marker that stands inside the sentence (一、二、三类会议)", () => {
    expect(numberBeside("1天", place(0, "1天"))).toContain("“一、二、三类会议合计不得超过2天”");
  });

  it("never quotes a subject that binds nothing (对于受到察看处分一年的党员)", () => {
    expect(numberBeside("二年", place(1, "二年"))).toBe("");
  });
});

describe("a number 单选 that nothing else teaches is told apart from the document's other rule of its kind (numberOfAnotherRule)", () => {
  // Synthetic rules of one document: two deadlines of one report, a bound of persons beside a bound of a meeting's size.
  const rules = fixtureModule(
    "整改管理",
    "整改管理",
    [
      "被检查单位应当自收到反馈意见之日起12个月内报送整改情况报告。",
      "收到督办通知的，应当于2个月内报送整改情况报告。",
      "接待对象在10人以内的，陪餐人数不得超过3人。",
      "二类会议参会人员不得超过300人。",
      "有关部门应当在1个月内将办理情况报告上级。",
      "发现问题的，应当在一个月内报送整改情况报告。",
    ],
    [],
    "mod_rectify",
  );
  const index = indexCourse({ modules: [rules] });
  const place = (passage: number, answer: string) => {
    const located = index.passages[passage]!;
    return { located, offset: located.passage.text.indexOf(answer) + answer.length };
  };

  it("names another passage's limit said in the key's frame, with its 出处", () => {
    const said = numberOfAnotherRule(index, "12个月", place(0, "12个月"));
    expect(said).toBe("《整改管理》另规定“应当于2个月内报送整改情况报告”，注意与此处的「12个月」区分。");
  });

  it("never a limit that shares only the bound (陪餐人数不得超过3人 and 参会人员不得超过300人)", () => {
    expect(numberOfAnotherRule(index, "3人", place(2, "3人"))).toBe("");
  });

  it("never the same quantity written otherwise (一个月 and 1个月)", () => {
    expect(numberOfAnotherRule(index, "1个月", place(4, "1个月"))).not.toContain("一个月");
  });

  it("makes a bare number 单选 teach, and leaves one with nothing to contrast bare", () => {
    const context = { index, inventory: buildInventory(index, () => true) };
    const taught = singleChoiceExplanation(context, { answer: "12个月", distractors: ["10个月", "13个月", "24个月"], key: place(0, "12个月"), quoted: index.passages[0]!.passage.text, isNumber: true });
    expect(taught.text).toContain("注意与此处的「12个月」区分");
    expect(taught.teaches).toBe(true);
    const bare = singleChoiceExplanation(context, { answer: "3人", distractors: ["4人", "5人", "6人"], key: place(2, "3人"), quoted: index.passages[2]!.passage.text, isNumber: true });
    expect(bare.teaches).toBe(false);
  });
});
