import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  bankSignals,
  describeBank,
  evaluateDocument,
  goldCoverage,
  hasDanglingReference,
  indexLabels,
  isExplanationEcho,
  labelKey,
  mergeLabels,
  parseLabelLines,
  sampleUnlabelled,
  shownFingerprint,
  summarise,
  tallyLabels,
  type EvalCourse,
  type EvalQuestion,
  type Label,
} from "@/lib/questions/eval";
import type { QuestionFields } from "./question-fields";
import type { Question, QuestionBank, QuestionType } from "@/lib/questions";
import type { Module } from "@/lib/content";

const PASSAGE_A = "四风是指形式主义、官僚主义、享乐主义和奢靡之风。中国共产党坚持群众路线。";
const PASSAGE_B = "中国共产党实行民主集中制。民主集中制是党的根本组织原则。";
const PASSAGE_C = "中国共产党的宗旨是全心全意为人民服务。";
const PASSAGE_D = "三会一课是党的组织生活制度。中国共产党重视组织生活。";

const course: EvalCourse = {
  title: "党的建设",
  modules: [
    { title: "作风建设", passageTexts: [PASSAGE_A] },
    { title: "组织原则", passageTexts: [PASSAGE_B, PASSAGE_C] },
    { title: "组织生活", passageTexts: [PASSAGE_D] },
  ],
};

let counter = 0;
function question(type: QuestionType, fields: Partial<QuestionFields> & { passage?: string; cite?: string } = {}, status: EvalQuestion["status"] = "published"): EvalQuestion {
  const { passage = PASSAGE_A, cite, ...rest } = fields;
  const sourceText = cite ?? passage.slice(0, passage.indexOf("。") + 1);
  const start = passage.indexOf(sourceText);
  return {
    question: {
      type,
      focus: "term",
      stem: `题干${++counter}`,
      options: [],
      answer: type === "TRUE_FALSE" ? true : type === "SHORT_ANSWER" ? "答案" : [],
      explanation: `出自《测试》：“${sourceText}”`,
      passageId: `p-${passage.length}-${passage.slice(0, 2)}`,
      span: { start, end: start + sourceText.length },
      ...rest,
    } as EvalQuestion["question"],
    status,
    sourceText,
    passageText: passage,
  };
}

const choice = (type: "SINGLE_CHOICE" | "MULTIPLE_CHOICE", keys: string[], others: string[], fields: Parameters<typeof question>[1] = {}) =>
  question(type, {
    options: [...keys, ...others].map((text, index) => ({ key: "ABCDEF"[index]!, text })),
    answer: keys.map((_, index) => "ABCDEF"[index]!),
    ...fields,
  });

function label(item: EvalQuestion, verdict: Label["verdict"], codes: Label["codes"] = verdict === "usable" ? [] : ["D"]): Label {
  return { key: labelKey(item), doc: "d", type: item.question.type, stem: item.question.stem, answer: "", verdict, codes, note: "", shown: shownFingerprint(item) };
}

describe("bank:eval label keys", () => {
  it("keep a question's key when its wording of distractors or 解析 changes, and change it when the key answer changes", () => {
    const before = choice("SINGLE_CHOICE", ["官僚主义"], ["民主集中制", "群众路线", "三会一课"], { stem: "四风是指形式主义、（　）、享乐主义和奢靡之风。" });
    const reworded = { ...before, question: { ...before.question, options: [{ key: "A", text: "官僚主义" }, { key: "B", text: "教条主义" }], explanation: "新的解析" } };
    const otherKey = choice("SINGLE_CHOICE", ["享乐主义"], ["民主集中制"], { stem: "四风是指形式主义、官僚主义、（　）和奢靡之风。" });
    expect(labelKey(reworded)).toBe(labelKey(before));
    expect(shownFingerprint(reworded)).not.toBe(shownFingerprint(before));
    expect(labelKey(otherKey)).not.toBe(labelKey(before));
    expect(labelKey(before)).toMatch(/^[0-9a-f]{16}$/);
  });

  it("tell apart two true/false statements made from one sentence", () => {
    const kept = question("TRUE_FALSE", { stem: "四风是指形式主义、官僚主义、享乐主义和奢靡之风。", answer: true });
    const swapped = question("TRUE_FALSE", { stem: "四风是指形式主义、教条主义、享乐主义和奢靡之风。", answer: false });
    expect(labelKey(kept)).not.toBe(labelKey(swapped));
  });
});

