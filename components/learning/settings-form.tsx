"use client";

import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { INITIAL_ACTION_STATE, type ActionState } from "@/components/admin/action-state";
import { FormFeedback } from "@/components/admin/form-feedback";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { LEARNER_SETTINGS_DEFAULTS, MISTAKE_CLEAR_STREAK_MAX, MISTAKE_CLEAR_STREAK_MIN, type LearnerSettingsInput } from "@/lib/validation/learner-settings";

/** 学习设置: retention and daily limits. Invalid input comes back with Chinese messages per field. */
export function SettingsForm({ settings, action }: { settings: LearnerSettingsInput; action: (previous: ActionState, formData: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending, keepValues] = useKeptFormAction(action, INITIAL_ACTION_STATE);
  return (
    <form action={formAction} onSubmit={keepValues} noValidate className="space-y-4" data-testid="settings-form">
      <TextField
        label="目标记忆保持率"
        name="desiredRetention"
        type="number"
        inputMode="decimal"
        step="0.01"
        min="0.8"
        max="0.97"
        defaultValue={settings.desiredRetention}
        hint="0.80–0.97，默认 0.90。越高复习越频繁、记得越牢。"
        error={state.errors?.desiredRetention}
      />
      <TextField label="每日新题数" name="newCardsPerDay" type="number" inputMode="numeric" min="0" max="200" defaultValue={settings.newCardsPerDay} hint="复习和每日一练每天最多引入的新题（0–200）" error={state.errors?.newCardsPerDay} />
      <TextField label="每日复习上限" name="reviewsPerDay" type="number" inputMode="numeric" min="0" max="2000" defaultValue={settings.reviewsPerDay} hint="每天最多复习的到期题目（0–2000）" error={state.errors?.reviewsPerDay} />
      <TextField label="每日一练题数" name="dailyQuizSize" type="number" inputMode="numeric" min="5" max="50" defaultValue={settings.dailyQuizSize} hint="5–50，默认 10，次日生效" error={state.errors?.dailyQuizSize} />
      <TextField
        label="错题移出所需连对次数"
        name="mistakeClearStreak"
        type="number"
        inputMode="numeric"
        min={MISTAKE_CLEAR_STREAK_MIN}
        max={MISTAKE_CLEAR_STREAK_MAX}
        defaultValue={settings.mistakeClearStreak}
        hint={`${MISTAKE_CLEAR_STREAK_MIN}–${MISTAKE_CLEAR_STREAK_MAX}，默认 ${LEARNER_SETTINGS_DEFAULTS.mistakeClearStreak}：错题连续答对这么多次后移出错题本`}
        error={state.errors?.mistakeClearStreak}
      />
      <FormFeedback state={state} />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "正在保存…" : "保存设置"}
      </Button>
    </form>
  );
}

/** Runs the FSRS optimiser for the learner and says what came of it. */
export function OptimiseForm({ action, enabled }: { action: (previous: ActionState) => Promise<ActionState>; enabled: boolean }) {
  const [state, formAction, pending, keepValues] = useKeptFormAction(action, INITIAL_ACTION_STATE);
  return (
    <form action={formAction} onSubmit={keepValues} className="space-y-3" data-testid="optimise-form">
      <FormFeedback state={state} />
      <Button type="submit" variant="secondary" disabled={pending || !enabled} className="w-full sm:w-auto">
        {pending ? "正在优化…" : "优化记忆参数"}
      </Button>
    </form>
  );
}
