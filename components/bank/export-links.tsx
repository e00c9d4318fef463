import { EXPORT_FORMAT_INFO, EXPORT_FORMATS } from "@/lib/questions/interchange/export-formats";
import type { BankFilter } from "@/lib/validation/question";
import { filterParams } from "./bank-href";

/** Download links for the questions under the current filter, one per export format. */
export function ExportLinks({ filter, total }: { filter: BankFilter; total: number }) {
  const href = (format: string) => {
    const params = new URLSearchParams({ format });
    for (const [key, value] of Object.entries(filterParams(filter))) if (value) params.set(key, value);
    return `/bank/export?${params}`;
  };
  return (
    <details className="rounded-lg border border-stone-200 bg-white p-3" data-testid="export-links">
      <summary className="cursor-pointer text-sm font-medium text-stone-800">导出当前筛选的 {total} 道题目</summary>
      <ul className="mt-2 flex flex-wrap gap-2">
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <a href={href(format)} download className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-3 text-sm text-stone-800 hover:bg-stone-100">
              导出 {EXPORT_FORMAT_INFO[format].label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
