import Link from "next/link";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import type { BankFilter } from "@/lib/validation/question";
import { bankHref } from "./bank-href";
import { STATUS_LABELS } from "./labels";

const ORDER: QuestionStatus[] = ["DRAFT", "ACTIVE", "RETIRED"];

/** Counts per status under the other filters; each narrows the list to that status. */
export function StatusCounts({ filter, counts }: { filter: BankFilter; counts: Record<QuestionStatus, number> }) {
  return (
    <nav aria-label="按状态查看" className="flex flex-wrap gap-2" data-testid="status-counts">
      <CountLink href={bankHref({ ...filter, status: undefined })} current={!filter.status} label="全部" count={counts.DRAFT + counts.ACTIVE + counts.RETIRED} />
      {ORDER.map((status) => (
        <CountLink key={status} href={bankHref({ ...filter, status })} current={filter.status === status} label={STATUS_LABELS[status]} count={counts[status]} />
      ))}
    </nav>
  );
}

function CountLink({ href, current, label, count }: { href: string; current: boolean; label: string; count: number }) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`inline-flex min-h-11 items-center rounded-full border px-4 text-sm ${current ? "border-brand-600 bg-brand-50 text-brand-800" : "border-stone-300 bg-white text-stone-700 hover:bg-stone-50"}`}
    >
      {label} {count}
    </Link>
  );
}
