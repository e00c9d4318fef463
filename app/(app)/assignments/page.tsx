import Link from "next/link";
import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { AssignmentSummary } from "@/components/exams/assignment-summary";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { listLearnerAssignments } from "@/lib/server/exams/list-learner-assignments";

export const metadata: Metadata = { title: "测验任务" };

export default async function AssignmentsPage() {
  const actor = await requireActor();
  const assignments = await listLearnerAssignments(await getDb(), actor);
  return (
    <div className="space-y-4">
      <PageHeader title="测验任务" description="班级布置给你的测验：开放时间、剩余次数和成绩。" />
      {assignments.length === 0 ? (
        <EmptyState title="暂时没有布置给你的测验" action={{ href: "/practice", label: "先去练习" }}>
          教员布置测验后会显示在这里。
        </EmptyState>
      ) : (
        <ul className="space-y-3" aria-label="测验任务列表">
          {assignments.map((assignment) => (
            <li key={assignment.id} className="rounded-xl border border-stone-200 bg-white p-4">
              <Link href={`/assignments/${assignment.id}`} className="font-medium text-brand-700 underline underline-offset-4">
                {assignment.title}
              </Link>
              <AssignmentSummary assignment={assignment} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
