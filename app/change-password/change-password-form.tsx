"use client";

import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/account";
import { changePasswordAction, type ChangePasswordFormState } from "./actions";
import { ErrorAlert } from "@/components/ui/error-alert";

const initialState: ChangePasswordFormState = { errors: {} };

/** `oneTimePassword`: the current password is the one-time password an administrator or instructor gave. */
export function ChangePasswordForm({ oneTimePassword }: { oneTimePassword: boolean }) {
  const [state, formAction, pending, keepValues] = useKeptFormAction(changePasswordAction, initialState);
  const { errors } = state;
  return (
    <form action={formAction} onSubmit={keepValues} noValidate className="space-y-4">
      <TextField label="当前密码" name="currentPassword" type="password" autoComplete="current-password" hint={oneTimePassword ? "管理员或教员给您的临时密码" : undefined} error={errors.currentPassword} required />
      <TextField label="新密码" name="newPassword" type="password" autoComplete="new-password" hint={`至少 ${PASSWORD_MIN_LENGTH} 位`} error={errors.newPassword} required />
      <TextField label="确认新密码" name="confirmPassword" type="password" autoComplete="new-password" error={errors.confirmPassword} required />
      <ErrorAlert message={errors.form} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "正在保存…" : "保存新密码"}
      </Button>
    </form>
  );
}
