"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { NO_ERRORS, type BankActionState } from "./action-state";
import { ErrorAlert } from "@/components/ui/error-alert";

const STEPS: Record<QuestionStatus, Array<{ transition: string; label: string; variant: "primary" | "secondary" }>> = {
  DRAFT: [
    { transition: "approve", label: "审核通过", variant: "primary" },
    { transition: "retire", label: "停用", variant: "secondary" },
  ],
  ACTIVE: [{ transition: "retire", label: "停用", variant: "secondary" }],
  RETIRED: [{ transition: "restore", label: "恢复启用", variant: "primary" }],
};

/** The review steps open to a question in its status. */
export function StatusButtons({
  questionId,
  status,
  action,
}: {
  questionId: string;
  status: QuestionStatus;
  action: (state: BankActionState, formData: FormData) => Promise<BankActionState>;
}) {
  const [state, formAction, pending] = useActionState(action, NO_ERRORS);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="questionId" value={questionId} />
      <div className="flex flex-wrap gap-2">
        {STEPS[status].map((step) => (
          <Button key={step.transition} type="submit" name="transition" value={step.transition} variant={step.variant} disabled={pending}>
            {step.label}
          </Button>
        ))}
      </div>
      <ErrorAlert message={state.error} />
    </form>
  );
}
