import type { CourseIndex } from "./course-index";
import { phraseKind } from "./distractors";
import { vocabularySiblings } from "./party-vocabulary";
import { splitOptions, isChoice } from "./quality-gate/rule";
import { holdsGluedHeading, judgeTarget, isVerbLed, type TargetVerdict } from "./target-importance";
import { taggedSpans } from "./term-quality";
import type { Candidate } from "./types";

/**
 * The confidence of a candidate that passed the gate: the product of four explicit features, each
 * 0 … 1, lowered by the doubts found. A question at or above PUBLISH_THRESHOLD is published; one
 * below waits in the review queue (DRAFT) with its doubts as the reason.
 */
export interface ConfidenceFeatures {
  /** Is the key worth asking about in this course (not an actor of every passage, not the title, not a verb phrase)? */
  importance: number;
  /** Does the stem read as a whole sentence (no dangling reference, no cut clause, no list marker)? */
  form: number;
  /** Are the wrong answers of the key's kind and clearly wrong (no near-synonym, no verb phrase as a falsehood)? */
  distractors: number;
  /** Does the source support the question as asked (a falsehood made by negation is weak support)? */
  support: number;
}

export interface Confidence {
  score: number;
  features: ConfidenceFeatures;
  /** Review reason codes, one per doubt; empty when nothing lowered the score. */
  doubts: string[];
}

export const PUBLISH_THRESHOLD = 0.6;

/** A statement of what ought to be done rather than of what is: true by the way it is said. */
const EXHORTATION = /必须|务必|应当|应该|(?<![重主需纲摘提简只])要(?![求点素害件案闻事员领])|坚持|坚决|切实|不得|不准|不能|严禁|禁止|确保|加强|强化|增强|提高|推进|营造/;

/** Doubt codes with the feature they lower and the factor they lower it by. */
export const DOUBTS = {
  GENERIC_TARGET: { feature: "importance", factor: 0.3, label: "考点是全课程处处出现的泛词" },
  TITLE_TARGET: { feature: "importance", factor: 0.3, label: "考点是课程或模块的标题" },
  VERB_LED_TARGET: { feature: "importance", factor: 0.5, label: "考点是动词短语而非术语" },
  DANGLING_REFERENCE: { feature: "form", factor: 0.2, label: "题干以“这/该/其/上述/此”开头，指代不明" },
  STEM_STARTS_MID_CLAUSE: { feature: "form", factor: 0.4, label: "题干从半句开始" },
  LIST_MARKER_IN_STEM: { feature: "form", factor: 0.5, label: "题干带有条款编号或列表序号" },
  HEADING_IN_STEM: { feature: "form", factor: 0.3, label: "题干里混入了标题" },
  DISTRACTOR_NEAR_SYNONYM: { feature: "distractors", factor: 0.3, label: "干扰项与正确答案近义或上下位，可能也对" },
  DISTRACTOR_OTHER_KIND: { feature: "distractors", factor: 0.5, label: "干扰项与正确答案不是同类" },
  DISTRACTOR_UNLIKE_KEY: { feature: "distractors", factor: 0.5, label: "干扰项与正确答案形式不同类，容易凭形式猜出" },
  FALSEHOOD_VERB_LED: { feature: "distractors", factor: 0.3, label: "判断题替换词是动词短语" },
  FALSEHOOD_GARBLED: { feature: "distractors", factor: 0.3, label: "判断题替换后的语句重复、不通" },
  SWAP_WORD_OVERUSED: { feature: "distractors", factor: 0.4, label: "判断题替换词在题库中反复使用" },
  NEGATION_FALSEHOOD: { feature: "support", factor: 0.5, label: "判断题仅靠否定改错，不是有意义的错误陈述" },
  STATEMENT_TRUNCATED: { feature: "form", factor: 0.4, label: "判断题陈述只截取了状语部分，句子不完整" },
  NO_PREDICATE: { feature: "form", factor: 0.4, label: "题干没有谓语，不是完整的句子" },
  NOT_A_DEFINITION: { feature: "support", factor: 0.3, label: "简答题的“定义”不是定义（因为…、由于…、要…）" },
  TRUE_RESTATEMENT: { feature: "importance", factor: 0.5, label: "正确的判断题只是复述“必须/要/不得…”的要求，无从判错；请确认它考查了具体知识" },
  OVER_MODULE_SHARE: { feature: "importance", factor: 1, label: "本模块已发布的题目过多" },
} as const satisfies Record<string, { feature: keyof ConfidenceFeatures; factor: number; label: string }>;

export type DoubtCode = keyof typeof DOUBTS;

/** The Chinese reason an instructor reads in the review queue. */
export function reviewReason(codes: readonly string[]): string {
  const labels = codes.map((code) => (code in DOUBTS ? DOUBTS[code as DoubtCode].label : code));
  return `待审核：${[...new Set(labels)].join("；")}`;
}

