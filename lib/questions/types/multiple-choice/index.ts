import { z } from "zod";
import { choiceAnswerCell, choiceResponse, correctOptionTexts, gradeChoice, keysAmongOptions, reletteredChoice, storedOptions } from "../choice";
import type { QuestionTypeDefinition } from "../definition";

/** 多选题: two correct options or more; only the exact set is right. */
export const multipleChoice: QuestionTypeDefinition<"MULTIPLE_CHOICE"> = {
  type: "MULTIPLE_CHOICE",
  storedKey: z
    .object({ type: z.literal("MULTIPLE_CHOICE"), options: storedOptions, answer: z.array(z.string()).min(1) })
    .superRefine(keysAmongOptions),
  response: choiceResponse,
  isComplete: (response) => Array.isArray(response) && response.length >= 1,
  grade: gradeChoice,
  testedAnswers: correctOptionTexts,
  learnerFacing: (key) => ({ options: key.options, blanks: 0 }),
  withOptionOrder: reletteredChoice,
  keyOfInput: (input) => ({ type: input.type, options: input.options, answer: [...input.correct].sort() }),
  answerCell: choiceAnswerCell,
};
