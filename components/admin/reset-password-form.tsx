"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormFeedback } from "./form-feedback";
import { OneTimeSecret } from "./one-time-secret";
import { INITIAL_ACTION_STATE, type SecretActionState as SecretState } from "./action-state";

export function ResetPasswordForm({
  userId,
  action,
}: {
  userId: string;
  action: (previous: SecretState, formData: FormData) => Promise<SecretState>;
}) {
  const [state, formAction, pending] = useActionState<SecretState, FormData>(action, INITIAL_ACTION_STATE);
  return (
    <form
      action={formAction}
      className="space-y-3"
      onSubmit={(event) => {
        if (!window.confirm("重置后旧密码立即失效。确定吗？")) event.preventDefault();
      }}
    >
      <input type="hidden" name="userId" value={userId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在重置…" : "重置密码"}
      </Button>
      <FormFeedback state={state} />
      {state.ok && state.secret ? <OneTimeSecret label={state.secret.label} value={state.secret.value} /> : null}
    </form>
  );
}
