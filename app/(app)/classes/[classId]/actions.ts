"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/components/admin/action-state";
import { requireRole, requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { addClassInstructor } from "@/lib/server/classes/add-class-instructor";
import { regenerateInviteCode } from "@/lib/server/classes/regenerate-invite-code";
import { removeClassMember } from "@/lib/server/classes/remove-class-member";
import { renameClass } from "@/lib/server/classes/rename-class";

// Each action passes the raw form values to its service, which validates them with zod and
// finds the class only if this actor manages it: a forged class or member id changes nothing.

function refreshClass(formData: FormData): void {
  const classId = formData.get("classId");
  if (typeof classId === "string") revalidatePath(`/classes/${classId}`);
  revalidatePath("/classes");
}

export async function renameClassAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireStaff();
  const result = await renameClass(await getDb(), { actor, input: { classId: formData.get("classId"), name: formData.get("name") } });
  if (!result.ok) return { error: result.error, errors: result.errors };
  refreshClass(formData);
  return { ok: true, message: `已改名为“${result.name}”` };
}

export async function regenerateInviteCodeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireStaff();
  const result = await regenerateInviteCode(await getDb(), { actor, input: { classId: formData.get("classId") } });
  if (!result.ok) return { error: result.error };
  refreshClass(formData);
  return { ok: true, message: `新邀请码 ${result.inviteCode} 已生效，旧邀请码和旧链接不再可用。` };
}

export async function addInstructorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireRole("ADMIN");
  const result = await addClassInstructor(await getDb(), {
    actor,
    input: { classId: formData.get("classId"), userId: formData.get("userId") },
  });
  if (!result.ok) return { error: result.error };
  refreshClass(formData);
  return { ok: true, message: `已添加教员 ${result.name}` };
}

export async function removeMemberAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireStaff();
  const result = await removeClassMember(await getDb(), {
    actor,
    input: { classId: formData.get("classId"), userId: formData.get("userId") },
  });
  if (!result.ok) return { error: result.error };
  refreshClass(formData);
  return { ok: true, message: `已将 ${result.name} 移出本班` };
}
