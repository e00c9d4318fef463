/** A one-time password, shown once: it is not stored anywhere it could be shown again. */
export function OneTimeSecret({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2" role="status">
      <p className="text-sm text-amber-900">{label}（只显示这一次，请立即抄下或转交本人；首次登录后须修改）</p>
      <p className="mt-1 font-mono text-lg tracking-wide text-stone-900 select-all" data-testid="one-time-password">
        {value}
      </p>
    </div>
  );
}
