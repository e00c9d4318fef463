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

/** Gives a draft its identity and difficulty estimate and pairs it with what the gate needs to see. */
export function buildCandidate(source: QuestionDraft, evidence: CandidateEvidence, index: CourseIndex): Candidate {
  const module = index.modules.find((candidate) => candidate.id === source.moduleId);
  const draft = module ? { ...source, stem: nameOwnDocument(source.stem, index.documentTitle(module)) } : source;
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
