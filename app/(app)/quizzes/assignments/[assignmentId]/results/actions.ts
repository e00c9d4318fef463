"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { updateDifficultyFromResults } from "@/lib/server/results/update-difficulty-from-results";

export async function updateDifficultyAction(formData: FormData): Promise<void> {
  const actor = await requireStaff();
  const assignmentId = z.string().min(1).max(64).safeParse(formData.get("assignmentId"));
  if (!assignmentId.success) redirect("/quizzes");
  const changed = await updateDifficultyFromResults(await getDb(), actor, { assignmentId: assignmentId.data });
  if (changed === null) redirect("/quizzes");
  revalidatePath(`/quizzes/assignments/${assignmentId.data}/results`);
  redirect(`/quizzes/assignments/${assignmentId.data}/results?difficulty=${changed}`);
}
