"use client";

import Link from "next/link";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { Button, buttonClasses } from "@/components/ui/button";
import type { BankFilter } from "@/lib/validation/question";
import { NO_ERRORS, type BankActionState } from "./action-state";
import { filterParams } from "./bank-href";

export function BulkConfirmForm({
  action,
  filter,
  transition,
  count,
  verb,
  cancelHref,
}: {
  action: (state: BankActionState, formData: FormData) => Promise<BankActionState>;
  filter: BankFilter;
  transition: string;
  count: number;
  verb: string;
  cancelHref: string;
}) {
  const [state, formAction, pending, keepValues] = useKeptFormAction(action, NO_ERRORS);
  return (
    <form action={formAction} onSubmit={keepValues} className="space-y-3">
      {Object.entries(filterParams(filter)).map(([name, value]) => (value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />))}
      <input type="hidden" name="action" value={transition} />
      <input type="hidden" name="expected" value={count} />
      {state.error ? (
        <p className="rounded-lg bg-white px-3 py-2 text-sm text-brand-700" role="alert">
          {state.error}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {count > 0 ? (
          <Button type="submit" disabled={pending}>
            {pending ? "正在处理…" : `确认${verb} ${count} 道`}
          </Button>
        ) : null}
        <Link href={cancelHref} className={buttonClasses("secondary")}>
          取消
        </Link>
      </div>
    </form>
  );
}
