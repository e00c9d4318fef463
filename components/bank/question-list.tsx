import Link from "next/link";
import type { BankQuestionRow } from "@/lib/server/bank-admin/search-bank-questions";
import { QUESTION_TYPE_LABELS, RewrittenBadge, StatusBadge } from "./labels";

const STEM_PREVIEW = 60;

/** One page of questions: each row opens the question's page. */
export function QuestionList({ rows }: { rows: BankQuestionRow[] }) {
  return (
    <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white" aria-label="题目列表" data-testid="bank-list">
      {rows.map((row) => (
        <li key={row.id}>
          <Link href={`/bank/${row.id}`} className="block px-4 py-3 hover:bg-stone-50 focus-visible:bg-stone-50">
            <span className="block leading-relaxed text-stone-900">{truncate(row.stem)}</span>
            <span className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600">
              <span>{QUESTION_TYPE_LABELS[row.type as keyof typeof QUESTION_TYPE_LABELS]}</span>
              <StatusBadge status={row.status} />
              <span>难度 {row.difficulty.toFixed(2)}</span>
              {row.moduleTitle ? <span className="truncate">{row.moduleTitle}</span> : null}
              {row.flagged ? <span className="text-brand-700">已标记</span> : null}
              {row.editedAt ? <span>已编辑</span> : null}
              {row.rewrittenBy ? <RewrittenBadge model={row.rewrittenBy} /> : null}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function truncate(stem: string): string {
  const characters = Array.from(stem);
  return characters.length > STEM_PREVIEW ? `${characters.slice(0, STEM_PREVIEW).join("")}…` : stem;
}
