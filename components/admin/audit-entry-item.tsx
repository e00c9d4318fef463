import { formatDateTime } from "@/lib/format/date-time";
import { auditActionLabel } from "./audit-action-labels";

export interface AuditEntryView {
  id: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
  actor: { name: string; email: string } | null;
}

function describeChange(value: unknown): string {
  return value === null || value === undefined ? "—" : JSON.stringify(value);
}

/** One audit entry: who, what, when, and the recorded before/after (never a password). */
export function AuditEntryItem({ entry }: { entry: AuditEntryView }) {
  return (
    <li className="space-y-1 px-4 py-3">
      <div className="flex flex-wrap justify-between gap-2">
        <span>
          <span className="font-medium">{entry.actor?.name ?? "系统"}</span> · {auditActionLabel(entry.action)} <code className="text-xs text-stone-500">{entry.action}</code>
        </span>
        <time className="text-stone-600" dateTime={entry.createdAt.toISOString()}>
          {formatDateTime(entry.createdAt)}
        </time>
      </div>
      {entry.before != null || entry.after != null ? (
        <details className="text-stone-700">
          <summary className="cursor-pointer text-stone-600">变更内容</summary>
          <dl className="mt-1 grid grid-cols-[3rem_1fr] gap-1 break-all font-mono text-xs">
            <dt>之前</dt>
            <dd>{describeChange(entry.before)}</dd>
            <dt>之后</dt>
            <dd>{describeChange(entry.after)}</dd>
          </dl>
        </details>
      ) : null}
    </li>
  );
}
