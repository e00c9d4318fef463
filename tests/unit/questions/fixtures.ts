import { buildInventory, indexCourse, type Candidate, type CourseIndex, type Question } from "@/lib/questions";
import { isNoisyItem } from "@/lib/questions/quality-gate";
import { fixtureModule } from "./fixture-course";

/** Two small modules on 党群关系 with every kind of knowledge point. */
export const moduleA = fixtureModule(
  "党的作风建设",
  "反对四风",
  [
    "针对形式主义、官僚主义、享乐主义、奢靡之风等四风问题，全党开展了党的群众路线教育实践活动。密切联系群众是我们党的最大政治优势。",
    "习近平指出：“人心向背关系党的生死存亡。”",
    "党群关系是政党与人民群众之间的关系。到今天为止，中国共产党在全国执政已经60多年。",
  ],
  [
    { kind: "enumeration", text: "四风", answer: "形式主义、官僚主义、享乐主义、奢靡之风", items: ["形式主义", "官僚主义", "享乐主义", "奢靡之风"] },
    { kind: "term", text: "密切联系群众" },
    { kind: "quote", passage: 1, text: "人心向背关系党的生死存亡。", speaker: "习近平" },
    { kind: "definition", passage: 2, text: "党群关系", answer: "政党与人民群众之间的关系" },
    { kind: "number", passage: 2, text: "中国共产党在全国执政已经60多年", answer: "60多年" },
  ],
  "mod_a",
);

export const moduleB = fixtureModule(
  "党群关系的现状",
  "问题与对策",
  [
    "胡锦涛指出：“全党同志必须牢记，密切联系群众是我们党的最大政治优势。”党员干部要践行为人民服务的宗旨，防止官僚主义作风。",
    "毛泽东强调：“我们的一切工作干部，都是人民的勤务员。”群众路线是党的生命线和根本工作路线。基层组织要坚持群众路线和为人民服务。",
    "江泽民指出：“反对腐败是关系党和国家生死存亡的严重政治斗争。”邓小平说：“我们要坚持实事求是的思想路线。”改革开放已经30多年，坚持群众路线是党的根本工作路线。",
  ],
  [
    { kind: "term", text: "群众路线", passage: 1 },
    { kind: "term", text: "为人民服务" },
    { kind: "quote", text: "全党同志必须牢记，密切联系群众是我们党的最大政治优势。", speaker: "胡锦涛" },
    { kind: "quote", passage: 1, text: "我们的一切工作干部，都是人民的勤务员。", speaker: "毛泽东" },
    { kind: "quote", passage: 2, text: "反对腐败是关系党和国家生死存亡的严重政治斗争。", speaker: "江泽民" },
    { kind: "quote", passage: 2, text: "我们要坚持实事求是的思想路线。", speaker: "邓小平" },
    { kind: "number", passage: 2, text: "改革开放已经30多年", answer: "30多年" },
    { kind: "heading-list", text: "党群关系存在问题的原因", items: ["思想认识不到位", "体制机制不健全", "工作方法不适应"] },
  ],
  "mod_b",
);

/** The index of a course and its distractor inventory, as the generator builds them (noisy items left out). */
export function courseContext<C extends Parameters<typeof indexCourse>[0]>(course: C) {
  const index = indexCourse(course);
  const inventory = buildInventory(index, (item, siblings) => !isNoisyItem(item, siblings));
  return { course, index, inventory };
}

export function fixtureContext() {
  return courseContext({ modules: [moduleA, moduleB] });
}

/** courseContext of a course of one fixture module (fixtureModule's arguments). */
export function moduleContext(...module: Parameters<typeof fixtureModule>) {
  return courseContext({ modules: [fixtureModule(...module)] });
}

/** A key's place as the explainers take it: passage `passage` of the index, just after `key` (its first one after `after`). */
export function keyPlace(index: CourseIndex, passage: number, key: string, after = "") {
  const located = index.passages[passage]!;
  const at = located.passage.text.indexOf(key, after ? located.passage.text.indexOf(after) : 0);
  return { located, offset: at + key.length };
}

/** A 填空 candidate on `answer` in `sentence` of moduleA's first passage (the stem blanks it unless given). */
export function fillBlankCandidate(sentence: string, answer: string, stem = sentence.replace(answer, "______")): Candidate {
  const start = sentence.indexOf(answer);
  const question: Question = {
    id: "q_test",
    type: "FILL_BLANK",
    focus: "term",
    stem,
    options: [],
    answer: [answer],
    explanation: "",
    difficulty: 0.5,
    moduleId: moduleA.id,
    sectionId: moduleA.sections[0]!.id,
    passageId: moduleA.sections[0]!.passages[0]!.id,
    span: { start: 0, end: sentence.length },
    contentHash: "",
    generatorVersion: "test",
  };
  return { question, evidence: { sentence, answers: [answer], blanks: [{ start, end: start + answer.length }], distractors: [] } };
}

/** A candidate placed in passage `passage` of a module's first section (fillBlankCandidate places it in moduleA's first). */
export function placedIn(candidate: Candidate, module: ReturnType<typeof fixtureModule>, passage = 0): Candidate {
  const section = module.sections[0]!;
  return { ...candidate, question: { ...candidate.question, moduleId: module.id, sectionId: section.id, passageId: section.passages[passage]!.id } };
}

/** Options lettered A, B, … in the order given. */
export function lettered(texts: readonly string[]): Question["options"] {
  return texts.map((text, at) => ({ key: "ABCDEF"[at]!, text }));
}

/**
 * The 单选 made of a 填空 candidate (fillBlankCandidate): its key is option A, `wrong` the other options and its distractors;
 * `fields` set the focus or the like, `evidence` what more the generator knew (the list the key is of).
 */
export function asSingleChoice(base: Candidate, wrong: string[], fields: Partial<Pick<Question, "focus" | "moduleId" | "sectionId" | "passageId">> = {}, evidence: Partial<Candidate["evidence"]> = {}): Candidate {
  const answer = base.evidence.answers[0]!;
  return {
    question: { ...base.question, type: "SINGLE_CHOICE", options: lettered([answer, ...wrong]), answer: ["A"], ...fields },
    evidence: { ...base.evidence, distractors: wrong, ...evidence },
  };
}
