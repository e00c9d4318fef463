import type { CourseIndex } from "./course-index";
import { estimateDifficulty } from "./estimate-difficulty";
import { questionHash, testedAnswers } from "./question-hash";
import { shuffled, type Random } from "./seeded-random";
import type { Candidate, CandidateEvidence, Question, QuestionOption } from "./types";
import { GENERATOR_VERSION } from "./version";

export type QuestionDraft = Omit<Question, "id" | "contentHash" | "difficulty" | "generatorVersion">;

/** Gives a draft its identity and difficulty estimate and pairs it with what the gate needs to see. */
export function buildCandidate(draft: QuestionDraft, evidence: CandidateEvidence, index: CourseIndex): Candidate {
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
