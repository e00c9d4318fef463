"use client";

import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { registerAction, type RegisterFormState } from "./actions";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PASSWORD_MIN_LENGTH, PERSON_NAME_MAX_LENGTH } from "@/lib/validation/account";

const initialState: RegisterFormState = { errors: {}, values: {} };

export function RegisterForm({ inviteCode }: { inviteCode?: string }) {
  const [state, formAction, pending, keepValues] = useKeptFormAction(registerAction, initialState);
  const { errors, values } = state;
  return (
    <form action={formAction} onSubmit={keepValues} noValidate className="space-y-4">
      <TextField label="姓名" name="name" autoComplete="name" maxLength={PERSON_NAME_MAX_LENGTH} defaultValue={values.name} error={errors.name} required />
      <TextField label="邮箱" name="email" type="email" autoComplete="email" defaultValue={values.email} error={errors.email} required />
      <TextField label="密码" name="password" type="password" autoComplete="new-password" hint={`至少 ${PASSWORD_MIN_LENGTH} 位，不要用常见密码`} error={errors.password} required />
      <TextField label="确认密码" name="confirmPassword" type="password" autoComplete="new-password" error={errors.confirmPassword} required />
      <TextField
        label="班级邀请码"
        name="inviteCode"
        autoComplete="off"
        defaultValue={values.inviteCode ?? inviteCode}
        hint="向教员或支部书记索取"
        error={errors.inviteCode}
        required
      />
      <ErrorAlert message={errors.form} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "正在注册…" : "注册"}
      </Button>
    </form>
  );
}