/** 这/该/其/上述/此 opening a stem with nothing before it to point at. */
const DANGLING = /^[“‘（]?(这|该|其|上述|此|那)/;
/** Characters a sentence cannot start with: it was cut inside a clause. */
const MID_CLAUSE = /^(?:[，、；：。）”’的地得之和与及并而且也就都还又才则了着过]|或者|或是|必要时|(?:特别|尤其|更|也|就|还|这|那)是|[一二三四五六七八九十]是|如[，,]|比如|例如|其次|再次|最后|同时|此外|另外|因此|所以|但是|然而|否则|旨在)/;
/** An article number or list marker left at the start (第三十六条…, （一）, 1.). */
const LIST_MARKER = /^(第[一二三四五六七八九十百零〇]+[条章节款]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．])/;

/** A statement opening with an adverbial (为…, 随着…) needs a main clause after it, with a verb that states something. */
const ADVERBIAL_LEAD = /^(为了?|随着|通过|根据|按照)/;
const MAIN_VERB = /是|要|必须|应当|坚持|实现|出现|形成|提出|成为|得到|需要/;

function hasVerb(text: string): boolean {
  return taggedSpans(text.replace(/_{2,}|（　）/g, "")).some((word) => /^(v|vd|vi|vg|vl)$/.test(word.tag) || word.word === "是");
}

function hasProperName(text: string): boolean {
  return taggedSpans(text).some((word) => /^(ns|nr|nt)/.test(word.tag));
}

/** An article number run into the text (…规范第五条廉洁从政), not a citation (本条例第十二条规定, 《党章》第三条的). */
const GLUED_ARTICLE = /[\u4e00-\u9fff](?<![例法定程则章》款])第[一二三四五六七八九十百]+条(?!规定|的|之|所|中|、|，|和|或|至|第)/;

/** Near-synonyms and superordinates of the party vocabulary: options in one group are never told apart fairly. */
const SYNONYM_GROUPS: string[][] = [
  ["人民", "群众", "人民群众", "全国人民", "广大群众", "老百姓", "百姓", "民众", "广大人民"],
  ["党", "中国共产党", "共产党", "我党", "党组织", "执政党"],
  ["干部", "党员干部", "领导干部", "公职人员"],
  ["纪律", "党纪", "党的纪律"],
  ["作风", "工作作风", "党风"],
  ["监督", "党内监督"],
  ["宗旨", "根本宗旨", "全心全意为人民服务"],
];

function synonymGroup(text: string): number {
  return SYNONYM_GROUPS.findIndex((group) => group.includes(text));
}

/**
 * Two options that may both be right: in one near-synonym group, or one's head word (its last word)
 * a modifier in the other (全国人民 beside 人民群众: the 人民 of one is who the other is about).
 * Sharing the head word makes siblings, not synonyms (法治思维 beside 历史思维).
 */
export function nearSynonyms(a: string, b: string): boolean {
  const group = synonymGroup(a);
  if (group >= 0 && group === synonymGroup(b)) return true;
  const wordsA = taggedSpans(a).filter((word) => word.word.length >= 2);
  const wordsB = taggedSpans(b).filter((word) => word.word.length >= 2);
  const headA = wordsA[wordsA.length - 1]?.word;
  const headB = wordsB[wordsB.length - 1]?.word;
  const modifies = (head: string | undefined, words: typeof wordsA) => head !== undefined && words.slice(0, -1).some((word) => word.word === head && word.tag.startsWith("n"));
  return modifies(headA, wordsB) || modifies(headB, wordsA);
}

const TARGET_DOUBT: Record<Exclude<TargetVerdict, "ok" | "actor">, DoubtCode> = { title: "TITLE_TARGET", generic: "GENERIC_TARGET", "verb-led": "VERB_LED_TARGET" };

/** The key a question tests, when it is one term (blank, correct option, the part a 判断 changes). */
function targets(candidate: Candidate): string[] {
  const { question, evidence } = candidate;
  if (question.focus === "speaker" || question.focus === "heading-list" || question.focus === "definition" || question.focus === "number") return [];
  if (question.type === "MULTIPLE_CHOICE" || question.type === "SHORT_ANSWER") return [];
  return evidence.answers;
}

