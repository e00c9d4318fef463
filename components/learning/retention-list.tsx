import Link from "next/link";
import { LabelledProgress } from "@/components/ui/progress-bar";
import type { ModuleRetention } from "@/lib/server/progress/get-module-retention";

const percent = (value: number) => `${Math.round(value * 100)}%`;

/**
 * Predicted retention per module (docs/LEARNING.md, one definition) with reviewed, not-reviewed and
 * overdue questions. `reviewHref` (the learner's own view) turns the overdue count into a link to 复习.
 */
export function RetentionList({ modules, reviewHref }: { modules: ModuleRetention[]; reviewHref?: string }) {
  return (
    <ul className="space-y-3" data-testid="retention-by-module">
      {modules.map((module) => (
        <li key={module.moduleId} data-module-id={module.moduleId}>
          <LabelledProgress
            title={module.title}
            figure={module.retention === null ? "尚未复习" : percent(module.retention)}
            value={module.retention === null ? 0 : Math.round(module.retention * 100)}
            max={100}
            label={`${module.title} 预计记忆保持率`}
          />
          <p className="mt-1 text-xs text-stone-600" data-testid="retention-counts">
            已复习 {module.reviewed} 题 · 未复习 {module.notReviewed} 题 ·{" "}
            {module.overdue === 0 ? (
              "无逾期"
            ) : reviewHref ? (
              <Link href={reviewHref} className="font-medium text-amber-800 underline underline-offset-2">
                逾期 {module.overdue} 题，去复习
              </Link>
            ) : (
              <span className="font-medium text-amber-800">逾期 {module.overdue} 题</span>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
