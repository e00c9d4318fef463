export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  const percent = max > 0 ? Math.round((Math.min(value, max) / max) * 100) : 0;
  return (
    <span
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.min(value, max)}
      className="block h-2 w-full overflow-hidden rounded-full bg-stone-200"
    >
      <span className="block h-full rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
    </span>
  );
}

/** A titled bar: the title on the left, the figure on the right, the bar below (named `label` for screen readers). */
export function LabelledProgress({ title, figure, value, max, label }: { title: string; figure: string; value: number; max: number; label: string }) {
  return (
    <>
      <div className="flex justify-between gap-2 text-sm">
        <span className="font-medium text-stone-900">{title}</span>
        <span className="shrink-0 text-stone-700">{figure}</span>
      </div>
      <ProgressBar value={value} max={max} label={label} />
    </>
  );
}
