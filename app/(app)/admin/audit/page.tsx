import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/components/ui/format";
import { requireRole } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { listAuditEntries } from "@/lib/server/audit/list-audit-entries";

export const metadata: Metadata = { title: "审计" };

export default async function AuditPage() {
  await requireRole("ADMIN");
  const entries = await listAuditEntries(await getDb());
  return (
    <div className="space-y-4">
      <PageHeader title="审计日志" description="谁在何时做了什么（最近 100 条）。" />
      {entries.length === 0 ? (
        <EmptyState title="暂无记录">账号、题库与测验的变更会记录在这里。</EmptyState>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white text-sm">
          {entries.map((entry) => (
            <li key={entry.id} className="flex flex-wrap justify-between gap-2 px-4 py-2">
              <span>
                <span className="font-medium">{entry.actor?.name ?? "系统"}</span> · <code>{entry.action}</code> ·{" "}
                {entry.entityType}
              </span>
              <time className="text-stone-600" dateTime={entry.createdAt.toISOString()}>
                {formatDateTime(entry.createdAt)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
