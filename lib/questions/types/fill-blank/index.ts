import { z } from "zod";
import { normalizeAnswer } from "../../normalize-answer";
import { BLANK_SEPARATOR, VARIANT_SEPARATOR } from "../../interchange/columns";
import { storedOption } from "../choice";
import { responseTexts, type QuestionTypeDefinition } from "../definition";
import type { FillBlankKey } from "../question";

export { acceptedVariants } from "../../accepted-answers";

/** Each blank's accepted answers: the shown answer first, then the other variants. */
export function blankVariants(key: Pick<FillBlankKey, "answer" | "acceptedAnswers">): string[][] {
  return key.answer.map((answer, index) => {
    const accepted = key.acceptedAnswers?.[index] ?? [];
    return [answer, ...accepted.filter((variant) => variant !== answer)];
  });
}

const storedKey = z
  .object({
    type: z.literal("FILL_BLANK"),
    options: z.array(storedOption),
    answer: z.array(z.string().min(1)).min(1),
    acceptedAnswers: z.array(z.array(z.string())).nullish(),
  })
  .refine((key) => !key.acceptedAnswers || key.acceptedAnswers.length === key.answer.length, { path: ["acceptedAnswers"], message: "one list of accepted answers per blank" })
  .transform(({ acceptedAnswers, ...key }): FillBlankKey => (acceptedAnswers ? { ...key, acceptedAnswers } : key));

/**
 * 填空题: each blank is compared with its accepted answers after normalizeAnswer (width,
 * punctuation, spaces); some blanks right is partial credit.
 */
export const fillBlank: QuestionTypeDefinition<"FILL_BLANK"> = {
  type: "FILL_BLANK",
  storedKey,
  response: z.array(z.string()),
  // Blanks left empty are graded wrong, not refused: partial credit for the rest.
  isComplete: (response) => Array.isArray(response),
  grade(key, response) {
    const given = responseTexts(response);
    const accepted = key.acceptedAnswers ?? key.answer.map((answer) => [answer]);
    const blanks = accepted.map((variants, at) => {
      const text = normalizeAnswer(given[at] ?? "");
      return text !== "" && variants.some((variant) => normalizeAnswer(variant) === text);
    });
    const right = blanks.filter(Boolean).length;
    const status = right === blanks.length ? "correct" : right > 0 ? "partial" : "incorrect";
    return { status, score: blanks.length ? right / blanks.length : 0, blanks };
  },
  testedAnswers: (key) => key.answer,
  learnerFacing: (key) => ({ options: [], blanks: key.answer.length }),
  // No options to show in another order.
  withOptionOrder: (key) => key,
  keyOfInput: (input) => ({ type: input.type, options: [], answer: input.blanks.map((answers) => answers[0]!), acceptedAnswers: input.blanks }),
  answerCell: (key) =>
    blankVariants(key)
      .map((variants) => variants.join(VARIANT_SEPARATOR))
      .join(BLANK_SEPARATOR),
};
