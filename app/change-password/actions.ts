"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/prisma";
import { requireUserAllowingPasswordChange } from "@/lib/auth/guard";
import { reissueSessionCookie } from "@/lib/auth/session-cookie";
import { changeOwnPassword } from "@/lib/server/accounts/change-own-password";
import type { FieldErrors } from "@/lib/validation/account";

export interface ChangePasswordFormState {
  errors: FieldErrors;
}

export async function changePasswordAction(_previous: ChangePasswordFormState, formData: FormData): Promise<ChangePasswordFormState> {
  const { actor, mustChangePassword } = await requireUserAllowingPasswordChange();
  const result = await changeOwnPassword(await getDb(), {
    actor,
    input: { currentPassword: formData.get("currentPassword"), newPassword: formData.get("newPassword"), confirmPassword: formData.get("confirmPassword") },
  });
  if (!result.ok) return { errors: result.errors ?? { form: result.error } };
  // Every other session ended with the change; this device stays signed in.
  await reissueSessionCookie(actor, result.sessionVersion);
  // A one-time password replaced opens the app; a chosen change goes back to 我的, which confirms it.
  redirect(mustChangePassword ? "/" : "/me?password=changed");
}