describe("bank:eval label tally", () => {
  it("counts verdicts among labelled published questions, unlabelled published ones, drafts and stale labels", () => {
    const items = [question("FILL_BLANK", { answer: ["四风"] }), question("FILL_BLANK", { answer: ["享乐主义"] }), question("FILL_BLANK", { answer: ["官僚主义"] }), question("FILL_BLANK", { answer: ["奢靡之风"] }), question("FILL_BLANK", { answer: ["形式主义"] }, "draft")];
    const stale = { ...label(items[2]!, "discard"), shown: "000000000000" };
    const labels = new Map([label(items[0]!, "usable"), label(items[1]!, "needs-edit", ["E"]), stale, label(items[4]!, "usable")].map((entry) => [entry.key, entry]));
    expect(tallyLabels(items, labels)).toEqual({ published: 4, drafts: 1, labelled: 3, usable: 1, needsEdit: 1, discard: 1, onlyExplanation: 1, unlabelled: 1, stale: 1 });
  });

  it("reads a question asked in two documents by its own document's label, and by the other's when it has none", () => {
    const item = question("FILL_BLANK", { answer: ["四风"] });
    const inA = { ...label(item, "usable"), doc: "a" };
    const inB = { ...label(item, "needs-edit", ["A"]), doc: "b", shown: "000000000000" };
    const labels = indexLabels([inA, inB]);
    expect(tallyLabels([item], labels, "a")).toMatchObject({ usable: 1, needsEdit: 0, stale: 0 });
    expect(tallyLabels([item], labels, "b")).toMatchObject({ usable: 0, needsEdit: 1, stale: 1 });
    expect(tallyLabels([item], labels, "c")).toMatchObject({ usable: 1, labelled: 1 });
    expect(mergeLabels([inA], [inB]).added).toEqual([inB]);
    expect(mergeLabels([inA], [{ ...inA, verdict: "discard", codes: ["D"] }]).conflicts).toHaveLength(1);
  });
});

describe("bank:eval gold-fact coverage", () => {
  it("counts a fact covered when a published choice key, blank or short answer holds one of its answers, never through a 判断 or a draft", () => {
    const items = [
      choice("MULTIPLE_CHOICE", ["形式主义", "官僚主义"], ["群众路线"]),
      question("FILL_BLANK", { answer: ["“三会一课”"] }),
      question("TRUE_FALSE", { stem: "民主集中制是党的根本组织原则。", answer: true }),
      question("FILL_BLANK", { answer: ["全心全意为人民服务"] }, "draft"),
      question("SHORT_ANSWER", { answer: "党的根本组织原则是民主集中制。", keyPoints: ["民主集中制"] }),
    ];
    const coverage = goldCoverage(
      [
        { answers: ["官僚主义"], description: "四风之一" },
        { answers: ["三会一课"], description: "组织生活制度" },
        { answers: ["民主集中制"], description: "根本组织原则" },
        { answers: ["全心全意为人民服务", "为人民服务"], description: "宗旨" },
      ],
      items,
    );
    expect(coverage).toEqual({ facts: 4, covered: 3, missed: ["宗旨"] });
  });
});

