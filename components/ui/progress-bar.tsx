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
