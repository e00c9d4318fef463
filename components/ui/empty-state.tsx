import Link from "next/link";

/** What to do next when a list has nothing in it yet: never a blank page. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: React.ReactNode;
  action?: { href: string; label: string };
}) {
  return (
    <div className="rounded-xl border border-dashed border-stone-300 bg-white px-4 py-8 text-center">
      <p className="font-medium text-stone-800">{title}</p>
      {children ? <div className="mt-2 text-sm leading-relaxed text-stone-600">{children}</div> : null}
      {action ? (
        <Link href={action.href} className="mt-4 inline-block font-medium text-brand-700 underline underline-offset-4">
          {action.label}
        </Link>
      ) : null}
    </div>
  );
}
