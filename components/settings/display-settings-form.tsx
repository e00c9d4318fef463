"use client";

import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { INITIAL_ACTION_STATE, type ActionState } from "@/components/admin/action-state";
import { FormFeedback } from "@/components/admin/form-feedback";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { COLOR_SCHEMES, COLOR_SCHEME_LABELS, type DisplayPreferences } from "@/lib/validation/display-preferences";

const CHOICE_CLASSES = "flex min-h-12 items-center gap-3 rounded-lg border border-stone-300 bg-white px-3 py-2 text-base text-stone-800 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50";

/** 显示设置: colour scheme (跟随系统 / 浅色 / 深色) and 大字模式, applied on the next render of every page. */
export function DisplaySettingsForm({ preferences, action }: { preferences: DisplayPreferences; action: (previous: ActionState, formData: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending, keepValues] = useKeptFormAction(action, INITIAL_ACTION_STATE);
  return (
    <form action={formAction} onSubmit={keepValues} className="space-y-4" data-testid="display-settings-form">
      <fieldset className="space-y-2" aria-describedby={state.errors?.colorScheme ? "color-scheme-error" : undefined}>
        <legend className="mb-1 text-sm font-medium text-stone-800">显示主题</legend>
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-3">
          {COLOR_SCHEMES.map((scheme) => (
            <label key={scheme} className={CHOICE_CLASSES}>
              <input type="radio" name="colorScheme" value={scheme} defaultChecked={preferences.colorScheme === scheme} className="size-5 shrink-0 accent-brand-600" />
              {COLOR_SCHEME_LABELS[scheme]}
            </label>
          ))}
        </div>
        <FieldError id="color-scheme" error={state.errors?.colorScheme} announce={false} />
      </fieldset>
      <div className="space-y-1">
        <label className={CHOICE_CLASSES}>
          <input name="largeText" type="checkbox" defaultChecked={preferences.largeText} aria-describedby="large-text-hint" className="size-5 shrink-0 accent-brand-600" />
          大字模式
        </label>
        <p id="large-text-hint" className="text-sm text-stone-600">
          文字更大、行距更宽，按钮和选项更容易点按。
        </p>
        <FieldError id="large-text" error={state.errors?.largeText} announce={false} />
      </div>
      <FormFeedback state={state} />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "正在保存…" : "保存显示设置"}
      </Button>
    </form>
  );
}