describe("bank:eval automatic signals", () => {
  it("counts generic keys, repeated stems, sentence reuse, dangling references, keys outside the cited span and echoing 解析", () => {
    const items = [
      // generic: 中国共产党 is in all three modules.
      question("FILL_BLANK", { stem: "______坚持群众路线。", answer: ["中国共产党"], passage: PASSAGE_A, cite: "中国共产党坚持群众路线。" }),
      question("FILL_BLANK", { stem: "四风是指形式主义、官僚主义、享乐主义和______。", answer: ["奢靡之风"], explanation: "出自《测试》“作风”：“四风是指形式主义、官僚主义、享乐主义和奢靡之风。”" }),
      // generic: 组织生活 is a module's title.
      choice("SINGLE_CHOICE", ["组织生活"], ["作风建设"], { stem: "三会一课是党的（　）制度。", passage: PASSAGE_D, explanation: "三会一课是党的组织生活制度，作风建设是另一回事，不是制度名称。" }),
      // repeats the second stem but for its punctuation.
      choice("SINGLE_CHOICE", ["享乐主义"], ["民主集中制"], { stem: "四风是指形式主义、官僚主义、享乐主义和（　）", passage: PASSAGE_A }),
      // dangling reference behind article numbering; shares its sentence with the 填空 above (other type).
      question("TRUE_FALSE", { stem: "第三条该原则是党的根本组织原则。", passage: PASSAGE_B, cite: "民主集中制是党的根本组织原则。" }),
      question("TRUE_FALSE", { stem: "此外，党实行民主集中制。", passage: PASSAGE_B, cite: "中国共产党实行民主集中制。", explanation: "错误。原文是“民主集中制”，不是“集体领导制”，二者不同。" }),
      question("FILL_BLANK", { stem: "______是党的根本组织原则。", answer: ["民主集中制"], passage: PASSAGE_B, cite: "民主集中制是党的根本组织原则。" }),
      question("FILL_BLANK", { stem: "不计入", answer: ["作风建设"] }, "draft"),
    ];
    items[1]!.question.stem = "四风是指形式主义、官僚主义、享乐主义和（　）。";
    expect(bankSignals(course, items)).toEqual({
      published: 7,
      keyed: 5,
      genericKey: 2,
      repeatedStems: 1,
      cited: 7,
      sentenceReuse: 4,
      dangling: 1,
      keyOutsideSource: 0,
      explanationEcho: 5,
    });
  });

  it("finds a key outside its cited span", () => {
    const outside = question("FILL_BLANK", { answer: ["民主集中制"], passage: PASSAGE_A });
    expect(bankSignals(course, [outside]).keyOutsideSource).toBe(1);
  });

  it("reads handling with no object in its opening clause (…部门应当在2个月内予以办理) as dangling, not handling of what the stem names", () => {
    expect(hasDanglingReference("按照《某某规定》，上级部门应当在3个月内予以办理并作出答复，情况复杂的不超过（　）。")).toBe(true);
    expect(hasDanglingReference("受理机关应当及时予以受理。")).toBe(true);
    expect(hasDanglingReference("对反映的问题线索，应当按照规定予以立案审查。")).toBe(false);
    expect(hasDanglingReference("可以先由常务委员会作出处理决定，待召开全体会议时予以追认。")).toBe(false);
  });

  it("reads 这/该/其/上述/此 opening a statement, an unnamed 该地区 and a missing 下列 list as dangling, but not 此外, 其他, 因此 or a referent named in the stem", () => {
    expect(hasDanglingReference("该方针是党的根本方针。")).toBe(true);
    // a contrastive partitive names a group the sentence before defined
    expect(hasDanglingReference("另一部分人则走到错误的道路上去，是______的发展。")).toBe(true);
    expect(hasDanglingReference("另一方面，企业与市场有着千丝万缕的联系。")).toBe(true);
    expect(hasDanglingReference("有些同志则认为，当务之急是发展传统工业。")).toBe(true);
    expect(hasDanglingReference("有的干部不愿意调查研究；有的干部主观武断，盲目决策。")).toBe(false);
    expect(hasDanglingReference("其他党员要积极参加组织生活。")).toBe(false);
    expect(hasDanglingReference("根据原文，下面句子空白处列举的有（　）：“上述问题包括______。”")).toBe(true);
    expect(hasDanglingReference("（二）这些做法必须纠正。")).toBe(true);
    expect(hasDanglingReference("全党必须坚持这条______，积极探索，大胆试验。")).toBe(true);
    expect(hasDanglingReference("全党必须坚持党的______，积极探索，大胆试验。")).toBe(false);
    expect(hasDanglingReference("同时，其核心是为人民服务。")).toBe(true);
    expect(hasDanglingReference("此外，党实行民主集中制。")).toBe(false);
    expect(hasDanglingReference("其他党员应当参加。")).toBe(false);
    expect(hasDanglingReference("针对这类现象，党中央制定了八项规定。")).toBe(true);
    expect(hasDanglingReference("民主集中制是根本原则，这一原则必须坚持。")).toBe(false);
    expect(hasDanglingReference("视情节轻重，对该地区（单位）领导班子主要负责人给予批评教育。")).toBe(true);
    expect(hasDanglingReference("被巡视地区的工作人员阻挠巡视的，对该地区领导班子给予批评教育。")).toBe(false);
    expect(hasDanglingReference("巡视工作人员有下列情形之一的，给予批评教育。")).toBe(true);
    expect(hasDanglingReference("问责方式包括以下方面：检查、通报、改组。")).toBe(false);
    // Counted points the stem promises and never shows (stop 28).
    expect(hasDanglingReference("坚持从群众中来，到群众中去的领导方法，要求领导者必须做到以下三点。")).toBe(true);
    expect(hasDanglingReference("党委应当从以下几个方面加强领导。")).toBe(true);
    expect(hasDanglingReference("要求领导者必须做到以下三点：调查研究、集中意见、坚持下去。")).toBe(false);
    expect(hasDanglingReference("县级以下党组织应当定期召开会议。")).toBe(false);
    expect(hasDanglingReference("常见的违规行为包括：超标准接待、就餐、住宿；______配备豪华车。")).toBe(true);
    expect(hasDanglingReference("违反八项规定精神的常见行为包括：超标准接待、就餐、住宿。")).toBe(false);
    expect(hasDanglingReference("因此，党必须密切联系群众，应该做到一切为了群众。")).toBe(false);
  });

  it("reads a 解析 as echo when it only quotes the source, and not when it explains", () => {
    const echo = question("TRUE_FALSE", { explanation: "正确。出自《测试》“四风”：“四风是指形式主义、官僚主义、享乐主义和奢靡之风。”" });
    const teaches = question("TRUE_FALSE", { explanation: "正确。四风是作风问题的四种表现，党的群众路线教育实践活动集中解决四风。出自《测试》。" });
    expect(isExplanationEcho(echo)).toBe(true);
    expect(isExplanationEcho(teaches)).toBe(false);
  });
});