export function scoreCandidate(candidate: Candidate, index: CourseIndex): Confidence {
  const { question, evidence } = candidate;
  const doubts = new Set<DoubtCode>();
  for (const target of targets(candidate)) {
    const verdict = judgeTarget(target, index);
    if (verdict === "actor") doubts.add("GENERIC_TARGET");
    else if (verdict !== "ok") doubts.add(TARGET_DOUBT[verdict]);
  }
  const stem = question.stem;
  if (!(question.type === "SINGLE_CHOICE" && question.focus === "speaker")) {
    if (DANGLING.test(stem)) doubts.add("DANGLING_REFERENCE");
    if (MID_CLAUSE.test(stem)) doubts.add("STEM_STARTS_MID_CLAUSE");
    if (LIST_MARKER.test(stem) || (evidence.sentence !== null && LIST_MARKER.test(evidence.sentence)) || GLUED_ARTICLE.test(stem)) doubts.add("LIST_MARKER_IN_STEM");
    if (holdsGluedHeading(stem, index)) doubts.add("HEADING_IN_STEM");
  }
  // A 判断 cut from a long sentence that keeps only its opening adverbial (为更好进行…，随着…) states nothing.
  if (question.type === "TRUE_FALSE" && ADVERBIAL_LEAD.test(question.stem) && !MAIN_VERB.test(question.stem.split(/[，；]/).slice(1).join("") || question.stem)) doubts.add("STATEMENT_TRUNCATED");
  // A statement whose last clause has no verb was cut before its predicate (…，它同中国人民大众的关系。).
  if (question.type === "TRUE_FALSE" && !hasVerb(question.stem.replace(/[。！？”]+$/, "").split(/[，；：]/).pop() ?? "")) doubts.add("STATEMENT_TRUNCATED");
  // A stem without any verb is a list or a heading, not a statement (全国人大、国务院、______，…各人民团体).
  if ((question.type === "FILL_BLANK" || question.type === "TRUE_FALSE" || (question.type === "SINGLE_CHOICE" && question.focus !== "speaker")) && !hasVerb(question.stem)) doubts.add("NO_PREDICATE");
  if (question.type === "SHORT_ANSWER" && question.focus === "definition") {
    const defined = /什么是(.+)？$/.exec(question.stem)?.[1];
    if (defined && judgeTarget(defined, index) !== "ok") doubts.add("GENERIC_TARGET");
    if (typeof question.answer === "string" && defined && /^(因为|由于|在于|就是因为|要|必须|应当|应该|需要)/.test(question.answer.slice(question.answer.indexOf(defined) + defined.length + 1))) doubts.add("NOT_A_DEFINITION");
  }
  if (isChoice(question) && question.focus !== "speaker" && question.focus !== "number") {
    const { correct, wrong } = splitOptions(question);
    // A place, person or organisation name among common nouns is of another kind (日本帝国主义 among 四风).
    if (wrong.some(hasProperName) && !correct.some(hasProperName)) doubts.add("DISTRACTOR_OTHER_KIND");
    if (wrong.some((text) => correct.some((key) => nearSynonyms(text, key)))) doubts.add("DISTRACTOR_NEAR_SYNONYM");
    const kinds = new Set(correct.map(phraseKind));
    if (wrong.some((text) => !kinds.has(phraseKind(text)))) doubts.add("DISTRACTOR_OTHER_KIND");
    if (wrong.some(isVerbLed) && !correct.some(isVerbLed)) doubts.add("DISTRACTOR_OTHER_KIND");
    // Wrong options of the key's kind mostly share its head (知情权 with 议政权; 政治路线 with 组织路线):
    // two of three that do not (新情况, 权力观; 无动于衷, 美色考验) make the key guessable by its form.
    if (question.type === "SINGLE_CHOICE" && correct.length === 1) {
      const head = correct[0]!.slice(-1);
      const lexicon = new Set(vocabularySiblings(correct[0]!));
      if (wrong.filter((text) => text.slice(-1) !== head && !lexicon.has(text)).length >= 2) doubts.add("DISTRACTOR_UNLIKE_KEY");
    }
  }
  const change = evidence.change;
  if (change?.kind === "term-swap") {
    if (isVerbLed(change.to)) doubts.add("FALSEHOOD_VERB_LED");
    // The replacement repeats the words around it (联系 + 密切联系群众): the statement reads as garbled, not as a falsehood.
    const at = question.stem.indexOf(change.to);
    if (at >= 2 && change.to.includes(question.stem.slice(at - 2, at))) doubts.add("FALSEHOOD_GARBLED");
    if (nearSynonyms(change.from, change.to)) doubts.add("DISTRACTOR_NEAR_SYNONYM");
  }
  if (change?.kind === "negation") doubts.add("NEGATION_FALSEHOOD");
  // Read as instructors read them, true statements restated from the text were mostly exhortations
  // nobody could mark false (必须坚持…, 要加强…, 不得…: 12 of 13 discarded, docs/QUALITY.md).
  if (question.type === "TRUE_FALSE" && question.answer === true && question.focus !== "speaker" && question.focus !== "definition" && EXHORTATION.test(question.stem)) doubts.add("TRUE_RESTATEMENT");
  return confidenceOf([...doubts]);
}

/** The score of a set of doubts: each lowers its feature by its factor; the score is the product of the features. */
export function confidenceOf(doubts: readonly string[]): Confidence {
  const features: ConfidenceFeatures = { importance: 1, form: 1, distractors: 1, support: 1 };
  for (const code of doubts) {
    const doubt = DOUBTS[code as DoubtCode];
    if (doubt) features[doubt.feature] *= doubt.factor;
  }
  const score = Math.round(features.importance * features.form * features.distractors * features.support * 100) / 100;
  return { score, features, doubts: [...doubts] };
}
