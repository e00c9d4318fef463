import { buttonClasses } from "@/components/ui/button";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { INPUT_CLASSES } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";

const ROLE_OPTIONS = [
  { value: "", label: "全部角色" },
  ...(["LEARNER", "INSTRUCTOR", "ADMIN"] as Role[]).map((role) => ({ value: role, label: ROLE_LABELS[role] })),
];

/** Search by name or email and filter by role, as a plain GET form (works without JavaScript). */
export function UserFilterForm({ query, role }: { query?: string; role?: Role }) {
  return (
    <form method="get" role="search" aria-label="查找用户" className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-end">
      <div className="space-y-1">
        <label htmlFor="user-query" className="block text-sm font-medium text-stone-800">
          姓名或邮箱
        </label>
        <input
          id="user-query"
          name="q"
          type="search"
          defaultValue={query}
          className={INPUT_CLASSES}
        />
      </div>
      <SelectField label="角色" name="role" id="user-role" options={ROLE_OPTIONS} defaultValue={role ?? ""} />
      <button type="submit" className={buttonClasses("secondary")}>
        查找
      </button>
    </form>
  );
}
