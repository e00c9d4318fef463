import { describe, expect, it } from "vitest";
import type { Candidate, Question, QuestionType } from "@/lib/questions";
import { asQuestion, type QuestionFields } from "./question-fields";
import { ambiguousBlank } from "@/lib/questions/quality-gate/ambiguous-blank";
import { answerInStem } from "@/lib/questions/quality-gate/answer-in-stem";
import { answerNotInPassage } from "@/lib/questions/quality-gate/answer-not-in-passage";
import { blankSplitsWord } from "@/lib/questions/quality-gate/blank-splits-word";
import { brokenSentence } from "@/lib/questions/quality-gate/broken-sentence";
import { contextDependent } from "@/lib/questions/quality-gate/context-dependent";
import { distractorAlsoCorrect } from "@/lib/questions/quality-gate/distractor-also-correct";
import { distractorOverlapsAnswer } from "@/lib/questions/quality-gate/distractor-overlaps-answer";
import { functionWordBlank } from "@/lib/questions/quality-gate/function-word-blank";
import { noisyEnumerationItem } from "@/lib/questions/quality-gate/noisy-enumeration-item";
import { notATerm } from "@/lib/questions/quality-gate/not-a-term";
import type { QualityRule } from "@/lib/questions/quality-gate/rule";
import { tooFewOptions } from "@/lib/questions/quality-gate/too-few-options";
import { tooLittleContext } from "@/lib/questions/quality-gate/too-little-context";
import { tooLong } from "@/lib/questions/quality-gate/too-long";
import { unevenOptions } from "@/lib/questions/quality-gate/uneven-options";
import { fixtureContext, moduleA } from "./fixtures";

const { index } = fixtureContext();
const passage = moduleA.sections[0]!.passages[0]!;
const SENTENCE = "针对形式主义、官僚主义、享乐主义、奢靡之风等四风问题，全党开展了党的群众路线教育实践活动。";

function question(type: QuestionType, fields: Partial<QuestionFields> = {}): Question {
  return asQuestion({
    id: "q_test",
    type,
    focus: "term",
    stem: "",
    options: [],
    answer: [],
    explanation: "",
    difficulty: 0.5,
    moduleId: moduleA.id,
    sectionId: moduleA.sections[0]!.id,
    passageId: passage.id,
    span: { start: 0, end: SENTENCE.length },
    contentHash: "",
    generatorVersion: "test",
    ...fields,
  });
}

/** A fill-blank candidate cutting `answer` (its first occurrence) out of `sentence`. */
function blank(sentence: string, answer: string, fields: Partial<QuestionFields> = {}): Candidate {
  const start = sentence.indexOf(answer);
  return {
    question: question("FILL_BLANK", { stem: sentence.replace(answer, "______"), answer: [answer], ...fields }),
    evidence: { sentence, answers: [answer], blanks: [{ start, end: start + answer.length }], distractors: [] },
  };
}

function choice(stem: string, correct: string[], wrong: string[], type: QuestionType = "SINGLE_CHOICE", fields: Partial<QuestionFields> = {}): Candidate {
  const texts = [...correct, ...wrong];
  const options = texts.map((text, at) => ({ key: "ABCDEF"[at]!, text }));
  return {
    question: question(type, { stem, options, answer: options.slice(0, correct.length).map((option) => option.key), ...fields }),
    evidence: { sentence: SENTENCE, answers: correct, distractors: wrong },
  };
}

function rejects(rule: QualityRule, candidate: Candidate): boolean {
  return rule.rejects(candidate, { index });
}

