import { z } from "zod";
import { textField } from "./text";

const id = textField().min(1).max(64);

/** A practice answer as the question player sends it. */
export const practiceAnswerSchema = z.object({
  attemptId: id,
  questionId: id,
  response: z.union([z.array(textField().max(500)).max(10), textField().max(5_000), z.boolean()]),
  durationMs: z.number().int().min(0).max(86_400_000).nullable(),
});

export type PracticeAnswerInput = z.infer<typeof practiceAnswerSchema>;
