import type { ReactNode } from "react";

/** The look of every form control, so inputs, selects and text areas match. */
export const INPUT_CLASSES =
  "block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100";
/** The same control marked invalid. */
export const INVALID_INPUT_CLASSES = INPUT_CLASSES.replace("border-stone-300", "border-brand-600");

export const LABEL_CLASSES = "block text-sm font-medium text-stone-800";

/** A control's accessibility attributes: invalid when it has an error, described by its error and hint. */
export function controlAria(id: string, error?: string, hint?: string): { "aria-invalid"?: true; "aria-describedby"?: string } {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ");
  return { ...(error ? { "aria-invalid": true as const } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) };
}

/** A text area's accessibility attributes when its limit is stated below it (LengthLimit). */
export function limitedAria(id: string, error?: string) {
  return { ...controlAria(id, error), "aria-describedby": [error ? `${id}-error` : null, `${id}-limit`].filter(Boolean).join(" ") };
}

/** A control's label above it, and its hint and error (announced to screen readers) below. */
export function Field({ id, label, error, hint, announce, children }: { id: string; label: string; error?: string; hint?: string; announce?: boolean; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={LABEL_CLASSES}>
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-500">
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} announce={announce} />
    </div>
  );
}

/**
 * The error under a control or a group of controls (a fieldset), announced to screen readers
 * unless `announce` is false (a form that announces all its errors in one summary alert).
 */
export function FieldError({ id, error, announce = true }: { id: string; error?: string; announce?: boolean }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="text-sm text-brand-700" role={announce ? "alert" : undefined}>
      {error}
    </p>
  );
}
