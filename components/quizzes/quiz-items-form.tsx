"use client";

import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { INITIAL_ACTION_STATE, type ActionState } from "@/components/admin/action-state";
import { FormFeedback } from "@/components/admin/form-feedback";
import { QUESTION_TYPE_LABELS } from "@/components/bank/labels";
import { Button } from "@/components/ui/button";
import type { QuestionType } from "@/lib/generated/prisma/enums";

export interface QuizItemRow {
  questionId: string;
  position: number;
  points: number;
  stem: string;
  type: QuestionType;
  active: boolean;
}

const NUMBER_CLASSES = "min-h-11 rounded-lg border border-stone-300 bg-white px-3 py-2 text-base outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100";

/** The questions of a hand-composed quiz: change the order numbers and points, tick to remove. */
export function QuizItemsForm({ quizId, items, action }: { quizId: string; items: QuizItemRow[]; action: (previous: ActionState, formData: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending, keepValues] = useKeptFormAction(action, INITIAL_ACTION_STATE);
  return (
    <form action={formAction} onSubmit={keepValues} noValidate className="space-y-3">
      <input type="hidden" name="quizId" value={quizId} />
      <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200">
        {items.map((item) => (
          <li key={item.questionId} className="space-y-2 p-3">
            <input type="hidden" name="item" value={item.questionId} />
            <p className="text-stone-900">
              <span className="text-sm text-stone-600">{QUESTION_TYPE_LABELS[item.type]} · </span>
              {item.stem}
              {item.active ? null : <span className="ml-2 rounded bg-amber-50 px-1 text-sm text-amber-800">未启用</span>}
            </p>
            <div className="flex flex-wrap items-end gap-3">
              <label className="flex items-center gap-2 text-sm">
                顺序
                <input name={`position_${item.questionId}`} type="number" min={1} defaultValue={item.position} className={`${NUMBER_CLASSES} w-20`} />
              </label>
              <label className="flex items-center gap-2 text-sm">
                分值
                <input name={`points_${item.questionId}`} type="number" min={0.5} step={0.5} defaultValue={item.points} className={`${NUMBER_CLASSES} w-24`} />
              </label>
              <label className="flex min-h-11 items-center gap-2 text-sm">
                <input type="checkbox" name={`remove_${item.questionId}`} className="size-5" />
                移出
              </label>
            </div>
          </li>
        ))}
      </ol>
      <FormFeedback state={state} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在保存…" : "保存题目顺序与分值"}
      </Button>
    </form>
  );
}
