"use client";

import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { INITIAL_ACTION_STATE, type ActionState } from "@/components/admin/action-state";
import { FormFeedback } from "@/components/admin/form-feedback";
import { Button } from "@/components/ui/button";
import { INPUT_CLASSES, LABEL_CLASSES } from "@/components/ui/field";

/** An instructor gives the points a handed-in 简答题 earned (0 to the question's points, in halves). */
export function ShortAnswerMarkForm({
  assignmentId,
  responseId,
  position,
  points,
  earned,
  action,
}: {
  assignmentId: string;
  responseId: string;
  /** The question's number on the paper, from 1. */
  position: number;
  points: number;
  /** The points given so far; null while the answer waits for its mark. */
  earned: number | null;
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending, keepValues] = useKeptFormAction(action, INITIAL_ACTION_STATE);
  const id = `mark-${responseId}`;
  return (
    <form action={formAction} onSubmit={keepValues} noValidate className="mt-2 space-y-2">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="responseId" value={responseId} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="space-y-1">
          <label htmlFor={id} className={LABEL_CLASSES}>
            第 {position} 题得分（满分 {points} 分）
          </label>
          <input
            id={id}
            name="points"
            type="number"
            inputMode="decimal"
            min={0}
            max={points}
            step={0.5}
            defaultValue={earned === null ? "" : String(earned)}
            className={`${INPUT_CLASSES} w-28`}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "正在保存…" : earned === null ? "保存评分" : "修改评分"}
        </Button>
      </div>
      <FormFeedback state={state} />
    </form>
  );
}
