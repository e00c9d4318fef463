"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import type { ActionState } from "@/components/admin/action-state";
import { markShortAnswer } from "@/lib/server/results/mark-short-answer";
import { updateDifficultyFromResults } from "@/lib/server/results/update-difficulty-from-results";
import { textField } from "@/lib/validation/text";

export async function updateDifficultyAction(formData: FormData): Promise<void> {
  const actor = await requireStaff();
  const assignmentId = textField().min(1).max(64).safeParse(formData.get("assignmentId"));
  if (!assignmentId.success) redirect("/quizzes");
  const changed = await updateDifficultyFromResults(await getDb(), actor, { assignmentId: assignmentId.data });
  if (changed === null) redirect("/quizzes");
  revalidatePath(`/quizzes/assignments/${assignmentId.data}/results`);
  redirect(`/quizzes/assignments/${assignmentId.data}/results?difficulty=${changed}`);
}

const markInput = z.object({ assignmentId: textField().min(1).max(64), responseId: textField().min(1).max(64), points: textField() });

/** Marks a handed-in 简答题: the points it earned; the paper's score is summed again. */
export async function markShortAnswerAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireStaff();
  const input = markInput.safeParse({ assignmentId: formData.get("assignmentId"), responseId: formData.get("responseId"), points: formData.get("points") ?? "" });
  if (!input.success) return { error: "找不到这份答卷" };
  const result = await markShortAnswer(await getDb(), actor, input.data);
  if (!result.ok) return { error: result.error };
  revalidatePath(`/quizzes/assignments/${input.data.assignmentId}/results`, "layout");
  return { ok: true, message: `已评分：${result.earned} 分，本次得分 ${result.attemptScore} 分` };
}
