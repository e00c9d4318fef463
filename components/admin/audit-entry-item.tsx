import { formatDateTime } from "@/lib/format/date-time";
import { auditSentence } from "./audit-sentence";

export interface AuditEntryView {
  id: string;
  action: string;
  entityType: string;
  entityId: string | null;
  /** The record's current name (lib/server/audit/audit-subjects.ts). */
  subject: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
  actor: { name: string; email: string } | null;
}

function rawJson(value: unknown): string {
  return value === null || value === undefined ? "—" : JSON.stringify(value, null, 2);
}

/** One audit entry as a sentence with its time; the raw record (never a password) behind 详细记录. */
export function AuditEntryItem({ entry }: { entry: AuditEntryView }) {
  return (
    <li className="space-y-1 px-4 py-3">
      <div className="flex flex-wrap justify-between gap-2">
        <p className="text-stone-900" data-testid="audit-sentence">
          {auditSentence(entry)}
        </p>
        <time className="text-stone-600" dateTime={entry.createdAt.toISOString()}>
          {formatDateTime(entry.createdAt)}
        </time>
      </div>
      <details className="text-stone-700">
        <summary className="min-h-11 cursor-pointer py-2 text-stone-600">详细记录</summary>
        <dl className="mt-1 grid grid-cols-[4rem_1fr] gap-1 break-all text-xs">
          <dt>操作代码</dt>
          <dd className="font-mono">{entry.action}</dd>
          <dt>对象</dt>
          <dd className="font-mono">
            {entry.entityType}
            {entry.entityId ? ` ${entry.entityId}` : ""}
          </dd>
          {entry.actor ? (
            <>
              <dt>操作人</dt>
              <dd>{entry.actor.email}</dd>
            </>
          ) : null}
          <dt>之前</dt>
          <dd>
            <pre className="whitespace-pre-wrap font-mono">{rawJson(entry.before)}</pre>
          </dd>
          <dt>之后</dt>
          <dd>
            <pre className="whitespace-pre-wrap font-mono">{rawJson(entry.after)}</pre>
          </dd>
        </dl>
      </details>
    </li>
  );
}
