export function Card({ title, children, className = "" }: { title?: string; children: React.ReactNode; className?: string }) {
  return (
    <section className={`rounded-xl border border-stone-200 bg-white p-4 shadow-sm ${className}`}>
      {title ? <h2 className="mb-2 text-lg font-semibold text-stone-900">{title}</h2> : null}
      {children}
    </section>
  );
}
