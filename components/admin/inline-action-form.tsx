"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { INITIAL_ACTION_STATE, type ActionState } from "./action-state";
import { FormFeedback } from "./form-feedback";

/** One button that posts hidden fields to a server action and shows what it answered. */
export function InlineActionForm({
  action,
  fields,
  label,
  pendingLabel = "处理中…",
  variant = "secondary",
  confirmText,
}: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "ghost";
  confirmText?: string;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_ACTION_STATE);
  return (
    <form
      action={formAction}
      className="space-y-2"
      onSubmit={(event) => {
        if (confirmText && !window.confirm(confirmText)) event.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
      <FormFeedback state={state} />
    </form>
  );
}
