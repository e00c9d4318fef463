"use client";

import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { INITIAL_ACTION_STATE, type ActionState } from "@/components/admin/action-state";
import { FormFeedback } from "@/components/admin/form-feedback";
import { INPUT_CLASSES, LABEL_CLASSES } from "@/components/ui/field";
import { ModuleOptions, QuestionTypeOptions } from "@/components/bank/filter-options";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { QuestionType } from "@/lib/generated/prisma/enums";

export interface RuleRowValues {
  moduleId: string | null;
  type: QuestionType | null;
  difficultyMin: number | null;
  difficultyMax: number | null;
  count: number;
  points: number;
  /** ACTIVE questions matching the rule now. */
  available: number;
}

const BLANK_ROWS = 2;

/**
 * The draw rules as rows: module × type × difficulty range × count, with points per question.
 * Saved rules come first, then blank rows; a blank row is ignored, a ticked 删除 drops a rule.
 */
export function QuizRulesForm({
  quizId,
  rules,
  modules,
  action,
}: {
  quizId: string;
  rules: RuleRowValues[];
  modules: Array<{ id: string; title: string }>;
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending, keepValues] = useKeptFormAction(action, INITIAL_ACTION_STATE);
  const rows: Array<RuleRowValues | null> = [...rules, ...Array.from({ length: BLANK_ROWS }, () => null)];
  return (
    <form action={formAction} onSubmit={keepValues} noValidate className="space-y-3">
      <input type="hidden" name="quizId" value={quizId} />
      <ol className="space-y-3">
        {rows.map((rule, index) => (
          <li key={index} className="rounded-lg border border-stone-200 p-3">
            <fieldset className="space-y-2">
              <legend className="text-sm font-semibold text-stone-900">
                第 {index + 1} 条规则{rule ? `（现有 ${rule.available} 道可抽）` : "（新增，留空则忽略）"}
              </legend>
              <div className="grid grid-cols-2 gap-2 sm:grid-cols-6">
                <Field label="单元" htmlFor={`rule_${index}_moduleId`} wide>
                  <Select id={`rule_${index}_moduleId`} name={`rule_${index}_moduleId`} defaultValue={rule?.moduleId ?? ""} className={INPUT_CLASSES}>
                    <ModuleOptions modules={modules} />
                  </Select>
                </Field>
                <Field label="题型" htmlFor={`rule_${index}_type`}>
                  <Select id={`rule_${index}_type`} name={`rule_${index}_type`} defaultValue={rule?.type ?? ""} className={INPUT_CLASSES}>
                    <QuestionTypeOptions />
                  </Select>
                </Field>
                <Field label="最低难度" htmlFor={`rule_${index}_difficultyMin`}>
                  <input id={`rule_${index}_difficultyMin`} name={`rule_${index}_difficultyMin`} type="number" min={0} max={1} step={0.05} placeholder="0" defaultValue={rule?.difficultyMin ?? ""} className={INPUT_CLASSES} />
                </Field>
                <Field label="最高难度" htmlFor={`rule_${index}_difficultyMax`}>
                  <input id={`rule_${index}_difficultyMax`} name={`rule_${index}_difficultyMax`} type="number" min={0} max={1} step={0.05} placeholder="1" defaultValue={rule?.difficultyMax ?? ""} className={INPUT_CLASSES} />
                </Field>
                <Field label="抽题数量" htmlFor={`rule_${index}_count`}>
                  <input id={`rule_${index}_count`} name={`rule_${index}_count`} type="number" min={1} inputMode="numeric" defaultValue={rule?.count ?? ""} className={INPUT_CLASSES} />
                </Field>
                <Field label="每题分值" htmlFor={`rule_${index}_points`}>
                  <input id={`rule_${index}_points`} name={`rule_${index}_points`} type="number" min={0.5} step={0.5} placeholder="按题型" defaultValue={rule?.points ?? ""} className={INPUT_CLASSES} />
                </Field>
              </div>
              {rule ? (
                <label className="flex min-h-11 items-center gap-2 text-sm text-stone-700">
                  <input type="checkbox" name={`rule_${index}_remove`} className="size-5" />
                  删除这条规则
                </label>
              ) : null}
            </fieldset>
          </li>
        ))}
      </ol>
      <p className="text-sm text-stone-600">只从已启用的题目中抽取；各规则抽到的题目不会重复。每题分值留空时按题型分值计。</p>
      <FormFeedback state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? "正在保存…" : "保存抽题规则"}
      </Button>
    </form>
  );
}

function Field({ label, htmlFor, wide, children }: { label: string; htmlFor: string; wide?: boolean; children: React.ReactNode }) {
  return (
    <div className={`space-y-1 ${wide ? "col-span-2" : ""}`}>
      <label htmlFor={htmlFor} className={LABEL_CLASSES}>
        {label}
      </label>
      {children}
    </div>
  );
}
