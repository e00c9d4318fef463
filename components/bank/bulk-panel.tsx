import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { BulkTransition } from "@/lib/server/bank-admin/count-bulk-targets";
import type { BankFilter } from "@/lib/validation/question";
import type { BankActionState } from "./action-state";
import { bankHref } from "./bank-href";
import { BulkConfirmForm } from "./bulk-confirm-form";

const WORDS: Record<BulkTransition, { verb: string; which: string }> = {
  approve: { verb: "审核通过", which: "待审核" },
  retire: { verb: "停用", which: "未停用" },
};

type BulkAction = (state: BankActionState, formData: FormData) => Promise<BankActionState>;

/** Bulk review over the current filter: first a link, then a confirmation naming how many questions it changes. */
export function BulkPanel({
  filter,
  confirming,
  count,
  action,
}: {
  filter: BankFilter;
  confirming: BulkTransition | null;
  count: number;
  action: BulkAction;
}) {
  if (!confirming) {
    return (
      <div className="flex flex-wrap gap-2">
        {(Object.keys(WORDS) as BulkTransition[]).map((transition) => (
          <Link key={transition} href={bankHref(filter, { confirm: transition })} className={buttonClasses("secondary")}>
            批量{WORDS[transition].verb}…
          </Link>
        ))}
      </div>
    );
  }
  const words = WORDS[confirming];
  return (
    <section aria-labelledby="bulk-title" className="space-y-3 rounded-xl border border-brand-600 bg-brand-50 p-4">
      <h2 id="bulk-title" className="font-semibold text-stone-900">
        批量{words.verb}
      </h2>
      {count === 0 ? (
        <p>当前筛选条件下没有{words.which}的题目。</p>
      ) : (
        <p data-testid="bulk-count">
          将{words.verb}当前筛选条件下{words.which}的 <strong>{count}</strong> 道题目。此操作会记入操作日志。
        </p>
      )}
      <BulkConfirmForm action={action} filter={filter} transition={confirming} count={count} verb={words.verb} cancelHref={bankHref(filter)} />
    </section>
  );
}
