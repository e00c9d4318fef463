import { z } from "zod";
import { storedOption } from "../choice";
import type { QuestionTypeDefinition } from "../definition";
import type { ShortAnswerKey } from "../question";

const storedKey = z
  .object({
    type: z.literal("SHORT_ANSWER"),
    options: z.array(storedOption),
    answer: z.string().min(1),
    keyPoints: z.array(z.string()).nullish(),
  })
  .transform(({ keyPoints, ...key }): ShortAnswerKey => (keyPoints ? { ...key, keyPoints } : key));

/** 简答题 (also the flashcard): the learner writes, then rates their answer against the model answer and its key points. */
export const shortAnswer: QuestionTypeDefinition<"SHORT_ANSWER"> = {
  type: "SHORT_ANSWER",
  storedKey,
  response: z.string(),
  isComplete: (response) => typeof response === "string",
  grade: () => ({ status: "self-graded", score: null }),
  testedAnswers: (key) => [key.answer],
  learnerFacing: () => ({ options: [], blanks: 0 }),
  // No options to show in another order.
  withOptionOrder: (key) => key,
  keyOfInput: (input) => ({ type: input.type, options: [], answer: input.modelAnswer, keyPoints: input.keyPoints }),
  answerCell: (key) => String(key.answer),
};
