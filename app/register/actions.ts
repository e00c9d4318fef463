"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/prisma";
import { registerLearner } from "@/lib/server/accounts/register-learner";
import type { FieldErrors } from "@/lib/validation/account";

export interface RegisterFormState {
  errors: FieldErrors;
  values: { name?: string; email?: string; inviteCode?: string };
}

export async function registerAction(_previous: RegisterFormState, formData: FormData): Promise<RegisterFormState> {
  const input = {
    name: formData.get("name"),
    email: formData.get("email"),
    password: formData.get("password"),
    confirmPassword: formData.get("confirmPassword"),
    inviteCode: formData.get("inviteCode"),
  };
  const result = await registerLearner(await getDb(), input);
  if (!result.ok) {
    return {
      errors: result.errors,
      values: { name: String(input.name ?? ""), email: String(input.email ?? ""), inviteCode: String(input.inviteCode ?? "") },
    };
  }
  redirect("/login?registered=1");
}
