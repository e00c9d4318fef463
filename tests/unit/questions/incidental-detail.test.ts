import { describe, expect, it } from "vitest";
import { PUBLISH_THRESHOLD, scoreCandidate, type Candidate } from "@/lib/questions";
import { relatedSlotBlank, tellsWhoLectured } from "@/lib/questions/incidental-detail";
import { asSingleChoice, fillBlankCandidate, fixtureContext } from "./fixtures";

// Stop 32: blanks on an incidental detail of a news report, a speech or an argument, and 判断 swaps within the
// party's ideological line, go to review.
const { index } = fixtureContext();

const doubtsOf = (candidate: Candidate) => scoreCandidate(candidate, index).doubts;

function number(sentence: string, answer: string): Candidate {
  const base = fillBlankCandidate(sentence, answer);
  return { ...base, question: { ...base.question, focus: "number" } };
}

describe("numbers of no record", () => {
  it("doubts a year that names what a unit set up (发起成立2025年迎新…先锋队), not the year something was founded", () => {
    expect(doubtsOf(number("学院党委发起成立2025年迎新志愿服务队，面向全院招募志愿者。", "2025年"))).toContain("NUMBER_OF_NO_RECORD");
    expect(doubtsOf(number("学校团委启动2024年暑期社会实践团队，组织学生深入基层。", "2024年"))).toContain("NUMBER_OF_NO_RECORD");
    expect(doubtsOf(number("中国共产党于1921年成立，开天辟地。", "1921年"))).not.toContain("NUMBER_OF_NO_RECORD");
  });

  it("doubts the date of a visit to a place named after a battle, not the date of the battle", () => {
    expect(doubtsOf(number("2021年4月25日，总书记来到湘江战役纪念园，缅怀革命先烈。", "2021年4月25日"))).toContain("NUMBER_OF_NO_RECORD");
    expect(doubtsOf(number("2019年9月16日，总书记参观鄂豫皖苏区首府革命博物馆并瞻仰起义旧址。", "2019年9月16日"))).toContain("NUMBER_OF_NO_RECORD");
    expect(doubtsOf(number("1927年8月1日，南昌起义打响了武装反抗国民党反动派的第一枪。", "1927年8月1日"))).not.toContain("NUMBER_OF_NO_RECORD");
  });

  it("doubts a number that illustrates a hypothetical or an example, whatever limit word its clause has", () => {
    expect(doubtsOf(number("如果规定超过三十日才算逾期，则有可能导致有人把拖延控制在29日以内。", "29日"))).toContain("NUMBER_OF_NO_RECORD");
    expect(doubtsOf(number("比如一项审批原本需要20天以内办结，现在只需一天。", "20天"))).toContain("NUMBER_OF_NO_RECORD");
    // A limit stated before the 如果 is no part of the hypothetical.
    expect(doubtsOf(number("出访时间不超过10天，如果确需延长，须报中央批准。", "10天"))).not.toContain("NUMBER_OF_NO_RECORD");
  });

  it("doubts an anecdote's number told as what happened (…，三天内就解决了), not a limit set for anyone", () => {
    const anecdote = asSingleChoice(number("一个拖了半年没有办成的事，三天内就办成了。", "三天"), ["一天", "五天", "十天"]);
    expect(doubtsOf(anecdote)).toContain("NUMBER_OF_NO_RECORD");
    expect(doubtsOf(number("一个拖了半年没有办成的事，两周内全部办结了。", "两周"))).toContain("NUMBER_OF_NO_RECORD");
    expect(doubtsOf(number("中央政治局委员每人每年出访不超过1次，时间不超过10天。", "10天"))).not.toContain("NUMBER_OF_NO_RECORD");
  });
});

describe("incidental words", () => {
  it("doubts a word of a talk's or article's title the report names (以《…》为题)", () => {
    expect(doubtsOf(fillBlankCandidate("宣讲员张某以《以钉钉子精神推进作风建设》为题，为同学们讲授微党课。", "作风建设"))).toContain("TITLE_TARGET");
    expect(doubtsOf(fillBlankCandidate("教授作了题为《全面从严治党永远在路上》的专题报告。", "全面从严治党"))).toContain("TITLE_TARGET");
    expect(doubtsOf(fillBlankCandidate("全党开展了党的群众路线教育实践活动，坚决反对官僚主义。", "官僚主义"))).not.toContain("TITLE_TARGET");
  });

  it("doubts an adverb a speech uses in passing (则______地进行调整)", () => {
    expect(doubtsOf(fillBlankCandidate("对确实无法完成的项目，则实事求是地进行调整。", "实事求是"))).toContain("MODIFIER_BLANK");
    expect(doubtsOf(fillBlankCandidate("对群众反映的问题，要认真负责地予以答复。", "认真负责"))).toContain("MODIFIER_BLANK");
    expect(doubtsOf(fillBlankCandidate("全党开展了党的群众路线教育实践活动，坚决反对官僚主义。", "官僚主义"))).not.toContain("MODIFIER_BLANK");
  });

  it("doubts the owner of the interests a purpose clause serves beside another owner (维护______和农民群众利益)", () => {
    expect(doubtsOf(fillBlankCandidate("为加强农村党风廉政建设，维护农村集体和农民群众利益，制定本规定。", "农村集体"))).toContain("MODIFIER_BLANK");
    expect(doubtsOf(fillBlankCandidate("要切实维护职工队伍和企业合法权益，促进和谐发展。", "职工队伍"))).toContain("MODIFIER_BLANK");
  });

  it("doubts a blank cut from a discussion prompt (谈谈…, 结合…谈谈…), which states nothing", () => {
    expect(doubtsOf(fillBlankCandidate("谈谈新时代青年在实现中华民族伟大复兴中应担负的历史使命。", "中华民族伟大复兴"))).toContain("QUESTION_AS_STATEMENT");
    expect(doubtsOf(fillBlankCandidate("结合实际，谈谈大学生如何弘扬中华传统美德。", "中华传统美德"))).toContain("QUESTION_AS_STATEMENT");
    expect(doubtsOf(fillBlankCandidate("从个人理想与社会理想的关系的角度，谈谈青年为什么要树立远大理想。", "个人理想"))).toContain("QUESTION_AS_STATEMENT");
    expect(doubtsOf(fillBlankCandidate("实事求是是毛泽东思想的精髓。", "实事求是"))).not.toContain("QUESTION_AS_STATEMENT");
  });
});

