import { describe, expect, it } from "vitest";
import { acceptedVariants, gradeAnswer, normalizeAnswer, questionHash, type Question } from "@/lib/questions";
import { asQuestion, type QuestionFields } from "./question-fields";

function question(fields: Partial<QuestionFields>): Question {
  return asQuestion({
    id: "q_test",
    type: "FILL_BLANK",
    focus: "term",
    stem: "",
    options: [],
    answer: [],
    explanation: "",
    difficulty: 0.5,
    moduleId: "mod",
    sectionId: "sec",
    passageId: "psg",
    span: null,
    contentHash: "",
    generatorVersion: "test",
    ...fields,
  });
}

const fill = question({ answer: ["三个代表", "60多年"], acceptedAnswers: [["三个代表"], acceptedVariants("60多年")] });

describe("normalizeAnswer", () => {
  it("folds full-width letters and digits, drops punctuation and spaces", () => {
    expect(normalizeAnswer(" “三个 代表”。 ")).toBe("三个代表");
    expect(normalizeAnswer("６０多年")).toBe("60多年");
    expect(normalizeAnswer("ＳＡＲＳ")).toBe("sars");
  });

  it("gives plain Chinese text (its fast path) what NFKC and the punctuation classes give", () => {
    const full = (text: string) => text.normalize("NFKC").replace(/[\s\p{P}\p{S}]/gu, "").toLowerCase();
    const texts = [
      "党的基层组织是党在社会基层组织中的战斗堡垒。",
      "坚持“四个自信”，做到“两个维护”……",
      "党员必须履行下列义务：（一）认真学习；（二）______",
      "在《中国共产党章程》中，（　）是党的最高领导机关",
      "1921年7月，第1次代表大会·会址—上海 abc",
      // Outside the fast path: full-width digits and capitals, circled numbers, other scripts.
      "２０２４年ＳＡＲＳ①ⅣＡ",
    ];
    for (const text of texts) expect(normalizeAnswer(text)).toBe(full(text));
  });
});

