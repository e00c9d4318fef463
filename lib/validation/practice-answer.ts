import { z } from "zod";
import { textField } from "./text";

const id = textField().min(1).max(64);

/** Longest 简答 answer, in characters (UTF-16 units, as `maxLength` and `.length` count them). */
export const SHORT_ANSWER_MAX_LENGTH = 5_000;
/** Longest answer to one blank of a 填空题, and the most blanks a question has. */
export const BLANK_ANSWER_MAX_LENGTH = 500;
export const MAX_BLANKS = 10;

export const SHORT_ANSWER_TOO_LONG = `简答作答最多 ${SHORT_ANSWER_MAX_LENGTH} 字`;
export const BLANK_ANSWER_TOO_LONG = `每空作答最多 ${BLANK_ANSWER_MAX_LENGTH} 字`;

/** An answer as the practice and exam players send it: the blanks, a written answer, or true/false. */
export const answerResponseSchema = z.union([
  z.array(textField().max(BLANK_ANSWER_MAX_LENGTH, BLANK_ANSWER_TOO_LONG)).max(MAX_BLANKS),
  textField().max(SHORT_ANSWER_MAX_LENGTH, SHORT_ANSWER_TOO_LONG),
  z.boolean(),
]);

/**
 * The Chinese message for an answer refused only for its length, or null. A union's failure
 * names no branch, so the players' "invalid answer" would otherwise hide the limit.
 */
export function answerLengthProblem(response: unknown): string | null {
  if (typeof response === "string") return response.length > SHORT_ANSWER_MAX_LENGTH ? SHORT_ANSWER_TOO_LONG : null;
  if (Array.isArray(response) && response.some((item) => typeof item === "string" && item.length > BLANK_ANSWER_MAX_LENGTH)) return BLANK_ANSWER_TOO_LONG;
  return null;
}

/** A practice answer as the question player sends it. */
export const practiceAnswerSchema = z.object({
  attemptId: id,
  questionId: id,
  response: answerResponseSchema,
  durationMs: z.number().int().min(0).max(86_400_000).nullable(),
});

export type PracticeAnswerInput = z.infer<typeof practiceAnswerSchema>;
