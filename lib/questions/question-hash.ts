import { createHash } from "node:crypto";
import { normalizeAnswer } from "./normalize-answer";
import type { QuestionType } from "./types";

export { testedAnswers } from "./types";

const ID_HEX = 16;

/**
 * Identity of a question: its type and what it tests (the normalized stem and the normalized
 * answer texts). Distractors and option order do not enter, so rewording a wrong option keeps the id.
 */
export function questionHash(type: QuestionType, stem: string, answers: string[]): { contentHash: string; id: string } {
  const tested = [type, normalizeAnswer(stem), ...answers.map(normalizeAnswer)].join("\u241f");
  const contentHash = createHash("sha256").update(tested).digest("hex");
  return { contentHash, id: `q_${contentHash.slice(0, ID_HEX)}` };
}
