import Link from "next/link";
import type { AtRiskList } from "@/lib/server/reports/list-at-risk-learners";

export function AtRiskLearnerList({ list, classHref }: { list: AtRiskList; classHref: (classId: string) => string }) {
  if (list.learners.length === 0) return <p className="text-stone-600">目前没有需要关注的学员。</p>;
  return (
    <div className="space-y-2">
      <p className="text-sm text-stone-600">
        共 {list.total} 名学员需要关注{list.total > list.learners.length ? `，显示前 ${list.learners.length} 名` : ""}。
      </p>
      <ul className="divide-y divide-stone-100">
        {list.learners.map((learner) => (
          <li key={learner.id} className="py-2">
            <div className="flex flex-wrap items-baseline gap-x-3">
              <Link href={`/learners/${learner.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {learner.name}
              </Link>
              {learner.classes.map((klass) => (
                <Link key={klass.id} href={classHref(klass.id)} className="text-sm text-stone-600 hover:underline">
                  {klass.name}
                </Link>
              ))}
            </div>
            <ul className="mt-1 flex flex-wrap gap-1">
              {learner.reasons.map((reason) => (
                <li key={reason.code} className="rounded bg-amber-50 px-2 py-0.5 text-sm text-amber-900 ring-1 ring-amber-200">
                  {reason.text}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