describe("判断 swaps within the party's ideological line", () => {
  it("doubts 理论联系实际 swapped for 实事求是: the line's phrases overlap, so the statement stays sound", () => {
    const base = fillBlankCandidate("坚持理论联系实际，推进实践基础上的理论创新。", "理论联系实际");
    const swapped = (from: string, to: string): Candidate => ({
      question: { ...base.question, type: "TRUE_FALSE", stem: `坚持${to}，推进实践基础上的理论创新。`, answer: false },
      evidence: { ...base.evidence, change: { kind: "term-swap", from, to } },
    });
    expect(doubtsOf(swapped("理论联系实际", "实事求是"))).toContain("FALSEHOOD_STILL_TRUE");
    expect(doubtsOf(swapped("实事求是", "一切从实际出发"))).toContain("FALSEHOOD_STILL_TRUE");
  });
});

// Stop 34: who of a reported unit gave a lesson or talk, on what, and the noun 相关/有关 qualifies, go to review.
describe("who gave a lesson or talk at the reported meeting (EVENT_FRAME, stop 34)", () => {
  it("reads a person of the unit giving a 党课, a lecture or a titled talk as the report's own occasion", () => {
    for (const sentence of [
      "赵明围绕党的创新理论进行专题党课讲授。",
      "区委组织部部长、副区长孙建国到第一小学讲授题为“办好人民满意的教育”的专题党课。",
      "会议邀请省委党校钱立群教授作题为“新时代的党建”的辅导报告。",
      "随后，周晓晴结合自身经历为同学们带来一场生动的宣讲。",
      "院长王立新以“学科与学术”为题为新生讲授第一课。",
    ]) expect(tellsWhoLectured(sentence), sentence).toBe(true);
  });

  it("leaves a known leader's talk, a body's work, a person's words and other senses of 作 alone", () => {
    for (const sentence of [
      "习近平在中央党校建校90周年庆祝大会上作题为“坚持实事求是的思想路线”的讲话。",
      "高校围绕立德树人开展思政课宣讲。",
      "赵明强调，要把党史学习教育同解决实际问题结合起来。",
      "恽代英作为青年运动领导人之一，被聘为教员。",
      "党课每季度开展1次，可邀请专家、优秀党员授课。",
      "林场围绕主题开展了学习。",
    ]) expect(tellsWhoLectured(sentence), sentence).toBe(false);
  });

  it("sends a 判断 on a lecture's topic outside a rule-setting text to review", () => {
    const sentence = "赵明围绕党史学习教育进行专题党课讲授。";
    const base = fillBlankCandidate(sentence, "党史");
    const swapped: Candidate = {
      question: { ...base.question, type: "TRUE_FALSE", stem: "赵明围绕改革开放史学习教育进行专题党课讲授。", answer: false },
      evidence: { ...base.evidence, change: { kind: "term-swap", from: "党史", to: "改革开放史" } },
    };
    const confidence = scoreCandidate(swapped, index);
    expect(confidence.doubts).toContain("EVENT_FRAME");
    expect(confidence.score).toBeLessThan(PUBLISH_THRESHOLD);
  });
});

describe("the noun 相关 or 有关 qualifies (RELATED_SLOT, stop 34)", () => {
  it("finds a blank right after 相关 or 有关, not one before it or a term a verb governs", () => {
    expect(relatedSlotBlank("党的组织建设及相关（　）取得一系列重要成果。")).toBe(true);
    expect(relatedSlotBlank("对于这类责任，另一部条例也有相关______，但表述有别。")).toBe(true);
    expect(relatedSlotBlank("按照有关（　）的规定办理。")).toBe(true);
    expect(relatedSlotBlank("与______有关的费用不得报销。")).toBe(false);
    expect(relatedSlotBlank("纪检机关应当加强作风建设和（　），严守政治纪律。")).toBe(false);
  });

  it("sends a 单选 on the related field to review, and leaves one whose verb names the field alone", () => {
    const related = asSingleChoice(fillBlankCandidate("近年来，党的组织建设及相关制度建设取得一系列重要成果。", "制度建设", "近年来，党的组织建设及相关（　）取得一系列重要成果。"), ["纪律建设", "思想建设", "作风建设"]);
    const confidence = scoreCandidate(related, index);
    expect(confidence.doubts).toContain("RELATED_SLOT");
    expect(confidence.score).toBeLessThan(PUBLISH_THRESHOLD);
    const governed = asSingleChoice(fillBlankCandidate("中国共产党必须不断加强党的思想建设、组织建设和作风建设。", "作风建设", "中国共产党必须不断加强党的思想建设、组织建设和（　）。"), ["纪律建设", "制度建设", "政治建设"]);
    expect(doubtsOf(governed)).not.toContain("RELATED_SLOT");
  });
});
