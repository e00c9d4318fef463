import type { SelectHTMLAttributes } from "react";

/**
 * A <select> that always shows its latest saved value. React applies a select's defaultValue only
 * when it mounts (unlike inputs, whose default follows the prop), and resets a form to those
 * defaults after every server action; a form saved twice on one page would then send back the
 * choice the page first showed. Keying the element on defaultValue remounts it when the saved
 * value changes, so the reset lands on the value just saved.
 */
export function Select(props: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select key={JSON.stringify(props.defaultValue ?? null)} {...props} />;
}
