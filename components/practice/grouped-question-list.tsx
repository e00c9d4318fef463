import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { GroupableQuestion, GroupScope, ModuleGroup } from "@/lib/server/practice/question-groups";

/** A form that starts a practice run of the scope it names (see startGroupPractice). */
function RedoForm({ action, scope, label, variant }: { action: (formData: FormData) => Promise<void>; scope: GroupScope; label: string; variant: "primary" | "secondary" | "ghost" }) {
  return (
    <form action={action} className="shrink-0">
      {Object.entries(scope).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} className={variant === "ghost" ? "px-2 text-sm" : "text-sm"}>
        {label}
      </Button>
    </form>
  );
}

/**
 * 错题本 / 收藏 grouped by module and knowledge point, with counts, and a redo (重练) for each
 * module, each knowledge point and each question. Long titles wrap; nothing scrolls sideways.
 */
export function GroupedQuestionList<T extends GroupableQuestion>({
  groups,
  action,
  renderItem,
  itemActions,
}: {
  groups: ModuleGroup<T>[];
  action: (formData: FormData) => Promise<void>;
  renderItem: (item: T) => ReactNode;
  itemActions?: (item: T) => ReactNode;
}) {
  return (
    <div className="space-y-4">
      {groups.map((module) => {
        const moduleTitle = module.label ?? "未归入模块";
        return (
          <section key={module.key} aria-label={`模块：${moduleTitle}`} data-testid="module-group" className="min-w-0 space-y-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h2 className="min-w-0 flex-1 text-lg font-semibold break-words text-stone-900">
                {moduleTitle}
                <span className="ml-2 text-sm font-normal whitespace-nowrap text-stone-600" data-testid="group-count">
                  {module.count} 题
                </span>
              </h2>
              <RedoForm action={action} scope={{ module: module.key }} label={`重练本模块（${module.count}）`} variant="primary" />
            </div>
            {module.points.map((point) => (
              <section key={point.key} aria-label={`知识点：${point.label ?? "其他题目"}`} data-testid="point-group" className="min-w-0 space-y-2 border-t border-stone-200 pt-3">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h3 className="min-w-0 flex-1 text-base font-medium break-words text-stone-800">
                    <span className="line-clamp-2">{point.label ? `知识点：${point.label}` : "其他题目"}</span>
                    <span className="text-sm font-normal text-stone-600" data-testid="group-count">
                      {point.items.length} 题
                    </span>
                  </h3>
                  <RedoForm action={action} scope={{ module: module.key, point: point.key }} label={`重练本知识点（${point.items.length}）`} variant="secondary" />
                </div>
                <ul className="space-y-2">
                  {point.items.map((item) => (
                    <li key={item.questionId} data-testid="group-item" className="min-w-0 rounded-lg bg-stone-50 p-3 break-words">
                      {renderItem(item)}
                      <div className="mt-2 flex flex-wrap gap-2">
                        <RedoForm action={action} scope={{ module: module.key, point: point.key, question: item.questionId }} label="重练此题" variant="ghost" />
                        {itemActions?.(item)}
                      </div>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </section>
        );
      })}
    </div>
  );
}
