"use client";

import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { INITIAL_ACTION_STATE, type ActionState } from "@/components/admin/action-state";
import { FormFeedback } from "@/components/admin/form-feedback";
import { SelectField } from "@/components/ui/select-field";
import { Button } from "@/components/ui/button";

export function AddInstructorForm({
  classId,
  candidates,
  action,
}: {
  classId: string;
  candidates: { id: string; name: string; email: string }[];
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending, keepValues] = useKeptFormAction(action, INITIAL_ACTION_STATE);
  if (candidates.length === 0) {
    return <p className="text-sm text-stone-600">没有可添加的教员账号。可在“用户”中新建教员。</p>;
  }
  return (
    <form action={formAction} onSubmit={keepValues} className="space-y-3">
      <input type="hidden" name="classId" value={classId} />
      <SelectField
        label="添加教员"
        name="userId"
        options={candidates.map((candidate) => ({ value: candidate.id, label: `${candidate.name}（${candidate.email}）` }))}
      />
      <FormFeedback state={state} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在添加…" : "添加为教员"}
      </Button>
    </form>
  );
}
