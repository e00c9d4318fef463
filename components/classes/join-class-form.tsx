"use client";

import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { INITIAL_ACTION_STATE, type ActionState } from "@/components/admin/action-state";
import { FormFeedback } from "@/components/admin/form-feedback";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export function JoinClassForm({ action }: { action: (previous: ActionState, formData: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending, keepValues] = useKeptFormAction(action, INITIAL_ACTION_STATE);
  return (
    <form action={formAction} onSubmit={keepValues} noValidate className="space-y-3">
      <TextField label="班级邀请码" name="inviteCode" autoComplete="off" hint="向教员或支部书记索取" error={state.errors?.inviteCode} required />
      {state.errors?.inviteCode ? null : <FormFeedback state={state} />}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在加入…" : "加入班级"}
      </Button>
    </form>
  );
}
