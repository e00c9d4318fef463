"use client";

import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { Button } from "@/components/ui/button";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { FormFeedback } from "./form-feedback";
import { SelectField } from "@/components/ui/select-field";
import { INITIAL_ACTION_STATE, type ActionState } from "./action-state";

const ROLE_OPTIONS = (["LEARNER", "INSTRUCTOR", "ADMIN"] as Role[]).map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function ChangeRoleForm({
  userId,
  role,
  action,
}: {
  userId: string;
  role: Role;
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending, keepValues] = useKeptFormAction(action, INITIAL_ACTION_STATE);
  return (
    <form action={formAction} onSubmit={keepValues} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <SelectField label="角色" name="role" options={ROLE_OPTIONS} defaultValue={role} />
      <FormFeedback state={state} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在保存…" : "修改角色"}
      </Button>
    </form>
  );
}
