"use client";

import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { INITIAL_ACTION_STATE, type ActionState } from "@/components/admin/action-state";
import { FormFeedback } from "@/components/admin/form-feedback";
import { Button } from "@/components/ui/button";
import { WindowFields } from "./assign-quiz-form";

/** Change an assignment's open and close times. */
export function AssignmentWindowForm({
  assignmentId,
  opensAt,
  closesAt,
  action,
}: {
  assignmentId: string;
  opensAt: string;
  closesAt: string;
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending, keepValues] = useKeptFormAction(action, INITIAL_ACTION_STATE);
  return (
    <form action={formAction} onSubmit={keepValues} noValidate className="space-y-3">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <WindowFields defaultOpensAt={opensAt} defaultClosesAt={closesAt} errors={state.errors ?? {}} />
      <FormFeedback state={state} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在保存…" : "保存开放时间"}
      </Button>
    </form>
  );
}
