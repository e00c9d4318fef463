"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/components/admin/action-state";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { joinClassByCode } from "@/lib/server/classes/join-class-by-code";

export async function joinClassAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const result = await joinClassByCode(await getDb(), { actor, input: { inviteCode: formData.get("inviteCode") } });
  if (!result.ok) return { error: result.error, errors: result.errors };
  revalidatePath("/me");
  return { ok: true, message: `已加入“${result.className}”` };
}
