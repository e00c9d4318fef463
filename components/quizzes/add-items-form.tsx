"use client";

import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { INITIAL_ACTION_STATE, type ActionState } from "@/components/admin/action-state";
import { FormFeedback } from "@/components/admin/form-feedback";
import { QUESTION_TYPE_LABELS } from "@/components/bank/labels";
import { Button } from "@/components/ui/button";
import type { QuestionType } from "@/lib/generated/prisma/enums";

export interface CandidateRow {
  id: string;
  stem: string;
  type: QuestionType;
  difficulty: number;
  moduleTitle: string | null;
  inQuiz: boolean;
}

/** Bank questions found by the filter, with a box each to add them to the quiz. */
export function AddItemsForm({ quizId, candidates, action }: { quizId: string; candidates: CandidateRow[]; action: (previous: ActionState, formData: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending, keepValues] = useKeptFormAction(action, INITIAL_ACTION_STATE);
  return (
    <form action={formAction} onSubmit={keepValues} noValidate className="space-y-3">
      <input type="hidden" name="quizId" value={quizId} />
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200">
        {candidates.map((question) => (
          <li key={question.id}>
            <label className="flex min-h-11 items-start gap-3 p-3">
              <input type="checkbox" name="questionId" value={question.id} disabled={question.inQuiz} className="mt-1 size-5 shrink-0" />
              <span>
                <span className="block text-stone-900">{question.stem}</span>
                <span className="block text-sm text-stone-600">
                  {QUESTION_TYPE_LABELS[question.type]} · 难度 {question.difficulty.toFixed(2)}
                  {question.moduleTitle ? ` · ${question.moduleTitle}` : ""}
                  {question.inQuiz ? " · 已在测验中" : ""}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <FormFeedback state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? "正在添加…" : "添加选中的题目"}
      </Button>
    </form>
  );
}
