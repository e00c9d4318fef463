import { z } from "zod";

const id = z.string().min(1).max(64);

/** A practice answer as the question player sends it. */
export const practiceAnswerSchema = z.object({
  attemptId: id,
  questionId: id,
  response: z.union([z.array(z.string().max(500)).max(10), z.string().max(5_000), z.boolean()]),
  durationMs: z.number().int().min(0).max(86_400_000).nullable(),
});

export type PracticeAnswerInput = z.infer<typeof practiceAnswerSchema>;
