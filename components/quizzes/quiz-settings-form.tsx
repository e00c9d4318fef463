"use client";

import { TextAreaField } from "@/components/ui/text-area-field";
import { QUIZ_DESCRIPTION_MAX_LENGTH, QUIZ_TITLE_MAX_LENGTH } from "@/lib/validation/quiz";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { INITIAL_ACTION_STATE, type ActionState } from "@/components/admin/action-state";
import { FormFeedback } from "@/components/admin/form-feedback";
import { SelectField } from "@/components/ui/select-field";
import { LABEL_CLASSES } from "@/components/ui/field";
import { QUESTION_TYPE_LABELS, QUESTION_TYPES } from "@/components/bank/labels";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { AttemptScoring, LatePolicy, QuestionType, QuizComposition, ResultPolicy } from "@/lib/generated/prisma/enums";
import { COMPOSITION_LABELS, LATE_POLICY_LABELS, RESULT_POLICY_LABELS, SCORING_LABELS } from "./labels";

export interface QuizSettingsValues {
  title: string;
  description: string;
  courseId: string | null;
  composition: QuizComposition;
  drawPerLearner: boolean;
  timeLimitSeconds: number | null;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  attemptsAllowed: number;
  scoring: AttemptScoring;
  resultPolicy: ResultPolicy;
  latePolicy: LatePolicy;
  pointsByType: Record<QuestionType, number>;
}

const options = <T extends string>(labels: Record<T, string>) => (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));

/** A quiz's title, course, composition and settings: one form for creating and editing. */
export function QuizSettingsForm({
  quizId,
  values,
  courses,
  submitLabel,
  action,
}: {
  quizId?: string;
  values: QuizSettingsValues;
  courses: Array<{ id: string; title: string }>;
  submitLabel: string;
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending, keepValues] = useKeptFormAction(action, INITIAL_ACTION_STATE);
  const errors = state.errors ?? {};
  return (
    <form action={formAction} onSubmit={keepValues} noValidate className="space-y-4">
      {quizId ? <input type="hidden" name="quizId" value={quizId} /> : null}
      <TextField label="测验名称" name="title" maxLength={QUIZ_TITLE_MAX_LENGTH} defaultValue={values.title} autoComplete="off" error={errors.title} required />
      <TextAreaField label="说明（选填）" name="description" rows={2} maxLength={QUIZ_DESCRIPTION_MAX_LENGTH} defaultValue={values.description} error={errors.description} />
      <SelectField label="课程" name="courseId" defaultValue={values.courseId ?? ""} error={errors.courseId} options={[{ value: "", label: "不限课程" }, ...courses.map((course) => ({ value: course.id, label: course.title }))]} />
      <fieldset className="space-y-2">
        <legend className={LABEL_CLASSES}>组卷方式</legend>
        <div className="flex flex-wrap gap-4">
          {options(COMPOSITION_LABELS).map((option) => (
            <label key={option.value} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="composition" value={option.value} defaultChecked={values.composition === option.value} className="size-5" />
              {option.label}
            </label>
          ))}
        </div>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="drawPerLearner" defaultChecked={values.drawPerLearner} className="size-5" />
          按规则抽题时，每位学员单独抽题（否则全体学员同一套题）
        </label>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="时间限制（分钟，留空不限时）" name="timeLimitMinutes" type="number" inputMode="numeric" min={1} max={600} defaultValue={values.timeLimitSeconds === null ? "" : String(values.timeLimitSeconds / 60)} error={errors.timeLimitMinutes} />
        <TextField label="允许作答次数" name="attemptsAllowed" type="number" inputMode="numeric" min={1} max={20} defaultValue={String(values.attemptsAllowed)} error={errors.attemptsAllowed} />
        <SelectField label="多次作答时计分" name="scoring" defaultValue={values.scoring} options={options(SCORING_LABELS)} error={errors.scoring} />
        <SelectField label="成绩与答案" name="resultPolicy" defaultValue={values.resultPolicy} options={options(RESULT_POLICY_LABELS)} error={errors.resultPolicy} />
        <SelectField label="逾期处理" name="latePolicy" defaultValue={values.latePolicy} options={options(LATE_POLICY_LABELS)} error={errors.latePolicy} />
      </div>
      <div className="flex flex-wrap gap-4">
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="shuffleQuestions" defaultChecked={values.shuffleQuestions} className="size-5" />
          打乱题目顺序
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="shuffleOptions" defaultChecked={values.shuffleOptions} className="size-5" />
          打乱选项顺序
        </label>
      </div>
      <fieldset className="space-y-2">
        <legend className={LABEL_CLASSES}>各题型每题分值</legend>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {QUESTION_TYPES.map((type) => (
            <TextField key={type} label={QUESTION_TYPE_LABELS[type]} name={`points_${type}`} type="number" inputMode="decimal" min={0.5} step={0.5} defaultValue={String(values.pointsByType[type])} />
          ))}
        </div>
        {errors.pointsByType ? (
          <p className="text-sm text-brand-700" role="alert">
            {errors.pointsByType}
          </p>
        ) : null}
      </fieldset>
      <FormFeedback state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? "正在保存…" : submitLabel}
      </Button>
    </form>
  );
}