describe("bank:eval sampling and labels file", () => {
  it("draws the same unlabelled published questions for the same seed, at most N per type", () => {
    const items = ["一", "二", "三", "四", "五"].map((word) => question("FILL_BLANK", { answer: [word] }));
    const labels = new Map([label(items[0]!, "usable")].map((entry) => [entry.key, entry]));
    const first = sampleUnlabelled([...items, question("TRUE_FALSE")], labels, 2, "s");
    expect(first).toHaveLength(3);
    expect(first.filter((item) => item.question.type === "FILL_BLANK")).toHaveLength(2);
    expect(first).not.toContain(items[0]);
    expect(sampleUnlabelled([...items].reverse(), labels, 2, "s").map(labelKey)).toEqual(first.filter((item) => item.question.type === "FILL_BLANK").map(labelKey));
  });

  it("parses labelled lines, counts lines still without a verdict, and names malformed lines in Chinese", () => {
    const good = { key: "0123456789abcdef", doc: "d", type: "FILL_BLANK", stem: "s", answer: "a", verdict: "discard", codes: ["D"], note: "", source: "ignored" };
    const text = [JSON.stringify(good), JSON.stringify({ ...good, verdict: null }), "", "{oops", JSON.stringify({ ...good, verdict: "usable" }), JSON.stringify({ ...good, verdict: "great" })].join("\n");
    const parsed = parseLabelLines(text);
    expect(parsed.labels).toEqual([{ key: "0123456789abcdef", doc: "d", type: "FILL_BLANK", stem: "s", answer: "a", verdict: "discard", codes: ["D"], note: "" }]);
    expect(parsed.pending).toBe(1);
    expect(parsed.errors).toHaveLength(3);
    expect(parsed.errors[0]).toBe("第 4 行不是 JSON");
    expect(parsed.errors[1]).toBe("第 5 行：可用的题目不应有不合格代码");
    expect(parsed.errors[2]).toMatch(/^第 6 行：verdict/);
  });

  it("merges only keys not labelled yet and reports a differing second verdict", () => {
    const base: Label = { key: "0123456789abcdef", doc: "d", type: "FILL_BLANK", stem: "s", answer: "a", verdict: "discard", codes: ["D"], note: "" };
    const other: Label = { ...base, key: "fedcba9876543210", verdict: "usable", codes: [] };
    const { added, conflicts } = mergeLabels([base], [{ ...base, verdict: "usable", codes: [] }, other]);
    expect(added).toEqual([other]);
    expect(conflicts).toHaveLength(1);
  });
});

