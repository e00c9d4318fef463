import type { CourseIndex } from "../course-index";
import type { Candidate, Question } from "../types";

export interface GateContext {
  index: CourseIndex;
}

/** One check of the quality gate. `rejects` is true when the candidate breaks the rule. */
export interface QualityRule {
  code: string;
  description: string;
  rejects(candidate: Candidate, context: GateContext): boolean;
}

/** The texts a blank-type candidate cut from its sentence. */
export function blankTexts(candidate: Candidate): string[] {
  const { sentence, blanks } = candidate.evidence;
  if (!sentence || !blanks) return [];
  return blanks.map((blank) => sentence.slice(blank.start, blank.end));
}

export function isChoice(question: Question): question is Question & { type: "SINGLE_CHOICE" | "MULTIPLE_CHOICE"; answer: string[] } {
  return question.type === "SINGLE_CHOICE" || question.type === "MULTIPLE_CHOICE";
}

/** Option texts that are correct, and those that are not. */
export function splitOptions(question: Question): { correct: string[]; wrong: string[] } {
  const keys = Array.isArray(question.answer) ? question.answer : [];
  return {
    correct: question.options.filter((option) => keys.includes(option.key)).map((option) => option.text),
    wrong: question.options.filter((option) => !keys.includes(option.key)).map((option) => option.text),
  };
}
