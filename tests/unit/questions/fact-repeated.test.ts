import { describe, expect, it } from "vitest";
import { generateQuestionBank, type Candidate, type Question } from "@/lib/questions";
import { factOf, factPreference, listAroundBlank, sameFact, sameSetFact, setFactOf, type SetFact } from "@/lib/questions/fact-repeats";
import { fixtureModule } from "./fixture-course";
import { asSingleChoice, fillBlankCandidate, lettered } from "./fixtures";

/** A 多选 whose correct options are `members` (and one wrong option). */
function multipleChoice(members: string[], wrong: string): Candidate {
  const base = fillBlankCandidate(`坚持${members.join("、")}。`, members[0]!, "下列属于这一组提法的有（　）。");
  return {
    question: { ...base.question, type: "MULTIPLE_CHOICE", focus: "enumeration", options: lettered([...members, wrong]), answer: members.map((_, at) => "ABCDEF"[at]!) } as Question,
    evidence: { ...base.evidence, answers: members, enumerationItems: members, distractors: [wrong] },
  };
}

const blankFact = (sentence: string, key: string): SetFact => setFactOf(fillBlankCandidate(sentence, key))!;

describe("the set a question asks (FACT_REPEATED, stop 37)", () => {
  it("reads the list a blank stands in, the key in its place, and none where the blank is no list's item", () => {
    expect(listAroundBlank("各单位要认真落实学习制度、______、考勤制度和报告制度，不得流于形式。", "值班制度")).toEqual(["各单位要认真落实学习制度", "值班制度", "考勤制度", "报告制度"]);
    expect(listAroundBlank("车间里推行整理、整顿、______，效果明显。", "清扫")).toEqual(["车间里推行整理", "整顿", "清扫"]);
    // Alone in its clause, or before the 、 with words after it: not an item.
    expect(listAroundBlank("______是本厂的根本制度，必须长期坚持。", "安全生产责任制")).toBeNull();
    expect(listAroundBlank("本厂的______是安全第一、预防为主。", "生产方针")).toBeNull();
    // A blank alone in a long clause has no pair.
    expect(listAroundBlank("在每位职工应尽的各项义务之中，______，按时参加班前安全讲话。", "遵守操作规程")).toBeNull();
  });

  it("reads a pair without 、: two items joined by a conjunction, or a short clause beside a blank alone in its clause", () => {
    expect(listAroundBlank("要反对主观主义和______。", "教条主义")).toEqual(["要反对主观主义", "教条主义"]);
    expect(listAroundBlank("各班组要严守______和操作规程，不得违章。", "劳动纪律")).toEqual(["劳动纪律", "操作规程"]);
    expect(listAroundBlank("厂里全年坚持不懈地抓生产，安全第一，______，全年无事故。", "预防为主")).toEqual(["安全第一", "预防为主"]);
  });

  it("reads a blank joined to a list's first item by a conjunction as the list's head (stop 39)", () => {
    expect(listAroundBlank("要把______与班组检查、专项检查、季度检查结合起来。", "日常巡查")).toEqual(["日常巡查", "班组检查", "专项检查", "季度检查结合起来"]);
    // The same sentence blanked at the head and at the tail asks one set.
    expect(sameSetFact(blankFact("要把日常巡查与班组检查、专项检查、季度检查结合起来。", "日常巡查"), blankFact("要把日常巡查与班组检查、专项检查、季度检查结合起来。", "季度检查"))).toBe(true);
    // Another list holding the head item with other members is another set.
    expect(sameSetFact(blankFact("要把日常巡查与班组检查、专项检查、季度检查结合起来。", "日常巡查"), blankFact("厂里推行日常巡查、节前检查、年终检查。", "日常巡查"))).toBe(false);
  });

  it("counts one pair asked in two sentences as one fact, and a pair beside a bigger set holding it as another", () => {
    expect(sameSetFact(blankFact("车间里，安全第一，预防为主，全年无事故。", "预防为主"), blankFact("仓库也要安全第一，预防为主，综合治理。", "预防为主"))).toBe(true);
    expect(sameSetFact(blankFact("各班组要严守劳动纪律和操作规程。", "劳动纪律"), blankFact("维修工同样严守劳动纪律和操作规程。", "操作规程"))).toBe(true);
    // Another item beside the same key is another fact.
    expect(sameSetFact(blankFact("厂里坚持安全第一，预防为主，全年无事故。", "预防为主"), blankFact("厂里坚持节能降耗，预防为主，全年无事故。", "预防为主"))).toBe(false);
    expect(sameSetFact(setFactOf(multipleChoice(["安全第一", "预防为主", "综合治理"], "效益优先"))!, blankFact("厂里坚持安全第一，预防为主，全年无事故。", "预防为主"))).toBe(false);
  });

  it("gives a 多选 its correct options, a blank its list, and nothing to a blank alone or a number", () => {
    expect(setFactOf(multipleChoice(["整理", "整顿", "清扫"], "检查"))).toEqual({ members: ["整理", "整顿", "清扫"], tested: ["整理", "整顿", "清扫"] });
    expect(blankFact("车间里推行整理、整顿、清扫，效果明显。", "整顿").tested).toEqual(["整顿"]);
    expect(setFactOf(fillBlankCandidate("安全生产责任制是本厂的根本制度。", "安全生产责任制"))).toBeNull();
    expect(setFactOf({ ...fillBlankCandidate("每年检查三次、抽查两次。", "三次"), question: { ...fillBlankCandidate("每年检查三次、抽查两次。", "三次").question, focus: "number" } })).toBeNull();
  });

  it("gives a 判断 that swaps a list member the list of its sentence, the swapped member tested; none to a swap outside a list", () => {
    const statement = (sentence: string, from: string, to: string): Candidate => {
      const base = fillBlankCandidate(sentence, from);
      return { question: { ...base.question, type: "TRUE_FALSE", stem: sentence.replace(from, to), options: [], answer: false } as Question, evidence: { ...base.evidence, change: { kind: "term-swap", from, to } } };
    };
    const swapped = setFactOf(statement("车间里推行整理、整顿、清扫和清洁，效果明显。", "清扫", "检查"))!;
    expect(swapped.tested).toEqual(["清扫"]);
    expect(sameSetFact(swapped, setFactOf(multipleChoice(["整理", "整顿", "清扫", "清洁"], "检查"))!)).toBe(true);
    expect(setFactOf(statement("安全生产责任制是本厂的根本制度。", "根本制度", "一般制度"))).toBeNull();
  });

  it("counts a 多选 and a blank on one of its members as one fact, and two blanks of one list whichever member each asks", () => {
    const set = setFactOf(multipleChoice(["整理", "整顿", "清扫", "清洁"], "检查"))!;
    expect(sameSetFact(set, blankFact("车间里推行整理、整顿、清扫和清洁，效果明显。", "清扫"))).toBe(true);
    // Three of the four in another sentence: a part of the set, its member tested by the 多选 too.
    expect(sameSetFact(set, blankFact("仓库同样坚持整理、整顿、清扫，不留死角。", "整顿"))).toBe(true);
    // One list in two documents, each blanking another member; the first items carry different words before them.
    expect(sameSetFact(blankFact("一车间推行整理、整顿、清扫和清洁。", "整顿"), blankFact("二车间也推行整理、整顿、清扫和清洁。", "清洁"))).toBe(true);
  });

  it("does not collapse different sets that share a word when the questions test different members", () => {
    const first = blankFact("车间里推行整理、整顿、清扫和清洁，效果明显。", "清洁");
    const other = blankFact("班组要做到整理、安全检查、交接班记录，层层落实。", "安全检查");
    expect(sameSetFact(first, other)).toBe(false);
    // A part of a set whose blank asks a member the other question does not ask: another fact.
    expect(sameSetFact(blankFact("车间里推行整理、整顿、清扫和清洁，效果明显。", "清洁"), blankFact("仓库同样坚持整理、整顿、清扫，不留死角。", "整顿"))).toBe(false);
    // Two words side by side beside a bigger set are a collocation, not the set.
    expect(sameSetFact(setFactOf(multipleChoice(["整理", "整顿", "清扫", "清洁"], "检查"))!, blankFact("重点抓好整理、______两项。", "整顿"))).toBe(false);
    // Different first items that only end alike over two characters (…制度) are different members.
    expect(sameSetFact(blankFact("落实学习制度、______、考勤制度。", "值班制度"), blankFact("健全财务制度、______、考勤制度。", "值班制度"))).toBe(false);
  });

  it("prefers the more confident question, then a 多选 for a set, then a 解析 that teaches, then the first", () => {
    const choice = { candidate: multipleChoice(["整理", "整顿", "清扫"], "检查"), confidence: 1, at: 5 };
    const blank = { candidate: fillBlankCandidate("车间里推行整理、整顿、清扫，效果明显。", "整顿"), confidence: 1, at: 1 };
    expect(factPreference(choice, blank)).toBeLessThan(0);
    expect(factPreference({ ...choice, confidence: 0.7 }, blank)).toBeGreaterThan(0);
    const teaching = { ...blank, at: 3, candidate: { ...blank.candidate, evidence: { ...blank.candidate.evidence, explanationTeaches: true } } };
    expect(factPreference(teaching, blank)).toBeLessThan(0);
    expect(factPreference(asChoice(blank), blank)).toBeGreaterThan(0);
  });
});