describe("bank:eval summary", () => {
  it("gives shares over labelled published questions, holdout apart, and the gold coverage over all facts", () => {
    const tuned = [question("FILL_BLANK", { answer: ["四风"] }), question("FILL_BLANK", { answer: ["官僚主义"] })];
    const held = [question("FILL_BLANK", { answer: ["享乐主义"], passage: PASSAGE_A }), question("TRUE_FALSE")];
    const labels = new Map([label(tuned[0]!, "usable"), label(tuned[1]!, "discard"), label(held[0]!, "usable")].map((entry) => [entry.key, entry]));
    const facts = [{ answers: ["四风"], description: "四风" }, { answers: ["三会一课"], description: "三会一课" }];
    const summary = summarise([
      evaluateDocument({ doc: "a", holdout: false, course, questions: tuned, labels, facts }),
      evaluateDocument({ doc: "b", holdout: true, course, questions: held, labels, facts: [] }),
      evaluateDocument({ doc: "c", holdout: true, course, questions: [], labels, facts: [] }),
    ]);
    expect(summary).toMatchObject({
      documents: 3,
      published: 4,
      labelled: 3,
      unlabelled_published: 1,
      usable_share: 0.667,
      discard_share: 0.333,
      needs_edit_share: 0,
      only_explanation_share: 0,
      holdout_labelled: 1,
      holdout_usable_share: 1,
      gold_facts: 2,
      gold_coverage: 0.5,
      documents_without_questions: 1,
    });
  });
});

describe("a holdout document's key facts", () => {
  it("are counted but not described in its evaluation, so no output of bank:eval shows them", () => {
    const questions = [question("FILL_BLANK", { answer: ["四风"] })];
    const facts = [{ answers: ["四风"], description: "四风" }, { answers: ["三会一课"], description: "三会一课制度" }];
    const held = evaluateDocument({ doc: "b", holdout: true, course, questions, labels: new Map(), facts });
    expect(held.gold).toEqual({ facts: 2, covered: 1, missed: [] });
    const tuned = evaluateDocument({ doc: "a", holdout: false, course, questions, labels: new Map(), facts });
    expect(tuned.gold).toEqual({ facts: 2, covered: 1, missed: ["三会一课制度"] });
  });
});

