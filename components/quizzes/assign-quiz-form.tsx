"use client";

import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { INITIAL_ACTION_STATE, type ActionState } from "@/components/admin/action-state";
import { FormFeedback } from "@/components/admin/form-feedback";
import { LABEL_CLASSES } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { ASSIGNMENT_TITLE_MAX_LENGTH } from "@/lib/validation/quiz";

/** Assign a quiz: a title, the window in Beijing time, and the classes. */
export function AssignQuizForm({
  quizId,
  defaultTitle,
  defaultOpensAt,
  defaultClosesAt,
  classes,
  action,
}: {
  quizId: string;
  defaultTitle: string;
  defaultOpensAt: string;
  defaultClosesAt: string;
  classes: Array<{ id: string; name: string; learners: number }>;
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending, keepValues] = useKeptFormAction(action, INITIAL_ACTION_STATE);
  const errors = state.errors ?? {};
  return (
    <form action={formAction} onSubmit={keepValues} noValidate className="space-y-4">
      <input type="hidden" name="quizId" value={quizId} />
      <TextField label="布置名称" name="title" maxLength={ASSIGNMENT_TITLE_MAX_LENGTH} defaultValue={defaultTitle} autoComplete="off" error={errors.title} required />
      <WindowFields defaultOpensAt={defaultOpensAt} defaultClosesAt={defaultClosesAt} errors={errors} />
      <fieldset className="space-y-2" aria-describedby={errors.classIds ? "classIds-error" : undefined}>
        <legend className={LABEL_CLASSES}>布置给班级</legend>
        {classes.length === 0 ? <p className="text-sm text-stone-600">您还没有可以管理的班级。</p> : null}
        {classes.map((item) => (
          <label key={item.id} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name="classIds" value={item.id} className="size-5" />
            {item.name}
            <span className="text-sm text-stone-600">（{item.learners} 名学员）</span>
          </label>
        ))}
        {errors.classIds ? (
          <p id="classIds-error" className="text-sm text-brand-700">
            {errors.classIds}
          </p>
        ) : null}
      </fieldset>
      <FormFeedback state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? "正在布置…" : "布置测验"}
      </Button>
    </form>
  );
}

/** Open and close times as Beijing-time `datetime-local` inputs. */
export function WindowFields({ defaultOpensAt, defaultClosesAt, errors }: { defaultOpensAt: string; defaultClosesAt: string; errors: Record<string, string | undefined> }) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField label="开始时间（北京时间）" name="opensAt" type="datetime-local" defaultValue={defaultOpensAt} error={errors.opensAt} required />
      <TextField label="截止时间（北京时间）" name="closesAt" type="datetime-local" defaultValue={defaultClosesAt} error={errors.closesAt} required />
    </div>
  );
}
