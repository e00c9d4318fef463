import { z } from "zod";
import { choiceBehaviour, choiceGift, choiceMoodleXml, choiceResponse, keysAmongOptions, storedOptions } from "../choice";
import type { QuestionTypeDefinition } from "../definition";

/** 多选题: two correct options or more; only the exact set is right. */
export const multipleChoice: QuestionTypeDefinition<"MULTIPLE_CHOICE"> = {
  type: "MULTIPLE_CHOICE",
  storedKey: z
    .object({ type: z.literal("MULTIPLE_CHOICE"), options: storedOptions, answer: z.array(z.string()).min(1) })
    .superRefine(keysAmongOptions),
  response: choiceResponse,
  isComplete: (response) => Array.isArray(response) && response.length >= 1,
  ...choiceBehaviour,
  gift: choiceGift(false),
  moodleXml: choiceMoodleXml(false),
};
