"use client";

import { useState, type TextareaHTMLAttributes } from "react";
import { Field, INPUT_CLASSES, INVALID_INPUT_CLASSES } from "./field";
import { LengthLimit } from "./length-limit";

/**
 * A labelled text area with its limit (the schema's constant) stated below it and counted live
 * as the user types; the browser stops typing at the limit, and the server refuses longer text
 * with a message naming the same number.
 */
export function TextAreaField({
  label,
  name,
  maxLength,
  error,
  defaultValue,
  ...props
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "defaultValue"> & { label: string; name: string; maxLength: number; error?: string; defaultValue?: string }) {
  const id = `field-${name}`;
  const [length, setLength] = useState(defaultValue?.length ?? 0);
  return (
    <Field id={id} label={label} error={error}>
      <textarea
        id={id}
        name={name}
        maxLength={maxLength}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error ? `${id}-error` : null, `${id}-limit`].filter(Boolean).join(" ")}
        className={error ? INVALID_INPUT_CLASSES : INPUT_CLASSES}
        onInput={(event) => setLength(event.currentTarget.value.length)}
        {...props}
      />
      <LengthLimit id={`${id}-limit`} max={maxLength} length={length} />
    </Field>
  );
}