/** A 简答 “什么是term？” on the sentence of moduleA's first passage that fillBlankCandidate's questions rest on. */
function definitionShort(sentence: string, term: string): Candidate {
  const base = fillBlankCandidate(sentence, term);
  return { ...base, question: { ...base.question, type: "SHORT_ANSWER", focus: "definition", stem: `《本厂制度汇编》中，什么是${term}？`, answer: sentence, options: [] } as Question };
}

describe("one definition asked once (FACT_REPEATED)", () => {
  const sentence = "安全生产责任制是按照安全第一的方针，对各级人员在生产中应负的安全责任加以明确规定的制度。";
  it("counts a 简答 on a definition and a blank on its term in the same sentence as one fact", () => {
    expect(sameFact(factOf(definitionShort(sentence, "安全生产责任制"))!, factOf(fillBlankCandidate(sentence, "安全生产责任制"))!)).toBe(true);
  });

  it("does not count a blank on another word of the sentence, nor two blanks, as the definition asked again", () => {
    expect(sameFact(factOf(definitionShort(sentence, "安全生产责任制"))!, factOf(fillBlankCandidate(sentence, "安全第一"))!)).toBe(false);
    expect(sameFact(factOf(fillBlankCandidate(sentence, "安全生产责任制"))!, factOf(fillBlankCandidate(sentence, "安全生产责任制", "______是按照安全第一的方针，对各级人员的安全责任加以明确规定的制度。"))!)).toBe(false);
  });

  it("counts two 简答 asking what one term is, on two sentences defining it, as one fact; not two terms", () => {
    const again = "安全生产责任制是把安全责任落实到每个岗位、每名职工的一项基本制度。";
    expect(sameFact(factOf(definitionShort(sentence, "安全生产责任制"))!, factOf(definitionShort(again, "安全生产责任制"))!)).toBe(true);
    expect(sameFact(factOf(definitionShort(sentence, "安全生产责任制"))!, factOf(definitionShort("岗位责任制是明确每个岗位职责的制度。", "岗位责任制"))!)).toBe(false);
  });

  it("prefers the 简答, which asks the definition whole, when both are as confident", () => {
    const short = { candidate: definitionShort(sentence, "安全生产责任制"), confidence: 1, at: 4 };
    expect(factPreference(short, { candidate: fillBlankCandidate(sentence, "安全生产责任制"), confidence: 1, at: 1 })).toBeLessThan(0);
  });
});

