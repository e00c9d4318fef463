"use client";

import { useState } from "react";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { Button } from "@/components/ui/button";
import { countBlanks, MAX_OPTIONS, MIN_OPTIONS, OPTION_KEYS, OPTION_MAX, STEM_MAX, TEXT_MAX } from "@/lib/validation/question";
import { LengthLimit } from "@/components/ui/length-limit";
import { NO_ERRORS, type BankActionState } from "./action-state";
import { controlAria, Field, FieldError, INPUT_CLASSES, LABEL_CLASSES } from "@/components/ui/field";
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
/** A text area's accessibility attributes when its limit is stated below it (LengthLimit). */
function limitedAria(id: string, error?: string) {
  return { ...controlAria(id, error), "aria-describedby": [error ? `${id}-error` : null, `${id}-limit`].filter(Boolean).join(" ") };
}

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
  const choice = values.type === "SINGLE_CHOICE" || values.type === "MULTIPLE_CHOICE";
  const blankCount = Math.max(1, countBlanks(values.stem));

  const setOptionText = (key: string, text: string) => set("options", values.options.map((option) => (option.key === key ? { ...option, text } : option)));
  const toggleCorrect = (key: string) =>
    set("correct", values.type === "SINGLE_CHOICE" ? [key] : values.correct.includes(key) ? values.correct.filter((item) => item !== key) : [...values.correct, key].sort());
  const removeOption = (key: string) => {
    // Keys stay A, B, C … in order; a correct option keeps being correct under its new key.
    const kept = values.options.filter((option) => option.key !== key);
    const newKey = new Map(kept.map((option, at) => [option.key, OPTION_KEYS[at]!]));
    setValues((current) => ({
      ...current,
      options: kept.map((option) => ({ key: newKey.get(option.key)!, text: option.text })),
      correct: current.correct.flatMap((item) => (newKey.has(item) ? [newKey.get(item)!] : [])),
    }));
  };

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

      <Field announce={false} id="question-stem" label="题干" error={errors.stem} hint={values.type === "FILL_BLANK" ? "用 ______ 或（　）标出每个空。" : undefined}>
        <textarea id="question-stem" {...limitedAria("question-stem", errors.stem)} maxLength={STEM_MAX} name="stem" rows={3} value={values.stem} onChange={(event) => set("stem", event.target.value)} className={INPUT_CLASSES} />
        <LengthLimit id="question-stem-limit" max={STEM_MAX} length={values.stem.length} />
      </Field>

      {choice ? (
        <fieldset className="space-y-2">
          <legend className={LABEL_CLASSES}>
            选项（{MIN_OPTIONS}–{MAX_OPTIONS} 个，{values.type === "SINGLE_CHOICE" ? "选出唯一的正确答案" : "勾选所有正确答案，至少两个"}）
          </legend>
          {values.options.map((option) => (
            <div key={option.key} className="flex items-center gap-2">
              <input type="hidden" name="optionKey" value={option.key} />
              <input
                id={`option-correct-${option.key}`}
                type={values.type === "SINGLE_CHOICE" ? "radio" : "checkbox"}
                name="correct"
                value={option.key}
                checked={values.correct.includes(option.key)}
                onChange={() => toggleCorrect(option.key)}
                className="size-5 shrink-0"
              />
              <label htmlFor={`option-correct-${option.key}`} className="sr-only">
                选项 {option.key} 为正确答案
              </label>
              <label htmlFor={`option-text-${option.key}`} className="w-5 shrink-0 font-medium text-stone-700">
                <span aria-hidden="true">{option.key}</span>
                <span className="sr-only">选项 {option.key}</span>
              </label>
              <input id={`option-text-${option.key}`} name="optionText" maxLength={OPTION_MAX} value={option.text} onChange={(event) => setOptionText(option.key, event.target.value)} className={INPUT_CLASSES} />
              {values.options.length > MIN_OPTIONS ? (
                <Button type="button" variant="ghost" onClick={() => removeOption(option.key)} aria-label={`删除选项 ${option.key}`}>
                  ✕
                </Button>
              ) : null}
            </div>
          ))}
          {values.options.length < MAX_OPTIONS ? (
            <Button type="button" variant="secondary" onClick={() => set("options", [...values.options, { key: OPTION_KEYS[values.options.length]!, text: "" }])}>
              添加选项
            </Button>
          ) : null}
          <FieldError announce={false} id="options" error={errors.options ?? errors.correct} />
        </fieldset>
      ) : null}

      {values.type === "TRUE_FALSE" ? (
        <fieldset className="space-y-2">
          <legend className={LABEL_CLASSES}>答案</legend>
          <div className="flex gap-4">
            {(
              [
                ["true", "正确"],
                ["false", "错误"],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="flex min-h-11 items-center gap-2">
                <input type="radio" name="verdict" value={value} checked={values.verdict === value} onChange={() => set("verdict", value)} className="size-5" />
                {label}
              </label>
            ))}
          </div>
          <FieldError announce={false} id="verdict" error={errors.verdict} />
        </fieldset>
      ) : null}

      {values.type === "FILL_BLANK" ? (
        <div className="space-y-3">
          {Array.from({ length: blankCount }, (_, position) => (
            <Field announce={false} key={position} id={`question-blank-${position}`} label={`第 ${position + 1} 空的答案`} hint="每行一个可接受的答案，第一行是展示给学员的标准答案。">
              <textarea
                id={`question-blank-${position}`}
                name="blank"
                rows={2}
                value={values.blanks[position] ?? ""}
                onChange={(event) => set("blanks", Array.from({ length: Math.max(blankCount, values.blanks.length) }, (_, at) => (at === position ? event.target.value : (values.blanks[at] ?? ""))))}
                className={INPUT_CLASSES}
              />
            </Field>
          ))}
          <FieldError announce={false} id="blanks" error={errors.blanks} />
        </div>
      ) : null}

      {values.type === "SHORT_ANSWER" ? (
        <>
          <Field announce={false} id="question-model-answer" label="参考答案" error={errors.modelAnswer}>
            <textarea id="question-model-answer" {...limitedAria("question-model-answer", errors.modelAnswer)} maxLength={TEXT_MAX} name="modelAnswer" rows={4} value={values.modelAnswer} onChange={(event) => set("modelAnswer", event.target.value)} className={INPUT_CLASSES} />
        <LengthLimit id="question-model-answer-limit" max={TEXT_MAX} length={values.modelAnswer.length} />
          </Field>
          <Field announce={false} id="question-key-points" label="要点（可不填）" error={errors.keyPoints} hint="每行一个要点。">
            <textarea id="question-key-points" {...controlAria("question-key-points", errors.keyPoints)} name="keyPoints" rows={3} value={values.keyPoints} onChange={(event) => set("keyPoints", event.target.value)} className={INPUT_CLASSES} />
          </Field>
        </>
      ) : null}

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

