import type { CourseIndex } from "./course-index";
import { estimateDifficulty } from "./estimate-difficulty";
import { questionHash, testedAnswers } from "./question-hash";
import { shuffled, type Random } from "./seeded-random";
import type { Candidate, CandidateEvidence, Question, QuestionOption } from "./types";
import { GENERATOR_VERSION } from "./version";

export type QuestionDraft = Omit<Question, "id" | "contentHash" | "difficulty" | "generatorVersion">;

const OWN_DOCUMENT = /本(条例|准则|细则|规定|办法|意见|决定|规则|章程)/g;

/**
 * A regulation's 本条例, 本细则 … named by its title (《中国共产党问责条例》): out of the document,
 * in a question, "this regulation" points at nothing. Left as it is when the title is of another kind.
 */
export function nameOwnDocument(stem: string, documentTitle: string): string {
  const title = documentTitle.replace(/^《|》$/g, "");
  return stem.replace(OWN_DOCUMENT, (words, kind: string) => (title.endsWith(kind) ? `《${title}》` : words));
}

/** A list lead naming what its items are: 对党组织的问责方式包括：（一）… (not a condition such as 有下列情形之一的). */
const NAMED_LIST_LEAD = /(?:^|[。；！？\s])(?:第[一二三四五六七八九十百零〇]+条\s*)?([^。；：:，、！？\s]{4,24}?)(?:主要包括|包括|主要有|分为|如下)[：:]\s*(?=[（(]一[)）])/g;
const ITEM_START = /^[（(][一二三四五六七八九十]+[)）]/;

/**
 * A stem cut from an item of a list (（二）通报。对履行职责不力、情节较重的，应当责令整改…) lost what the
 * items are of: whose 问责方式, which 义务. It is said before the stem (在对党组织的问责方式中，…), unless
 * the stem holds it already or opens with the item's own number.
 */
export function withListLead(stem: string, passageText: string, spanStart: number): string {
  let lead: string | undefined;
  for (const match of passageText.matchAll(NAMED_LIST_LEAD)) if (match.index + match[0].length <= spanStart) lead = match[1];
  if (!lead || stem.includes(lead) || ITEM_START.test(stem) || /^[（(　]/.test(stem) || /[：:]\s*[（(]/.test(stem)) return stem;
  return `在${lead}中，${stem}`;
}

/** Gives a draft its identity and difficulty estimate and pairs it with what the gate needs to see. */
export function buildCandidate(source: QuestionDraft, evidence: CandidateEvidence, index: CourseIndex): Candidate {
  const module = index.modules.find((candidate) => candidate.id === source.moduleId);
  const passageText = source.passageId ? index.passage(source.passageId)?.passage.text : undefined;
  const leadable = source.type !== "MULTIPLE_CHOICE" && source.type !== "SHORT_ANSWER" && source.focus !== "speaker" && source.focus !== "heading-list";
  const stem = leadable && passageText !== undefined && source.span ? withListLead(source.stem, passageText, source.span.start) : source.stem;
  const draft = module ? { ...source, stem: nameOwnDocument(stem, index.documentTitle(module)) } : { ...source, stem };
  const { contentHash, id } = questionHash(draft.type, draft.stem, testedAnswers(draft));
  const difficulty = estimateDifficulty({
    type: draft.type,
    stem: draft.stem,
    answers: evidence.answers,
    distractors: evidence.distractors,
    frequency: (text) => index.count(text),
  });
  const question: Question = { id, ...draft, difficulty, contentHash, generatorVersion: GENERATOR_VERSION };
  return { question, evidence };
}

const KEYS = "ABCDEFGH";

/** Options A, B, C … with the correct texts placed among the distractors in seeded order; the answer is their keys. */
export function choiceOptions(correct: string[], distractors: string[], random: Random): { options: QuestionOption[]; answer: string[] } {
  const texts = shuffled([...correct, ...distractors], random);
  const options = texts.map((text, at) => ({ key: KEYS[at]!, text }));
  return { options, answer: options.filter((option) => correct.includes(option.text)).map((option) => option.key) };
}
