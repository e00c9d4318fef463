import { hasDanglingReference } from "../dangling-reference";
import { normalizeAnswer } from "../normalize-answer";
import { testedAnswers } from "../question-hash";
import type { EvalCourse, EvalQuestion, EvalQuestionFields } from "./types";

/** Counts of the automatic defect signals over the published questions of one course. */
export interface BankSignals {
  published: number;
  /** Published questions with key texts (single choice, multiple choice, fill-blank). */
  keyed: number;
  /** Keyed questions with a key common to most passages of the course or equal to its or a module's title. */
  genericKey: number;
  /** Questions whose normalised stem equals that of an earlier published question. */
  repeatedStems: number;
  /** Published questions citing a passage span. */
  cited: number;
  /** Cited questions whose span overlaps the span of a question of another type in the same passage. */
  sentenceReuse: number;
  /** Questions whose statement opens with 这/该/其/上述/此 and a word: a reference with nothing before it. */
  dangling: number;
  /** Keyed, cited questions with a key not found in their cited span. */
  keyOutsideSource: number;
  /** Questions whose 解析 says nothing of its own beyond the source text and the answer. */
  explanationEcho: number;
}

/** A course with fewer passages than this has no key "common to most passages". */
const MIN_PASSAGES_FOR_COMMONNESS = 4;
/** A course with fewer modules than this has no key "common to most modules". */
const MIN_MODULES_FOR_COMMONNESS = 3;
/** A 解析 with fewer Chinese characters of its own than this only echoes its source. */
const MIN_OWN_EXPLANATION_CHARS = 6;
const KEYED_TYPES = new Set(["SINGLE_CHOICE", "MULTIPLE_CHOICE", "FILL_BLANK"]);

/** The key texts a choice or fill-blank question tests; none for 判断 and 简答. */
export function keyTexts(question: EvalQuestionFields): string[] {
  return KEYED_TYPES.has(question.type) ? testedAnswers(question) : [];
}

/**
 * Keys that test nothing: the course or a module title, or a word found everywhere — in more than
 * half of the course's passages, or in at least two thirds of its modules (中国共产党, 人民群众 in a
 * course on 党群关系 are in few passages each but in every module).
 */
export function genericKeyTest(course: EvalCourse): (key: string) => boolean {
  const titles = new Set([course.title, ...course.modules.map((module) => module.title)].map(normalizeAnswer));
  const modules = course.modules.map((module) => module.passageTexts.map(normalizeAnswer));
  const passages = modules.flat();
  const cache = new Map<string, boolean>();
  const common = (key: string) => {
    const inPassages = passages.filter((text) => text.includes(key)).length;
    const inModules = modules.filter((texts) => texts.some((text) => text.includes(key))).length;
    return (passages.length >= MIN_PASSAGES_FOR_COMMONNESS && inPassages * 2 > passages.length) || (modules.length >= MIN_MODULES_FOR_COMMONNESS && inModules * 3 >= modules.length * 2);
  };
  return (key) => {
    const normalized = normalizeAnswer(key);
    if (titles.has(normalized)) return true;
    if (normalized === "") return false;
    let generic = cache.get(normalized);
    if (generic === undefined) cache.set(normalized, (generic = common(normalized)));
    return generic;
  };
}

/** A stem reduced for comparison: no blanks, brackets, punctuation or spaces. */
export function normalizedStem(stem: string): string {
  return normalizeAnswer(stem.replace(/_+|（\s*）|\(\s*\)/g, ""));
}


const OWN_TEXT_DELIMITERS = /[，。；：、“”‘’《》（）()！？,.;:!?\s]+/u;
// The verdict, the 出处 (document, chapter and section titles, 第…条), the lead-ins of the answer and
// of the quoted source, and the heading-list lead-in say nothing of their own.
const BOILERPLATE = [
  /^(?:正确|错误)。/u,
  /(?:出自|见)?《[^》]*》(?:“[^“”]*”)*(?:第[一二三四五六七八九十百零〇]+条)?/gu,
  /这一部分分为/gu,
  /正确答案是|答案：|(?:原句|的)?原文(?:一致|：)?/gu,
];

/**
 * Whether the 解析 only repeats what the question already shows: with its boilerplate
 * (正确。, 出自《…》) removed, its clauses found in the cited passage or the answers leave
 * fewer than MIN_OWN_EXPLANATION_CHARS Chinese characters.
 */
export function isExplanationEcho(item: Pick<EvalQuestion, "question" | "sourceText" | "passageText">): boolean {
  const { question } = item;
  let text = question.explanation;
  for (const pattern of BOILERPLATE) text = text.replace(pattern, " ");
  const known = normalizeAnswer([item.passageText ?? "", item.sourceText ?? "", ...testedAnswers(question), ...(question.keyPoints ?? [])].join("\u241f"));
  let own = 0;
  for (const clause of text.split(OWN_TEXT_DELIMITERS)) {
    const normalized = normalizeAnswer(clause);
    if (normalized === "" || known.includes(normalized)) continue;
    own += (normalized.match(/\p{Script=Han}/gu) ?? []).length;
  }
  return own < MIN_OWN_EXPLANATION_CHARS;
}

function spansOverlap(a: EvalQuestion, b: EvalQuestion): boolean {
  return a.question.span!.start < b.question.span!.end && b.question.span!.start < a.question.span!.end;
}

/** The automatic signals over the published questions of one course. */
export function bankSignals(course: EvalCourse, questions: EvalQuestion[]): BankSignals {
  const published = questions.filter((item) => item.status === "published");
  const isGeneric = genericKeyTest(course);
  const keyed = published.filter((item) => keyTexts(item.question).length > 0);
  const cited = published.filter((item) => item.question.passageId !== null && item.question.span !== null && item.sourceText !== null);
  const byPassage = new Map<string, EvalQuestion[]>();
  for (const item of cited) byPassage.set(item.question.passageId!, [...(byPassage.get(item.question.passageId!) ?? []), item]);
  const seenStems = new Set<string>();
  let repeatedStems = 0;
  for (const item of published) {
    const stem = normalizedStem(item.question.stem);
    if (seenStems.has(stem)) repeatedStems++;
    seenStems.add(stem);
  }
  return {
    published: published.length,
    keyed: keyed.length,
    genericKey: keyed.filter((item) => keyTexts(item.question).some(isGeneric)).length,
    repeatedStems,
    cited: cited.length,
    sentenceReuse: cited.filter((item) => byPassage.get(item.question.passageId!)!.some((other) => other.question.type !== item.question.type && spansOverlap(item, other))).length,
    dangling: published.filter((item) => hasDanglingReference(item.question.stem)).length,
    keyOutsideSource: keyed.filter((item) => item.sourceText !== null && keyTexts(item.question).some((key) => !normalizeAnswer(item.sourceText!).includes(normalizeAnswer(key)))).length,
    explanationEcho: published.filter(isExplanationEcho).length,
  };
}
