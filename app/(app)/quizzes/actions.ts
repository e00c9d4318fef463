"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/components/admin/action-state";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { createAssignment } from "@/lib/server/assignments/create-assignment";
import { updateAssignmentWindow } from "@/lib/server/assignments/update-assignment-window";
import { addQuizItems } from "@/lib/server/quizzes/add-quiz-items";
import { createQuiz } from "@/lib/server/quizzes/create-quiz";
import { deleteQuiz } from "@/lib/server/quizzes/delete-quiz";
import { saveQuizRules } from "@/lib/server/quizzes/save-quiz-rules";
import { updateQuizItems } from "@/lib/server/quizzes/update-quiz-items";
import { updateQuizSettings } from "@/lib/server/quizzes/update-quiz-settings";
import { quizItemsFromForm, quizRulesFromForm, quizSettingsFromForm } from "@/lib/validation/quiz";

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

export async function createQuizAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireStaff();
  const result = await createQuiz(await getDb(), { actor, input: quizSettingsFromForm(formData) });
  if (!result.ok) return { error: result.error, errors: result.errors };
  revalidatePath("/quizzes");
  redirect(`/quizzes/${result.quizId}`);
}

/** Deletes a quiz that was never assigned; back to the list, which says so. */
export async function deleteQuizAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireStaff();
  const result = await deleteQuiz(await getDb(), { actor, quizId: text(formData, "quizId") });
  if (!result.ok) return { error: result.error };
  revalidatePath("/quizzes");
  redirect(`/quizzes?deleted=${encodeURIComponent(result.title)}`);
}

export async function updateQuizSettingsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireStaff();
  const quizId = text(formData, "quizId");
  const result = await updateQuizSettings(await getDb(), { actor, quizId, input: quizSettingsFromForm(formData) });
  if (!result.ok) return { error: result.error, errors: result.errors };
  revalidatePath(`/quizzes/${quizId}`);
  return { ok: true, message: "设置已保存" };
}

export async function saveQuizRulesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireStaff();
  const quizId = text(formData, "quizId");
  const result = await saveQuizRules(await getDb(), { actor, quizId, rules: quizRulesFromForm(formData) });
  if (!result.ok) return { error: result.error };
  revalidatePath(`/quizzes/${quizId}`);
  return { ok: true, message: `抽题规则已保存：${result.ruleCount} 条规则，共 ${result.questionCount} 题` };
}

export async function addQuizItemsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireStaff();
  const quizId = text(formData, "quizId");
  const result = await addQuizItems(await getDb(), { actor, input: { quizId, questionIds: formData.getAll("questionId").map(String) } });
  if (!result.ok) return { error: result.error };
  revalidatePath(`/quizzes/${quizId}`);
  return { ok: true, message: `已添加 ${result.added} 道题目` };
}

export async function updateQuizItemsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireStaff();
  const quizId = text(formData, "quizId");
  const result = await updateQuizItems(await getDb(), { actor, quizId, ...quizItemsFromForm(formData) });
  if (!result.ok) return { error: result.error };
  revalidatePath(`/quizzes/${quizId}`);
  return { ok: true, message: `已保存，测验共 ${result.itemCount} 道题目` };
}

export async function createAssignmentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireStaff();
  const quizId = text(formData, "quizId");
  const result = await createAssignment(await getDb(), {
    actor,
    input: { quizId, title: text(formData, "title"), opensAt: text(formData, "opensAt"), closesAt: text(formData, "closesAt"), classIds: formData.getAll("classIds").map(String) },
  });
  if (!result.ok) return { error: result.error, errors: result.errors };
  revalidatePath("/quizzes");
  revalidatePath(`/quizzes/${quizId}`);
  redirect(`/quizzes/assignments/${result.assignmentId}`);
}

export async function updateAssignmentWindowAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireStaff();
  const assignmentId = text(formData, "assignmentId");
  const result = await updateAssignmentWindow(await getDb(), {
    actor,
    input: { assignmentId, opensAt: text(formData, "opensAt"), closesAt: text(formData, "closesAt") },
  });
  if (!result.ok) return { error: result.error, errors: result.errors };
  revalidatePath(`/quizzes/assignments/${assignmentId}`);
  return { ok: true, message: "开放时间已更新" };
}
