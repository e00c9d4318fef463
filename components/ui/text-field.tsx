import type { InputHTMLAttributes } from "react";
import { controlAria, Field, INPUT_CLASSES, INVALID_INPUT_CLASSES } from "./field";

/** A labelled input with its error announced to screen readers. */
export function TextField({
  label,
  name,
  error,
  hint,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; error?: string; hint?: string }) {
  const id = `field-${name}`;
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input
        id={id}
        name={name}
        {...controlAria(id, error, hint)}
        className={error ? INVALID_INPUT_CLASSES : INPUT_CLASSES}
        {...props}
      />
    </Field>
  );
}
