import { z } from "zod";
import { choiceBehaviour, choiceGift, choiceInput, choiceMoodleXml, choiceResponse, keysAmongOptions, storedOptions } from "../choice";
import type { QuestionTypeDefinition } from "../definition";

const input = choiceInput("SINGLE_CHOICE", (count) => (count !== 1 ? "单选题必须恰好有一个正确选项" : undefined));

/** 单选题: one correct option among two to eight. */
export const singleChoice: QuestionTypeDefinition<"SINGLE_CHOICE", typeof input> = {
  type: "SINGLE_CHOICE",
  label: "单选题",
  templateLabels: ["单选题", "单选", "单项选择题", "单项选择"],
  paperSection: { title: "单项选择题", order: 1 },
  storedKey: z
    .object({ type: z.literal("SINGLE_CHOICE"), options: storedOptions, answer: z.array(z.string()).length(1) })
    .superRefine(keysAmongOptions),
  // An exam keeps a 单选 cleared back to no option.
  response: choiceResponse.max(1),
  isComplete: (response) => Array.isArray(response) && response.length === 1,
  input,
  ...choiceBehaviour,
  gift: choiceGift(true),
  moodleXml: choiceMoodleXml(true),
};
