"use client";

import { CLASS_NAME_MAX_LENGTH } from "@/lib/validation/class";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { INITIAL_ACTION_STATE, type ActionState } from "@/components/admin/action-state";
import { FormFeedback } from "@/components/admin/form-feedback";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export function CreateClassForm({ action }: { action: (previous: ActionState, formData: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending, keepValues] = useKeptFormAction(action, INITIAL_ACTION_STATE);
  return (
    <form action={formAction} onSubmit={keepValues} noValidate className="space-y-3">
      <TextField label="新班级名称" name="name" autoComplete="off" maxLength={CLASS_NAME_MAX_LENGTH} hint="如：第一党支部、2026 年春季入党积极分子培训班" error={state.errors?.name} required />
      {state.errors?.name ? null : <FormFeedback state={state} />}
      <Button type="submit" disabled={pending}>
        {pending ? "正在创建…" : "创建班级"}
      </Button>
    </form>
  );
}
