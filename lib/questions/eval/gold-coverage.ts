import { normalizeAnswer } from "../normalize-answer";
import { testedAnswers } from "../question-hash";
import type { EvalQuestion, GoldFact } from "./types";

export interface GoldCoverage {
  facts: number;
  covered: number;
  /** Descriptions of the facts no published question tests. */
  missed: string[];
}

/**
 * What a question names as its key: correct option texts, blanks, and a short
 * answer's model answer and points. A 判断 names no target, so it covers no fact.
 */
function keyTextsOf(item: EvalQuestion): string[] {
  const { question } = item;
  if (question.type === "TRUE_FALSE") return [];
  return [...testedAnswers(question), ...(question.keyPoints ?? [])].map(normalizeAnswer);
}

/** The share of an instructor's key facts that some published question tests: its key holds one of the fact's answers. */
export function goldCoverage(facts: GoldFact[], questions: EvalQuestion[]): GoldCoverage {
  const keys = questions.filter((item) => item.status === "published").flatMap(keyTextsOf);
  const missed = facts.filter((fact) => !fact.answers.some((answer) => keys.some((key) => key.includes(normalizeAnswer(answer)))));
  return { facts: facts.length, covered: facts.length - missed.length, missed: missed.map((fact) => fact.description) };
}
