"use client";

import { useState } from "react";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { Button } from "@/components/ui/button";
import { STEM_MAX, TEXT_MAX } from "@/lib/validation/question-fields";
import { LengthLimit } from "@/components/ui/length-limit";
import { NO_ERRORS, type BankActionState } from "./action-state";
import { controlAria, Field, INPUT_CLASSES, limitedAria } from "@/components/ui/field";
import { viewOf } from "@/components/questions/type-views";
import { QUESTION_TYPE_LABELS, QUESTION_TYPES } from "./labels";
import type { QuestionFormValues } from "./question-form-values";
import { ErrorAlert } from "@/components/ui/error-alert";

export interface ModuleChoice {
  courseTitle: string;
  modules: Array<{ id: string; title: string }>;
}

/**
 * Writing or editing a question: the fields follow the type (options and correct keys,
 * a verdict, one answer list per blank of the stem, a model answer). The server checks
 * everything again; this form only keeps the input while the user fixes what it says.
 */
export function QuestionForm({
  action,
  initial,
  modules,
  questionId,
}: {
  action: (state: BankActionState, formData: FormData) => Promise<BankActionState>;
  initial: QuestionFormValues;
  modules: ModuleChoice[];
  /** Set when editing: the type is then fixed. */
  questionId?: string;
}) {
  const [state, formAction, pending, keepValues] = useKeptFormAction(action, NO_ERRORS);
  const [values, setValues] = useState(initial);
  const set = <K extends keyof QuestionFormValues>(key: K, value: QuestionFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const errors = state.errors ?? {};
  const view = viewOf(values.type);

  return (
    <form action={formAction} onSubmit={keepValues} className="space-y-4" noValidate>
      {questionId ? <input type="hidden" name="questionId" value={questionId} /> : null}
      <ErrorAlert message={state.error} />

      {questionId ? (
        <p className="text-stone-700">
          题型：{QUESTION_TYPE_LABELS[values.type]}
          <input type="hidden" name="type" value={values.type} />
        </p>
      ) : (
        <Field announce={false} id="question-type" label="题型" error={errors.type}>
          <select id="question-type" {...controlAria("question-type", errors.type)} name="type" value={values.type} onChange={(event) => set("type", event.target.value as QuestionFormValues["type"])} className={INPUT_CLASSES}>
            {QUESTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {QUESTION_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </Field>
      )}

      <Field announce={false} id="question-module" label="所属单元" error={errors.moduleId}>
        <select id="question-module" {...controlAria("question-module", errors.moduleId)} name="moduleId" value={values.moduleId} onChange={(event) => set("moduleId", event.target.value)} className={INPUT_CLASSES}>
          <option value="">请选择单元</option>
          {modules.map((group) => (
            <optgroup key={group.courseTitle} label={group.courseTitle}>
              {group.modules.map((module) => (
                <option key={module.id} value={module.id}>
                  {module.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </Field>

      <Field announce={false} id="question-stem" label="题干" error={errors.stem} hint={view.stemHint}>
        <textarea id="question-stem" {...limitedAria("question-stem", errors.stem)} maxLength={STEM_MAX} name="stem" rows={3} value={values.stem} onChange={(event) => set("stem", event.target.value)} className={INPUT_CLASSES} />
        <LengthLimit id="question-stem-limit" max={STEM_MAX} length={values.stem.length} />
      </Field>

      <view.FormFields values={values} errors={errors} set={set} setValues={setValues} />

      <Field announce={false} id="question-explanation" label="解析（可不填）" error={errors.explanation}>
        <textarea id="question-explanation" {...limitedAria("question-explanation", errors.explanation)} maxLength={TEXT_MAX} name="explanation" rows={3} value={values.explanation} onChange={(event) => set("explanation", event.target.value)} className={INPUT_CLASSES} />
        <LengthLimit id="question-explanation-limit" max={TEXT_MAX} length={values.explanation.length} />
      </Field>
      <Field announce={false} id="question-difficulty" label="难度（0 最易 – 1 最难）" error={errors.difficulty}>
        <input id="question-difficulty" {...controlAria("question-difficulty", errors.difficulty)} name="difficulty" type="number" inputMode="decimal" min={0} max={1} step={0.01} value={values.difficulty} onChange={(event) => set("difficulty", event.target.value)} className={INPUT_CLASSES} />
      </Field>
      <Field announce={false} id="question-source" label="出处原文（可不填）" error={errors.sourceText} hint="从所选单元的原文中复制题目依据的句子，学员可以查看出处。">
        <textarea id="question-source" {...limitedAria("question-source", errors.sourceText)} maxLength={TEXT_MAX} name="sourceText" rows={3} value={values.sourceText} onChange={(event) => set("sourceText", event.target.value)} className={INPUT_CLASSES} />
        <LengthLimit id="question-source-limit" max={TEXT_MAX} length={values.sourceText.length} />
      </Field>

      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "正在保存…" : questionId ? "保存修改" : "保存题目"}
      </Button>
    </form>
  );
}