describe("the labels kept in tests/fixtures/quality", () => {
  it("parse without errors, hold no key twice in a document and name only evaluation documents", () => {
    const folder = path.join(import.meta.dirname, "../../fixtures/quality");
    const { labels, pending, errors } = parseLabelLines(readFileSync(path.join(folder, "labels.jsonl"), "utf8"));
    const documents = (JSON.parse(readFileSync(path.join(folder, "docs.json"), "utf8")) as { documents: Array<{ id: string }> }).documents.map((document) => document.id);
    expect(errors).toEqual([]);
    expect(pending).toBe(0);
    expect(new Set(labels.map((entry) => `${entry.doc}:${entry.key}`)).size).toBe(labels.length);
    expect(labels.filter((entry) => !documents.includes(entry.doc))).toEqual([]);
  });
});

describe("bank:eval reading a generated bank", () => {
  it("cites each question's span of its passage, counts keyword passages out of the course text, and reads DRAFT questions and the review queue as drafts", () => {
    const passage = (id: string, text: string, kind: "prose" | "keywords" = "prose") => ({ id, kind, text, sentences: [] });
    const module: Module = {
      id: "m1",
      title: "作风建设",
      source: "a.md",
      knowledgePoints: [],
      sections: [{ id: "s1", title: "四风", numbering: "", implicit: false, passages: [passage("p1", PASSAGE_A), passage("p2", "关键词：四风", "keywords")], sections: [] }],
    };
    const base = question("FILL_BLANK", { answer: ["官僚主义"] }).question;
    const asQuestion = (id: string, extra: Partial<Question> & { status?: string } = {}) =>
      ({ ...base, id, passageId: "p1", span: { start: 0, end: 24 }, moduleId: "m1", sectionId: "s1", difficulty: 0.5, contentHash: id, generatorVersion: "t", ...extra }) as Question;
    const bank = { accepted: [asQuestion("a"), asQuestion("b", { status: "DRAFT" }), asQuestion("c", { passageId: null, span: null })], rejected: [], review: [{ question: asQuestion("d"), reasons: ["DOUBT"], confidence: 0.4 }] } as QuestionBank;
    const { course: evalCourse, questions } = describeBank({ title: "党的建设", modules: [module] }, bank);
    expect(evalCourse).toEqual({ title: "党的建设", modules: [{ title: "作风建设", passageTexts: [PASSAGE_A] }] });
    expect(questions.map((item) => [(item.question as Question).id, item.status, item.sourceText])).toEqual([
      ["a", "published", "四风是指形式主义、官僚主义、享乐主义和奢靡之风。"],
      ["b", "draft", "四风是指形式主义、官僚主义、享乐主义和奢靡之风。"],
      ["c", "published", null],
      ["d", "draft", "四风是指形式主义、官僚主义、享乐主义和奢靡之风。"],
    ]);
  });

  it("gives a reader the heading and subheadings a question on a heading's subsections rests on", () => {
    const module: Module = {
      id: "m2",
      title: "作风建设",
      source: "a.md",
      knowledgePoints: [{ id: "k1", kind: "heading-list", text: "作风建设上的突出问题", items: ["高高在上，脱离群众", "形式主义，弄虚作假"], section: "s2", span: null }],
      sections: [{ id: "s2", title: "作风建设上的突出问题", numbering: "", implicit: false, passages: [], sections: [] }],
    };
    const base = question("SHORT_ANSWER", { answer: "（1）高高在上，脱离群众；（2）形式主义，弄虚作假。" }).question;
    const asked = { ...base, id: "h", passageId: null, span: null, knowledgePointId: "k1", moduleId: "m2", sectionId: "s2", difficulty: 0.5, contentHash: "h", generatorVersion: "t" } as Question;
    const { questions } = describeBank({ title: "党的建设", modules: [module] }, { accepted: [asked], review: [], rejected: [] } as QuestionBank);
    expect(questions[0]!.outline).toBe("作风建设上的突出问题：高高在上，脱离群众；形式主义，弄虚作假");
  });
});
