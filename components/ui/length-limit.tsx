/**
 * A text field's limit beside it, with a live count once the user has typed: "最多 2000 字" or
 * "已写 120 字，最多 2000 字". The limit is the schema's constant, so the page and the server's
 * message always name the same number.
 */
export function LengthLimit({ id, max, length }: { id: string; max: number; length?: number }) {
  const over = length !== undefined && length > max;
  return (
    <p id={id} className={`text-sm ${over ? "text-brand-700" : "text-stone-500"}`} data-testid="length-limit">
      {length ? `已写 ${length} 字，` : ""}最多 {max} 字
    </p>
  );
}
