"use server";

import { revalidatePath } from "next/cache";
import type { ActionState, SecretActionState } from "@/components/admin/action-state";
import { requireRole } from "@/lib/auth/guard";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/prisma";
import { changeAccountRole } from "@/lib/server/accounts/change-account-role";
import { createAccount } from "@/lib/server/accounts/create-account";
import { resetAccountPassword } from "@/lib/server/accounts/reset-account-password";
import { setAccountActive } from "@/lib/server/accounts/set-account-active";

// The services validate the raw form values with zod: a forged role or id changes nothing.

function refreshUser(userId: unknown): void {
  revalidatePath("/admin/users");
  if (typeof userId === "string") revalidatePath(`/admin/users/${userId}`);
}

export async function createAccountAction(_previous: SecretActionState, formData: FormData): Promise<SecretActionState> {
  const actor = await requireRole("ADMIN");
  const result = await createAccount(await getDb(), {
    actor,
    input: { name: formData.get("name"), email: formData.get("email"), role: formData.get("role") },
  });
  if (!result.ok) return { error: result.error, errors: result.errors };
  refreshUser(result.userId);
  return {
    ok: true,
    message: `已创建${ROLE_LABELS[result.role]}账号：${result.name}（${result.email}）`,
    secret: { label: `${result.name} 的初始密码`, value: result.password },
  };
}

export async function setActiveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireRole("ADMIN");
  const result = await setAccountActive(await getDb(), {
    actor,
    input: { userId: formData.get("userId"), active: formData.get("active") },
  });
  if (!result.ok) return { error: result.error };
  refreshUser(formData.get("userId"));
  return { ok: true, message: result.active ? `已启用 ${result.name} 的账号` : `已停用 ${result.name} 的账号` };
}

export async function resetPasswordAction(_previous: SecretActionState, formData: FormData): Promise<SecretActionState> {
  const actor = await requireRole("ADMIN");
  const result = await resetAccountPassword(await getDb(), { actor, input: { userId: formData.get("userId") } });
  if (!result.ok) return { error: result.error };
  refreshUser(formData.get("userId"));
  return { ok: true, message: `已重置 ${result.name} 的密码`, secret: { label: `${result.name} 的新密码`, value: result.password } };
}

export async function changeRoleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireRole("ADMIN");
  const result = await changeAccountRole(await getDb(), {
    actor,
    input: { userId: formData.get("userId"), role: formData.get("role") },
  });
  if (!result.ok) return { error: result.error, errors: result.errors };
  refreshUser(formData.get("userId"));
  return { ok: true, message: `${result.name} 的角色现为${ROLE_LABELS[result.role]}` };
}
