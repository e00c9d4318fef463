"use client";

import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { INITIAL_ACTION_STATE, type ActionState } from "@/components/admin/action-state";
import { FormFeedback } from "@/components/admin/form-feedback";
import { Button } from "@/components/ui/button";

/** 单位设置: today one switch, 学习积分 (points and streaks) shown to learners or not. */
export function OrganisationSettingsForm({ pointsEnabled, action }: { pointsEnabled: boolean; action: (previous: ActionState, formData: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending, keepValues] = useKeptFormAction(action, INITIAL_ACTION_STATE);
  return (
    <form action={formAction} onSubmit={keepValues} className="space-y-4" data-testid="organisation-settings-form">
      <div className="flex items-start gap-3">
        <input
          id="points-enabled"
          name="pointsEnabled"
          type="checkbox"
          defaultChecked={pointsEnabled}
          aria-describedby="points-enabled-hint"
          className="mt-1 size-5 shrink-0 accent-brand-600"
        />
        <div>
          <label htmlFor="points-enabled" className="font-medium text-stone-900">
            启用学习积分
          </label>
          <p id="points-enabled-hint" className="text-sm text-stone-600">
            学员在首页和“我的”中看到学习积分、连续学习天数和积分明细。关闭后这些内容对学员隐藏，积分记录照常保留，重新启用后累计积分完整。
          </p>
        </div>
      </div>
      <FormFeedback state={state} />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "正在保存…" : "保存设置"}
      </Button>
    </form>
  );
}
