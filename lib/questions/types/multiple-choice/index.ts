import { z } from "zod";
import { choiceBehaviour, choiceGift, choiceInput, choiceMoodleXml, choiceResponse, keysAmongOptions, storedOptions } from "../choice";
import type { QuestionTypeDefinition } from "../definition";

const input = choiceInput("MULTIPLE_CHOICE", (count) => (count < 2 ? "多选题至少要有两个正确选项" : undefined));

/** 多选题: two correct options or more; only the exact set is right. */
export const multipleChoice: QuestionTypeDefinition<"MULTIPLE_CHOICE", typeof input> = {
  type: "MULTIPLE_CHOICE",
  label: "多选题",
  templateLabels: ["多选题", "多选", "多项选择题", "多项选择"],
  paperSection: { title: "多项选择题", order: 2 },
  storedKey: z
    .object({ type: z.literal("MULTIPLE_CHOICE"), options: storedOptions, answer: z.array(z.string()).min(1) })
    .superRefine(keysAmongOptions),
  response: choiceResponse,
  isComplete: (response) => Array.isArray(response) && response.length >= 1,
  input,
  ...choiceBehaviour,
  gift: choiceGift(false),
  moodleXml: choiceMoodleXml(false),
};
