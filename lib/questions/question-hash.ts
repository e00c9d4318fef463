import { createHash } from "node:crypto";
import { normalizeAnswer } from "./normalize-answer";
import type { Question, QuestionType } from "./types";

const ID_HEX = 16;

/** The texts a question tests: blanks, correct option texts (not distractors), the verdict, the model answer. */
export function testedAnswers(question: Pick<Question, "type" | "options" | "answer">): string[] {
  const { type, options, answer } = question;
  if (type === "SINGLE_CHOICE" || type === "MULTIPLE_CHOICE") {
    const keys = answer as string[];
    return options.filter((option) => keys.includes(option.key)).map((option) => option.text).sort();
  }
  if (type === "TRUE_FALSE") return [String(answer)];
  if (type === "FILL_BLANK") return answer as string[];
  return [answer as string];
}

/**
 * Identity of a question: its type and what it tests (the normalized stem and the normalized
 * answer texts). Distractors and option order do not enter, so rewording a wrong option keeps the id.
 */
export function questionHash(type: QuestionType, stem: string, answers: string[]): { contentHash: string; id: string } {
  const tested = [type, normalizeAnswer(stem), ...answers.map(normalizeAnswer)].join("\u241f");
  const contentHash = createHash("sha256").update(tested).digest("hex");
  return { contentHash, id: `q_${contentHash.slice(0, ID_HEX)}` };
}
