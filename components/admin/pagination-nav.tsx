import Link from "next/link";

/** Previous/next links that keep the current filters in the query string. */
export function PaginationNav({
  page,
  pageCount,
  basePath,
  params,
}: {
  page: number;
  pageCount: number;
  basePath: string;
  params: Record<string, string | undefined>;
}) {
  if (pageCount <= 1) return null;
  const hrefFor = (target: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    query.set("page", String(target));
    return `${basePath}?${query.toString()}`;
  };
  const linkClasses = "inline-flex min-h-11 items-center rounded-lg px-3 text-brand-700 underline underline-offset-4";
  return (
    <nav aria-label="分页" className="flex items-center justify-between gap-2 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={linkClasses} rel="prev">
          上一页
        </Link>
      ) : (
        <span />
      )}
      <span className="text-stone-600">
        第 {page} / {pageCount} 页
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={linkClasses} rel="next">
          下一页
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
