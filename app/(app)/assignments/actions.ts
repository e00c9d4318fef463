"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { EXAM_MESSAGES } from "@/lib/server/exams/exam-clock";
import { saveExamAnswer, type SaveResult } from "@/lib/server/exams/save-exam-answer";
import { startAssignmentAttempt } from "@/lib/server/exams/start-assignment-attempt";
import { submitExamAttempt, type SubmitResult } from "@/lib/server/exams/submit-exam-attempt";
import { answerLengthProblem, answerResponseSchema } from "@/lib/validation/practice-answer";
import { textField } from "@/lib/validation/text";

const id = textField().min(1).max(64);

export async function startExamAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const assignmentId = id.safeParse(formData.get("assignmentId"));
  if (!assignmentId.success) redirect("/assignments");
  const started = await startAssignmentAttempt(await getDb(), actor, { assignmentId: assignmentId.data });
  if (!started.ok) redirect(`/assignments/${assignmentId.data}?refused=${started.reason}`);
  redirect(`/exam/${started.attemptId}`);
}

export async function saveExamAnswerAction(input: unknown): Promise<SaveResult> {
  const actor = await requireActor();
  const parsed = z
    .object({ attemptId: id, questionId: id, response: answerResponseSchema, durationMs: z.number().int().min(0).max(86_400_000).nullable() })
    .safeParse(input);
  if (!parsed.success) {
    const tooLong = answerLengthProblem((input as { response?: unknown } | null)?.response);
    return { ok: false, reason: "INVALID_RESPONSE", message: tooLong ?? EXAM_MESSAGES.INVALID_RESPONSE };
  }
  return saveExamAnswer(await getDb(), actor, parsed.data);
}

export async function submitExamAction(input: unknown): Promise<SubmitResult> {
  const actor = await requireActor();
  const parsed = z.object({ attemptId: id }).safeParse(input);
  if (!parsed.success) return { ok: false, reason: "NOT_FOUND" };
  const result = await submitExamAttempt(await getDb(), actor, parsed.data);
  revalidatePath("/assignments");
  return result;
}
