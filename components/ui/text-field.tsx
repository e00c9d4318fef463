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
  // A text limit is stated beside the field (the number is the schema's, passed as maxLength).
  const limit = props.maxLength && props.type !== "password" ? `最多 ${props.maxLength} 字` : undefined;
  const shownHint = [hint, limit].filter(Boolean).join("；") || undefined;
  return (
    <Field id={id} label={label} error={error} hint={shownHint}>
      <input
        id={id}
        name={name}
        {...controlAria(id, error, shownHint)}
        className={error ? INVALID_INPUT_CLASSES : INPUT_CLASSES}
        {...props}
      />
    </Field>
  );
}