describe("quality gate rules", () => {
  it("FUNCTION_WORD_BLANK rejects a blanked adverb and passes a blanked noun phrase", () => {
    expect(rejects(functionWordBlank, blank("全党一定要坚持党的群众路线，保持同人民群众的血肉联系。", "一定"))).toBe(true);
    expect(rejects(functionWordBlank, blank(SENTENCE, "群众路线"))).toBe(false);
  });

  it("NOT_A_TERM rejects a two-character noun met in one module only and passes a course term", () => {
    expect(rejects(notATerm, blank("社会上广为流传的民谣反映了群众对腐败现象的不满和愤怒。", "民谣"))).toBe(true);
    expect(rejects(notATerm, blank(SENTENCE, "群众路线"))).toBe(false);
  });

  it("BLANK_SPLITS_WORD rejects a blank that cuts a noun compound and passes one on word boundaries", () => {
    expect(rejects(blankSplitsWord, blank("各级党员干部必须切实维护人民群众利益，解决群众最关心的问题。", "人民群众"))).toBe(true);
    expect(rejects(blankSplitsWord, blank(SENTENCE, "群众路线"))).toBe(false);
  });

  it("BLANK_SPLITS_WORD rejects a blank before a body's one-character head (______委), not one before a word", () => {
    const sentence = "中央和国家机关办公用房管理，由国家发展改革委负责建设项目审批，财政部负责预算安排。";
    expect(rejects(blankSplitsWord, blank(sentence, "国家发展改革"))).toBe(true);
    expect(rejects(blankSplitsWord, blank(sentence, "国家发展改革委"))).toBe(false);
  });

  it("BLANK_SPLITS_WORD rejects a blank on part of a name the lexicon knows whole, not a name that quotes its key", () => {
    const thought = "习近平新时代中国特色社会主义思想是马克思主义中国化最新成果。";
    expect(rejects(blankSplitsWord, blank(thought, "习近平新时代"))).toBe(true);
    expect(rejects(blankSplitsWord, blank(thought, "习近平新时代中国特色社会主义思想"))).toBe(false);
    expect(rejects(blankSplitsWord, blank("中国共产党以“三个代表”重要思想作为自己的行动指南。", "三个代表"))).toBe(false);
  });

  it("NOISY_ENUMERATION_ITEM rejects a list whose last item carries a verb too many and passes a clean list", () => {
    const noisy = blank("不是因为我们党的基本理论、基本路线、基本纲领出了问题。", "基本路线", { focus: "enumeration" });
    noisy.evidence.enumerationItems = ["基本理论", "基本路线", "基本纲领出"];
    const clean = blank(SENTENCE, "官僚主义", { focus: "enumeration" });
    clean.evidence.enumerationItems = ["形式主义", "官僚主义", "享乐主义", "奢靡之风"];
    expect(rejects(noisyEnumerationItem, noisy)).toBe(true);
    expect(rejects(noisyEnumerationItem, clean)).toBe(false);
  });

  it("NOISY_ENUMERATION_ITEM rejects a first item that lost its head (民所用 beside 情为民所系)", () => {
    const truncated = blank(SENTENCE, "群众路线");
    truncated.evidence.enumerationItems = ["民所用", "情为民所系", "利为民所谋"];
    expect(rejects(noisyEnumerationItem, truncated)).toBe(true);
  });

  it("NOISY_ENUMERATION_ITEM rejects a list of judgements (很有见地、很有价值), which are no items to choose among", () => {
    const judgements = blank(SENTENCE, "群众路线");
    judgements.evidence.enumerationItems = ["很有见地", "很有价值"];
    expect(rejects(noisyEnumerationItem, judgements)).toBe(true);
    const actions = blank(SENTENCE, "群众路线");
    actions.evidence.enumerationItems = ["不断改善民生", "切实转变作风"];
    expect(rejects(noisyEnumerationItem, actions)).toBe(false);
  });

  it("NOISY_ENUMERATION_ITEM rejects an item that kept a causative word of its sentence (使谋划创新 beside 推动创新)", () => {
    const marked = blank(SENTENCE, "群众路线");
    marked.evidence.enumerationItems = ["使谋划创新", "推动创新", "落实创新"];
    expect(rejects(noisyEnumerationItem, marked)).toBe(true);
    const alike = blank(SENTENCE, "群众路线");
    alike.evidence.enumerationItems = ["把握大局", "把握方向", "把握节奏"];
    expect(rejects(noisyEnumerationItem, alike)).toBe(false);
  });

  it("NOISY_ENUMERATION_ITEM rejects an item that kept the sentence's verb (坚持跟进监督 beside 精准监督、全程监督), not a list of actions or a verb's noun (引领性)", () => {
    const verbed = blank(SENTENCE, "群众路线");
    verbed.evidence.enumerationItems = ["坚持跟进监督", "精准监督", "全程监督"];
    expect(rejects(noisyEnumerationItem, verbed)).toBe(true);
    const actions = blank(SENTENCE, "群众路线");
    actions.evidence.enumerationItems = ["加强思想教育", "保障改善民生", "改进工作方法"];
    expect(rejects(noisyEnumerationItem, actions)).toBe(false);
    const qualities = blank(SENTENCE, "群众路线");
    qualities.evidence.enumerationItems = ["时代性", "引领性", "独特性"];
    expect(rejects(noisyEnumerationItem, qualities)).toBe(false);
  });

  it("NOISY_ENUMERATION_ITEM rejects an item longer than siblings of one length that end as it does (推进纪律监督 beside 监察监督、巡视监督), not a list of one ending and several lengths", () => {
    const verbed = blank(SENTENCE, "群众路线");
    verbed.evidence.enumerationItems = ["推进纪律监督", "监察监督", "巡视监督", "派驻监督"];
    expect(rejects(noisyEnumerationItem, verbed)).toBe(true);
    const clean = blank(SENTENCE, "群众路线");
    clean.evidence.enumerationItems = ["纪律监督", "监察监督", "巡视监督", "派驻监督"];
    expect(rejects(noisyEnumerationItem, clean)).toBe(false);
    const lengths = blank(SENTENCE, "群众路线");
    lengths.evidence.enumerationItems = ["党内监督", "人大监督", "民主监督", "审计监督", "统计监督"];
    expect(rejects(noisyEnumerationItem, lengths)).toBe(false);
  });

  it("ANSWER_NOT_IN_PASSAGE rejects an answer absent from the cited span and passes one inside it", () => {
    expect(rejects(answerNotInPassage, blank(SENTENCE, "群众路线", { span: { start: 0, end: 10 } }))).toBe(true);
    expect(rejects(answerNotInPassage, blank(SENTENCE, "群众路线"))).toBe(false);
  });

  it("ANSWER_IN_STEM rejects a stem that still shows the answer and passes one that does not", () => {
    const leaky = blank("坚持群众路线，就要把群众路线贯彻到治国理政全部活动之中。", "群众路线");
    expect(rejects(answerInStem, leaky)).toBe(true);
    expect(rejects(answerInStem, blank(SENTENCE, "群众路线"))).toBe(false);
  });

  it("AMBIGUOUS_BLANK rejects an answer that occurs twice in its sentence and passes one that occurs once", () => {
    expect(rejects(ambiguousBlank, blank("坚持群众路线，就要把群众路线贯彻到治国理政全部活动之中。", "群众路线"))).toBe(true);
    expect(rejects(ambiguousBlank, blank(SENTENCE, "群众路线"))).toBe(false);
  });

  it("DISTRACTOR_OVERLAPS_ANSWER rejects a distractor containing the answer or near it and passes distinct ones", () => {
    expect(rejects(distractorOverlapsAnswer, choice("（　）是党群关系的核心。", ["党群关系"], ["党群干群关系", "利益关系", "血肉联系"]))).toBe(true);
    expect(rejects(distractorOverlapsAnswer, choice("（　）是党群关系的核心。", ["特点"], ["特征", "原则", "方法"]))).toBe(true);
    expect(rejects(distractorOverlapsAnswer, choice("（　）是党群关系的核心。", ["执政为民"], ["利益关系", "血肉联系", "作风建设"]))).toBe(false);
  });

  it("DISTRACTOR_ALSO_CORRECT rejects a distractor that is a member of the source list and passes outsiders", () => {
    const member = choice("根据原文，下列属于“四风”的有（　）。", ["形式主义", "官僚主义"], ["享乐主义", "群众路线"], "MULTIPLE_CHOICE", { focus: "enumeration" });
    member.evidence.enumerationItems = ["形式主义", "官僚主义", "享乐主义", "奢靡之风"];
    const outsiders = choice("根据原文，下列属于“四风”的有（　）。", ["形式主义", "官僚主义"], ["拜金主义", "功利主义"], "MULTIPLE_CHOICE", { focus: "enumeration" });
    outsiders.evidence.enumerationItems = ["形式主义", "官僚主义", "享乐主义", "奢靡之风"];
    outsiders.evidence.sentence = "根据原文";
    expect(rejects(distractorAlsoCorrect, member)).toBe(true);
    expect(rejects(distractorAlsoCorrect, outsiders)).toBe(false);
  });

  it("DISTRACTOR_ALSO_CORRECT passes a kin set's member the source sentence names when the stem asks by the set's name only", () => {
    const dangers = ["精神懈怠危险", "能力不足危险", "脱离群众危险", "消极腐败危险"];
    const sentence = "党面临的执政考验、改革开放考验、市场经济考验、外部环境考验是长期的，精神懈怠危险、能力不足危险、脱离群众危险、消极腐败危险更加尖锐地摆在全党面前。";
    const byName = choice("下列属于“四种危险”的有（　）。", dangers, ["执政考验", "外部环境考验"], "MULTIPLE_CHOICE", { focus: "enumeration" });
    byName.evidence = { ...byName.evidence, sentence, enumerationItems: dangers };
    expect(rejects(distractorAlsoCorrect, byName)).toBe(false);
    // Shown in the stem, the sentence's other words are still no wrong options.
    const shown = choice(sentence.replace("精神懈怠危险、能力不足危险、脱离群众危险、消极腐败危险", "（　）"), dangers, ["执政考验", "外部环境考验"], "MULTIPLE_CHOICE", { focus: "enumeration" });
    shown.evidence = { ...shown.evidence, sentence, enumerationItems: dangers };
    expect(rejects(distractorAlsoCorrect, shown)).toBe(true);
  });

  it("TOO_FEW_OPTIONS rejects a single choice with three options and passes one with four", () => {
    expect(rejects(tooFewOptions, choice("（　）", ["甲方案"], ["乙方案", "丙方案"]))).toBe(true);
    expect(rejects(tooFewOptions, choice("（　）", ["甲方案"], ["乙方案", "丙方案", "丁方案"]))).toBe(false);
  });

  it("TOO_FEW_OPTIONS rejects a multiple choice with a single distractor", () => {
    expect(rejects(tooFewOptions, choice("（　）", ["甲", "乙", "丙"], ["丁"], "MULTIPLE_CHOICE"))).toBe(true);
    expect(rejects(tooFewOptions, choice("（　）", ["甲", "乙", "丙"], ["丁", "戊"], "MULTIPLE_CHOICE"))).toBe(false);
  });

  it("UNEVEN_OPTIONS rejects options of very different lengths and passes comparable ones", () => {
    expect(rejects(unevenOptions, choice("（　）", ["四风"], ["群众工作责任机制", "选拔任用机制", "问题倒逼机制"]))).toBe(true);
    expect(rejects(unevenOptions, choice("（　）", ["形式主义"], ["拜金主义", "功利主义", "享乐主义"]))).toBe(false);
  });

  it("TOO_LITTLE_CONTEXT rejects a blank that leaves a short sentence and passes a full one", () => {
    expect(rejects(tooLittleContext, blank("群众路线是党的生命线。", "群众路线"))).toBe(true);
    expect(rejects(tooLittleContext, blank(SENTENCE, "群众路线"))).toBe(false);
  });

  it("CONTEXT_DEPENDENT rejects a sentence that points back with 这种 and passes a self-contained one", () => {
    expect(rejects(contextDependent, blank("在这种情况下，党要获得更多的资源来推进群众路线教育实践活动。", "群众路线"))).toBe(true);
    expect(rejects(contextDependent, blank(SENTENCE, "群众路线"))).toBe(false);
  });

  it("BROKEN_SENTENCE rejects a sentence that starts after a closing quotation mark and passes a whole one", () => {
    expect(rejects(brokenSentence, blank("都是为人民服务。”近年来，少数党员损害群众利益，违背群众路线。", "群众路线"))).toBe(true);
    expect(rejects(brokenSentence, blank(SENTENCE, "群众路线"))).toBe(false);
    // A news report's or a speech's sentence opening on its date is whole (stop 29); a stray number before the words is not.
    expect(rejects(brokenSentence, blank("1955年周恩来倡议成立外交学院并亲自题写校牌。", "外交学院"))).toBe(false);
    expect(rejects(brokenSentence, blank("10月24日至27日，党的十八届六中全会在北京召开。", "六中全会"))).toBe(false);
    expect(rejects(brokenSentence, blank("8月8日下午，公司召开党委中心组学习会议。", "中心组"))).toBe(false);
    expect(rejects(brokenSentence, blank("2019年度述职报告坚持群众路线。", "群众路线"))).toBe(true);
    expect(rejects(brokenSentence, blank("57年来，外交学院培养了大批外交人才。", "外交学院"))).toBe(true);
    expect(rejects(brokenSentence, blank("3 坚持群众路线，密切联系群众。", "群众路线"))).toBe(true);
  });

  it("TOO_LONG rejects a blank whose answer is a whole clause and passes a term", () => {
    expect(rejects(tooLong, blank(SENTENCE, "形式主义、官僚主义、享乐主义、奢靡之风"))).toBe(true);
    expect(rejects(tooLong, blank(SENTENCE, "群众路线"))).toBe(false);
  });
});
