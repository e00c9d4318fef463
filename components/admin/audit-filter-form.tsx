import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { AuditFilter } from "@/lib/validation/user-admin";
import { auditActionLabel } from "./audit-action-labels";
import { INPUT_CLASSES } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";

/** Filters for the audit log, as a plain GET form (works without JavaScript). */
export function AuditFilterForm({ filter, actions }: { filter: AuditFilter; actions: string[] }) {
  return (
    <form method="get" role="search" aria-label="筛选审计日志" className="grid gap-3 sm:grid-cols-2">
      <SelectField
        label="操作"
        name="action"
        id="audit-action"
        options={[{ value: "", label: "全部操作" }, ...actions.map((action) => ({ value: action, label: `${auditActionLabel(action)}（${action}）` }))]}
        defaultValue={filter.action ?? ""}
      />
      <div className="space-y-1">
        <label htmlFor="audit-actor" className="block text-sm font-medium text-stone-800">
          操作人（姓名或邮箱）
        </label>
        <input id="audit-actor" name="actor" type="search" defaultValue={filter.actor} className={INPUT_CLASSES} />
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-from" className="block text-sm font-medium text-stone-800">
          开始日期
        </label>
        <input id="audit-from" name="from" type="date" defaultValue={filter.from} className={INPUT_CLASSES} />
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-to" className="block text-sm font-medium text-stone-800">
          结束日期
        </label>
        <input id="audit-to" name="to" type="date" defaultValue={filter.to} className={INPUT_CLASSES} />
      </div>
      <div className="flex gap-2 sm:col-span-2">
        <button type="submit" className={buttonClasses("secondary")}>
          筛选
        </button>
        <Link href="/admin/audit" className={buttonClasses("ghost")}>
          清除
        </Link>
      </div>
    </form>
  );
}
