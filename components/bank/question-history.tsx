import { formatDateTime } from "@/lib/format/date-time";
import type { QuestionHistoryEntry } from "@/lib/server/bank-admin/list-question-history";
import { FIELD_LABELS, HISTORY_ACTION_LABELS, STATUS_LABELS } from "./labels";

/** The audit log of one question: who did what when, and each changed field before → after. */
export function QuestionHistory({ entries }: { entries: QuestionHistoryEntry[] }) {
  if (entries.length === 0) return <p className="text-stone-600">这道题还没有人工修改记录。</p>;
  return (
    <ol className="space-y-3" data-testid="question-history">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded-lg border border-stone-200 p-3">
          <p className="text-sm text-stone-600">
            <span className="font-medium text-stone-900">{HISTORY_ACTION_LABELS[entry.action] ?? entry.action}</span> · {entry.actorName ?? "已删除的用户"} · {formatDateTime(entry.createdAt)}
          </p>
          {entry.action !== "question.create" ? <Changes before={entry.before} after={entry.after} /> : null}
        </li>
      ))}
    </ol>
  );
}

function Changes({ before, after }: { before: unknown; after: unknown }) {
  const old = (before ?? {}) as Record<string, unknown>;
  const next = (after ?? {}) as Record<string, unknown>;
  const fields = Object.keys(next).filter((field) => field !== "bulk");
  if (fields.length === 0) return null;
  return (
    <dl className="mt-2 space-y-1 text-sm">
      {fields.map((field) => (
        <div key={field} className="break-words">
          <dt className="inline font-medium text-stone-700">{FIELD_LABELS[field] ?? field}：</dt>
          <dd className="inline text-stone-800">
            <del className="text-stone-500">{show(field, old[field])}</del> → <ins className="no-underline">{show(field, next[field])}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function show(field: string, value: unknown): string {
  if (value === null || value === undefined) return "（空）";
  if (field === "status" && typeof value === "string") return STATUS_LABELS[value as keyof typeof STATUS_LABELS] ?? value;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "正确" : "错误";
  return JSON.stringify(value);
}
