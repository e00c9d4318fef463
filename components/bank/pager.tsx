import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { BankFilter } from "@/lib/validation/question";
import { bankHref } from "./bank-href";

export function Pager({ filter, previousCursor, nextCursor }: { filter: BankFilter; previousCursor: string | null; nextCursor: string | null }) {
  if (!previousCursor && !nextCursor) return null;
  return (
    <nav aria-label="翻页" className="flex justify-between gap-2">
      {previousCursor ? (
        <Link href={bankHref(filter, { before: previousCursor })} className={buttonClasses("secondary")} rel="prev">
          ← 上一页
        </Link>
      ) : (
        <span />
      )}
      {nextCursor ? (
        <Link href={bankHref(filter, { after: nextCursor })} className={buttonClasses("secondary")} rel="next">
          下一页 →
        </Link>
      ) : null}
    </nav>
  );
}