/** A later 单选 twin of a blank, all else equal: the first generated is preferred. */
function asChoice(entry: { candidate: Candidate; confidence: number; at: number }) {
  return { ...entry, at: entry.at + 1, candidate: asSingleChoice(entry.candidate, ["清洁", "检查", "维护"]) };
}

describe("one set of record published once per course (FACT_REPEATED)", () => {
  const four = ["形式主义", "官僚主义", "享乐主义", "奢靡之风"];
  // A talk that names the 四风 (a 多选 and a blank of the list) and a rule that lists them again in its own sentence.
  const talk = fixtureModule(
    "作风建设专题",
    "一、纠治四风",
    ["各级党组织要持续整治形式主义、官僚主义、享乐主义、奢靡之风等“四风”问题，推动作风建设常态化长效化。", "党员干部要自觉践行为人民服务的根本宗旨，密切联系群众。", "基层党组织每季度召开一次组织生活会，开展批评和自我批评。"],
    [
      { kind: "enumeration", text: "四风", answer: four.join("、"), items: four },
      { kind: "term", text: "密切联系群众", passage: 1 },
    ],
    "mod_talk",
  );
  const rule = fixtureModule(
    "廉洁从政要求",
    "一、总体要求",
    ["领导干部要带头遵守中央八项规定精神，坚决反对形式主义、官僚主义、享乐主义和奢靡之风，树立正确政绩观。", "纪检监察机关要强化监督执纪问责，坚持无禁区、全覆盖、零容忍。", "党员领导干部要严格执行领导干部报告个人有关事项制度。"],
    [
      { kind: "term", text: "中央八项规定精神" },
      { kind: "term", text: "零容忍", passage: 1 },
    ],
    "mod_rule",
  );
  // A third document with another list that shares 形式主义.
  const study = fixtureModule(
    "学风建设",
    "一、改进学风",
    ["理论学习要防止教条主义、经验主义和形式主义，做到学思用贯通、知信行统一。", "党委理论学习中心组每月集中学习一次，围绕主题开展研讨。", "领导干部要带头撰写调研报告，推动理论成果转化。"],
    [{ kind: "term", text: "经验主义" }],
    "mod_study",
  );
  const asksFour = (questions: Question[]) => questions.filter((question) => four.filter((member) => question.stem.includes(member) || question.options.some((option) => option.text === member)).length >= 3);

  it("publishes the rule's blank on the 四风 in a course of that document alone", () => {
    expect(asksFour(generateQuestionBank({ modules: [rule] }).accepted)).toHaveLength(1);
  });

  it("publishes the 四风 once in a course of both documents, as the 多选, and sends the blanks of either document to review", () => {
    const bank = generateQuestionBank({ modules: [talk, rule, study] });
    expect(asksFour(bank.accepted).map((question) => question.type)).toEqual(["MULTIPLE_CHOICE"]);
    const waiting = bank.review.filter((entry) => entry.reasons.includes("FACT_REPEATED")).map((entry) => entry.question);
    expect(new Set(asksFour(waiting).map((question) => question.moduleId))).toEqual(new Set(["mod_talk", "mod_rule"]));
  });

  it("keeps the 多选 though the blank comes first in the course", () => {
    const bank = generateQuestionBank({ modules: [rule, talk] });
    expect(asksFour(bank.accepted).map((question) => question.type)).toEqual(["MULTIPLE_CHOICE"]);
  });

  it("does not count a blank in another list sharing 形式主义 as the 四风 asked again", () => {
    const bank = generateQuestionBank({ modules: [talk, rule, study] });
    const other = [...bank.accepted, ...bank.review.map((entry) => ({ ...entry.question, reasons: entry.reasons }))].filter((question) => question.stem.includes("教条主义"));
    expect(other.length).toBeGreaterThan(0);
    for (const question of other) expect((question as { reasons?: string[] }).reasons ?? []).not.toContain("FACT_REPEATED");
  });
});
