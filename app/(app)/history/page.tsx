import Link from "next/link";
import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format/date-time";
import { formatScore } from "@/lib/format/score";
import { percentOf } from "@/lib/stats/score-policy";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { ATTEMPT_MODE_LABELS, type AttemptModeName } from "@/lib/server/history/attempt-modes";
import { listAttemptHistory } from "@/lib/server/history/list-attempt-history";

export const metadata: Metadata = { title: "答题记录" };

const PAGE_SIZE = 30;

export default async function HistoryPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requireActor();
  const page = Math.max(1, Math.min(1000, Number.parseInt((await searchParams).page ?? "1", 10) || 1));
  const rows = await listAttemptHistory(await getDb(), actor, { take: PAGE_SIZE + 1, skip: (page - 1) * PAGE_SIZE });
  const hasMore = rows.length > PAGE_SIZE;
  return (
    <div className="space-y-4">
      <PageHeader title="答题记录" description="每次练习、每日一练、复习和测验，点进去可以逐题回顾。" />
      {rows.length === 0 ? (
        <EmptyState title="还没有答题记录" action={{ href: "/practice", label: "去练习" }} />
      ) : (
        <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white" data-testid="history-list">
          {rows.slice(0, PAGE_SIZE).map((row) => {
            const label = `${ATTEMPT_MODE_LABELS[row.mode]}${row.title ? `：${row.title}` : ""}`;
            return (
              <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <div className="min-w-0">
                  {row.reviewable ? (
                    <Link href={`/history/${row.id}`} className="font-medium text-brand-700 underline underline-offset-4">
                      {label}
                    </Link>
                  ) : (
                    <span className="font-medium text-stone-900">{label}</span>
                  )}
                  <p className="text-sm text-stone-600">
                    {formatDateTime(row.submittedAt ?? row.startedAt)} · {row.answered}/{row.questionCount} 题
                    {row.status === "IN_PROGRESS" ? " · 进行中" : ""}
                  </p>
                </div>
                <span className="text-right text-stone-800">
                  {row.status === "IN_PROGRESS" ? (
                    row.mode === "QUIZ" ? null : (
                      <Link href={`/practice/${row.id}`} className="text-sm text-brand-700 underline underline-offset-4">
                        继续
                      </Link>
                    )
                  ) : row.mode === "MEMORIZE" ? (
                    <span className="text-sm text-stone-600">已看完</span>
                  ) : row.score !== null && row.maxScore !== null ? (
                    <strong>{historyScore(row.mode, row.score, row.maxScore)}</strong>
                  ) : (
                    <span className="text-sm text-stone-500">成绩未公布</span>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <nav className="flex justify-between" aria-label="翻页">
        {page > 1 ? (
          <Link href={`/history?page=${page - 1}`} className="text-brand-700 underline underline-offset-4">
            上一页
          </Link>
        ) : (
          <span />
        )}
        {hasMore ? (
          <Link href={`/history?page=${page + 1}`} className="text-brand-700 underline underline-offset-4">
            下一页
          </Link>
        ) : null}
      </nav>
    </div>
  );
}

/** Practice scores one point per question right, so its score is a count of questions; a quiz's is points. */
function historyScore(mode: AttemptModeName, score: number, maxScore: number): string {
  return formatScore({ right: mode === "QUIZ" ? null : score, total: maxScore, percent: percentOf(score, maxScore) });
}
