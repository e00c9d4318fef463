import type { Metadata } from "next";
import { AuditEntryItem } from "@/components/admin/audit-entry-item";
import { AuditFilterForm } from "@/components/admin/audit-filter-form";
import { PaginationNav } from "@/components/admin/pagination-nav";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { listAuditActions } from "@/lib/server/audit/list-audit-actions";
import { searchAuditLog } from "@/lib/server/audit/search-audit-log";
import { auditFilterSchema } from "@/lib/validation/user-admin";

export const metadata: Metadata = { title: "审计" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("ADMIN");
  const filter = auditFilterSchema.parse(await searchParams);
  const db = await getDb();
  const [result, actions] = await Promise.all([searchAuditLog(db, actor, filter), listAuditActions(db, actor)]);
  return (
    <div className="space-y-4">
      <PageHeader title="审计日志" description={`谁在何时做了什么，最新的在前（共 ${result.total} 条）。日期按北京时间。`} />
      <AuditFilterForm filter={filter} actions={actions} />
      {result.entries.length === 0 ? (
        <EmptyState title="没有符合条件的记录">账号、班级、题库与测验的变更会记录在这里。</EmptyState>
      ) : (
        <ul aria-label="审计记录" className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white text-sm">
          {result.entries.map((entry) => (
            <AuditEntryItem key={entry.id} entry={entry} />
          ))}
        </ul>
      )}
      <PaginationNav
        page={result.page}
        pageCount={result.pageCount}
        basePath="/admin/audit"
        params={{ action: filter.action, actor: filter.actor, from: filter.from, to: filter.to }}
      />
    </div>
  );
}
