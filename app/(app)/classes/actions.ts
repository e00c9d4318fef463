"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/components/admin/action-state";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { createClass } from "@/lib/server/classes/create-class";

export async function createClassAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireStaff();
  const result = await createClass(await getDb(), { actor, input: { name: formData.get("name") } });
  if (!result.ok) return { error: result.error, errors: result.errors };
  revalidatePath("/classes");
  redirect(`/classes/${result.classId}`);
}
