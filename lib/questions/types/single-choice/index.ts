import { z } from "zod";
import { choiceBehaviour, choiceGift, choiceMoodleXml, choiceResponse, keysAmongOptions, storedOptions } from "../choice";
import type { QuestionTypeDefinition } from "../definition";

/** 单选题: one correct option among two to eight. */
export const singleChoice: QuestionTypeDefinition<"SINGLE_CHOICE"> = {
  type: "SINGLE_CHOICE",
  storedKey: z
    .object({ type: z.literal("SINGLE_CHOICE"), options: storedOptions, answer: z.array(z.string()).length(1) })
    .superRefine(keysAmongOptions),
  // An exam keeps a 单选 cleared back to no option.
  response: choiceResponse.max(1),
  isComplete: (response) => Array.isArray(response) && response.length === 1,
  ...choiceBehaviour,
  gift: choiceGift(true),
  moodleXml: choiceMoodleXml(true),
};
