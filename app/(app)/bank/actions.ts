"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { BankActionState } from "@/components/bank/action-state";
import { bankHref } from "@/components/bank/bank-href";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { bulkChangeQuestionStatus } from "@/lib/server/bank-admin/bulk-change-question-status";
import { changeQuestionStatus } from "@/lib/server/bank-admin/change-question-status";
import { createQuestion } from "@/lib/server/bank-admin/create-question";
import { updateQuestion } from "@/lib/server/bank-admin/update-question";
import { bankFilterSchema, bulkActionSchema, questionInputFromForm } from "@/lib/validation/question";
import { textField } from "@/lib/validation/text";

const questionIdSchema = textField({ error: "找不到这道题目" }).trim().min(1, "找不到这道题目").max(64, "找不到这道题目");
const statusChangeSchema = z.object({
  questionId: questionIdSchema,
  transition: z.enum(["approve", "retire", "restore"], { error: "操作无效" }),
});

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string" && !(key in values)) values[key] = value;
  return values;
}

/** Every bank page reads the bank: refresh them all after a change. */
function refreshBank() {
  revalidatePath("/bank", "layout");
}

export async function createQuestionAction(_state: BankActionState, formData: FormData): Promise<BankActionState> {
  const actor = await requireStaff();
  const result = await createQuestion(await getDb(), { actor, input: questionInputFromForm(formData) });
  if (!result.ok) return { error: result.error, errors: result.errors };
  refreshBank();
  redirect(`/bank/${result.questionId}?done=create`);
}

export async function updateQuestionAction(_state: BankActionState, formData: FormData): Promise<BankActionState> {
  const actor = await requireStaff();
  const questionId = questionIdSchema.safeParse(formData.get("questionId"));
  if (!questionId.success) return { error: questionId.error.issues[0]!.message };
  const result = await updateQuestion(await getDb(), { actor, questionId: questionId.data, input: questionInputFromForm(formData) });
  if (!result.ok) return { error: result.error, errors: result.errors };
  refreshBank();
  redirect(`/bank/${questionId.data}?done=${result.changed.length > 0 ? "edit" : "unchanged"}`);
}

export async function changeQuestionStatusAction(_state: BankActionState, formData: FormData): Promise<BankActionState> {
  const actor = await requireStaff();
  const parsed = statusChangeSchema.safeParse(formValues(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]!.message };
  const result = await changeQuestionStatus(await getDb(), { actor, ...parsed.data });
  if (!result.ok) return { error: result.error };
  refreshBank();
  redirect(`/bank/${parsed.data.questionId}?done=${parsed.data.transition}`);
}

export async function bulkChangeQuestionStatusAction(_state: BankActionState, formData: FormData): Promise<BankActionState> {
  const actor = await requireStaff();
  const values = formValues(formData);
  const filter = bankFilterSchema.parse(values);
  const bulk = bulkActionSchema.safeParse(values);
  if (!bulk.success) return { error: bulk.error.issues[0]!.message };
  const result = await bulkChangeQuestionStatus(await getDb(), { actor, filter, transition: bulk.data.action, expected: bulk.data.expected });
  if (!result.ok) return { error: result.error };
  refreshBank();
  redirect(bankHref(filter, { done: bulk.data.action, changed: String(result.changed) }));
}
