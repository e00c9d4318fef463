"use client";

import { PERSON_NAME_MAX_LENGTH } from "@/lib/validation/account";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { FormFeedback } from "./form-feedback";
import { OneTimeSecret } from "./one-time-secret";
import { SelectField } from "@/components/ui/select-field";
import { INITIAL_ACTION_STATE, type SecretActionState as SecretState } from "./action-state";

const ROLE_OPTIONS = (["INSTRUCTOR", "ADMIN", "LEARNER"] as Role[]).map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function CreateAccountForm({ action }: { action: (previous: SecretState, formData: FormData) => Promise<SecretState> }) {
  const [state, formAction, pending, keepValues] = useKeptFormAction<SecretState>(action, INITIAL_ACTION_STATE);
  return (
    <div className="space-y-4">
      {state.ok && state.secret ? (
        <div className="space-y-2">
          <FormFeedback state={state} />
          <OneTimeSecret label={state.secret.label} value={state.secret.value} />
        </div>
      ) : null}
      <form action={formAction} onSubmit={keepValues} noValidate className="space-y-3">
        <TextField label="姓名" name="name" autoComplete="off" maxLength={PERSON_NAME_MAX_LENGTH} error={state.errors?.name} required />
        <TextField label="邮箱" name="email" type="email" autoComplete="off" error={state.errors?.email} required />
        <SelectField label="角色" name="role" options={ROLE_OPTIONS} error={state.errors?.role} />
        {state.error && !state.errors ? <FormFeedback state={state} /> : null}
        <Button type="submit" disabled={pending}>
          {pending ? "正在创建…" : "创建账号"}
        </Button>
      </form>
    </div>
  );
}
