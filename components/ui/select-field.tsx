import type { SelectHTMLAttributes } from "react";
import { controlAria, Field, INPUT_CLASSES, INVALID_INPUT_CLASSES } from "./field";
import { Select } from "./select";

/** A labelled select with its error announced to screen readers. */
export function SelectField({
  label,
  name,
  options,
  error,
  id = `field-${name}`,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  error?: string;
}) {
  return (
    <Field id={id} label={label} error={error}>
      <Select id={id} name={name} {...controlAria(id, error)} className={error ? INVALID_INPUT_CLASSES : INPUT_CLASSES} {...props}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
