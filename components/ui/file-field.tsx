import { controlAria, Field } from "./field";

/** A labelled file picker with a hint under it (what files are accepted, how large). */
export function FileField({ label, name, accept, hint, id = `field-${name}` }: { label: string; name: string; accept: string; hint: string; id?: string }) {
  return (
    <Field id={id} label={label} hint={hint}>
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        {...controlAria(id, undefined, hint)}
        className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-brand-50 file:px-4 file:text-brand-700"
      />
    </Field>
  );
}