describe("gradeAnswer", () => {
  it("accepts fill-blank answers that differ only in width, punctuation and spaces", () => {
    expect(gradeAnswer(fill, ["“三个代表”", "６０ 多年"])).toEqual({ status: "correct", score: 1, blanks: [true, true] });
  });

  it("accepts 余 for 多 and Chinese numerals in a number blank", () => {
    expect(gradeAnswer(fill, ["三个代表", "六十余年"]).status).toBe("correct");
  });

  it("accepts the short forms every member writes for a body's name, both ways for a short form of three characters or more", () => {
    expect(acceptedVariants("常务委员会")).toEqual(["常务委员会", "常委会"]);
    expect(acceptedVariants("中央政治局常委会")).toEqual(["中央政治局常委会", "中央政治局常务委员会", "政治局常委会", "政治局常务委员会"]);
    expect(acceptedVariants("上级纪律检查委员会")).toEqual(["上级纪律检查委员会", "上级纪委"]);
    // A two-character short form is too short to be read back into a full name inside other words.
    expect(acceptedVariants("人大代表")).toEqual(["人大代表"]);
  });

  it("accepts a percentage spelled 百分之十 and as 10%, never 十%", () => {
    expect(acceptedVariants("10%")).toEqual(["10%", "百分之十"]);
    expect(acceptedVariants("百分之十五")).toEqual(["百分之十五", "15%"]);
    const percent = question({ answer: ["10%"], acceptedAnswers: [acceptedVariants("10%")] });
    expect(gradeAnswer(percent, ["10％"]).status).toBe("correct");
    expect(gradeAnswer(percent, ["十%"]).status).toBe("incorrect");
  });

  it("accepts a name without a qualifier or head noun only where the name or the stem makes it unneeded", () => {
    // The level of 人民政府 is fixed by the stem (同级), else 政府 stays unaccepted.
    expect(acceptedVariants("人民政府", undefined, { before: "报同级", after: "审批" })).toEqual(["人民政府", "政府"]);
    expect(acceptedVariants("人民政府", undefined, { before: "报", after: "审批" })).toEqual(["人民政府"]);
    // A sanction's kind goes after a sanctioning verb (不予处分), not after 对党员的.
    expect(acceptedVariants("纪律处分", undefined, { before: "可以从轻或不予", after: "" })).toEqual(["纪律处分", "党纪处分", "处分"]);
    expect(acceptedVariants("纪律处分", undefined, { before: "对党员的", after: "，必须" })).toEqual(["纪律处分", "党纪处分"]);
    expect(acceptedVariants("政务处分", undefined, { before: "依法作出", after: "决定" })).toEqual(["政务处分"]);
    expect(acceptedVariants("公务活动", undefined, { before: "与", after: "无关的参观" })).toEqual(["公务活动", "公务"]);
    expect(acceptedVariants("公务活动", undefined, { before: "开展", after: "。" })).toEqual(["公务活动"]);
    // Names that need no context: only the centre has a 政治局; the course is the party's.
    expect(acceptedVariants("中央政治局")).toEqual(["中央政治局", "政治局"]);
    expect(acceptedVariants("党支部委员会")).toContain("支部委员会");
    expect(acceptedVariants("案件审理部门")).toEqual(["案件审理部门", "审理部门"]);
    expect(acceptedVariants("民主评议党员")).toEqual(["民主评议党员", "民主评议"]);
    expect(acceptedVariants("第二个百年奋斗目标")).toEqual(["第二个百年奋斗目标", "第二个一百年奋斗目标"]);
    expect(acceptedVariants("会议费")).toEqual(["会议费", "会议经费"]);
    expect(acceptedVariants("厉行勤俭节约")).toEqual(["厉行勤俭节约", "厉行节约", "勤俭节约"]);
    // Never another body's or thing's name.
    expect(acceptedVariants("中央委员会")).toEqual(["中央委员会"]);
    expect(acceptedVariants("优秀共产党员")).toEqual(["优秀共产党员"]);
    expect(acceptedVariants("勤俭节约")).toEqual(["勤俭节约"]);
  });

  it("accepts the everyday short names of matters and codes (公车, 组织关系, 党规党纪), never reading a name's tail back into a longer one", () => {
    expect(acceptedVariants("公务用车")).toEqual(["公务用车", "公车"]);
    expect(acceptedVariants("党员组织关系")).toEqual(["党员组织关系", "组织关系"]);
    expect(acceptedVariants("党章党规党纪")).toEqual(["党章党规党纪", "党规党纪"]);
    expect(acceptedVariants("新发展理念")).toEqual(["新发展理念", "五大发展理念"]);
    // 组织关系 is the tail of 党组织关系 too: shortened to, never expanded from.
    expect(acceptedVariants("组织关系")).toEqual(["组织关系"]);
    expect(acceptedVariants("党组织关系")).toEqual(["党组织关系"]);
    expect(gradeAnswer(question({ answer: ["公务用车"], acceptedAnswers: [acceptedVariants("公务用车")] }), ["公车"]).status).toBe("correct");
  });

  it("accepts the other name the course gives a sanction, a duty and the first of the 四个服从 (issue #16)", () => {
    expect(acceptedVariants("纪律处分")).toEqual(["纪律处分", "党纪处分"]);
    expect(acceptedVariants("党纪处分")).toEqual(["党纪处分", "纪律处分"]);
    expect(acceptedVariants("监督责任")).toEqual(["监督责任", "监督职责"]);
    expect(acceptedVariants("党员个人服从党的组织")).toEqual(["党员个人服从党的组织", "党员个人服从组织", "个人服从组织"]);
    expect(gradeAnswer(question({ answer: ["纪律处分"], acceptedAnswers: [acceptedVariants("纪律处分")] }), ["党纪处分"]).status).toBe("correct");
    // Only as the whole answer: a regulation's name keeps its own words.
    expect(acceptedVariants("中国共产党纪律处分条例")).toEqual(["中国共产党纪律处分条例", "纪律处分条例"]);
    expect(acceptedVariants("全面从严治党监督责任")).toEqual(["全面从严治党监督责任"]);
  });

  it("accepts 支委会 for the branch committee and its meeting and 劳模 for 劳动模范, and never makes 总支部委员会 a 总支委会", () => {
    // 召开支部委员会 names the meeting too (三会一课), so the meeting's answer takes it; the committee's never becomes its meeting.
    expect(acceptedVariants("支部委员会会议")).toEqual(["支部委员会会议", "支委会", "支委会会议", "支部委员会"]);
    expect(acceptedVariants("支部委员会")).toEqual(["支部委员会", "支委会"]);
    expect(acceptedVariants("支部大会")).toEqual(["支部大会", "支部党员大会"]);
    expect(acceptedVariants("总支部委员会")).toEqual(["总支部委员会", "总支委员会"]);
    expect(acceptedVariants("劳动模范")).toEqual(["劳动模范", "劳模"]);
    // 政审 is how a branch says the vetting of a 发展对象, in any phrase that holds it (stop 39).
    expect(acceptedVariants("政治审查")).toEqual(["政治审查", "政审"]);
    expect(acceptedVariants("政治审查制度")).toEqual(["政治审查制度", "政审制度"]);
    expect(acceptedVariants("政审")).toEqual(["政审"]);
    // Two-character short forms occur inside other words, and 支委会 names the committee and its meeting: never expanded.
    expect(acceptedVariants("劳模")).toEqual(["劳模"]);
    expect(acceptedVariants("支委会")).toEqual(["支委会"]);
    expect(acceptedVariants("支委会会议")).toEqual(["支委会会议", "支部委员会会议"]);
  });

  it("gives partial credit per blank and none for an empty blank", () => {
    expect(gradeAnswer(fill, ["三个代表", ""])).toEqual({ status: "partial", score: 0.5, blanks: [true, false] });
    expect(gradeAnswer(fill, ["两个务必", "30多年"]).status).toBe("incorrect");
  });

  it("requires exactly the set of correct keys for a multiple choice, in any order", () => {
    const multiple = question({ type: "MULTIPLE_CHOICE", answer: ["A", "C", "D"], options: ["A", "B", "C", "D", "E"].map((key) => ({ key, text: key })) });
    expect(gradeAnswer(multiple, ["D", "A", "C"]).status).toBe("correct");
    expect(gradeAnswer(multiple, ["A", "C"]).status).toBe("incorrect");
    expect(gradeAnswer(multiple, ["A", "B", "C", "D"]).status).toBe("incorrect");
  });

  it("grades a single choice by its key, case-insensitively", () => {
    const single = question({ type: "SINGLE_CHOICE", answer: ["B"] });
    expect(gradeAnswer(single, "b").status).toBe("correct");
    expect(gradeAnswer(single, ["A"]).status).toBe("incorrect");
  });

  it("grades true/false only against a boolean", () => {
    const statement = question({ type: "TRUE_FALSE", answer: false });
    expect(gradeAnswer(statement, false).status).toBe("correct");
    expect(gradeAnswer(statement, true).status).toBe("incorrect");
    expect(gradeAnswer(statement, "false").status).toBe("incorrect");
  });

  it("leaves short answers to the learner", () => {
    expect(gradeAnswer(question({ type: "SHORT_ANSWER", answer: "模型答案" }), "我的回答")).toEqual({ status: "self-graded", score: null });
  });
});

describe("questionHash", () => {
  it("depends on type, stem and answer, not on spacing or punctuation", () => {
    const a = questionHash("FILL_BLANK", "坚持党的______。", ["群众路线"]);
    expect(questionHash("FILL_BLANK", "坚持党的 ______", ["群众路线"])).toEqual(a);
    expect(questionHash("SINGLE_CHOICE", "坚持党的______。", ["群众路线"]).id).not.toBe(a.id);
    expect(questionHash("FILL_BLANK", "坚持党的______。", ["实事求是"]).id).not.toBe(a.id);
    expect(a.id).toMatch(/^q_[0-9a-f]{16}$/);
  });
});
