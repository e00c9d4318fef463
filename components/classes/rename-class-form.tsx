"use client";

import { CLASS_NAME_MAX_LENGTH } from "@/lib/validation/class";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { INITIAL_ACTION_STATE, type ActionState } from "@/components/admin/action-state";
import { FormFeedback } from "@/components/admin/form-feedback";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export function RenameClassForm({
  classId,
  name,
  action,
}: {
  classId: string;
  name: string;
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending, keepValues] = useKeptFormAction(action, INITIAL_ACTION_STATE);
  return (
    <form action={formAction} onSubmit={keepValues} noValidate className="space-y-3">
      <input type="hidden" name="classId" value={classId} />
      <TextField label="班级名称" name="name" maxLength={CLASS_NAME_MAX_LENGTH} defaultValue={name} autoComplete="off" error={state.errors?.name} required />
      {state.errors?.name ? null : <FormFeedback state={state} />}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在保存…" : "保存名称"}
      </Button>
    </form>
  );
}
