import type { Metadata } from "next";
import Link from "next/link";
import { assignmentStatusLabel } from "@/components/quizzes/assignment-status";
import { COMPOSITION_LABELS } from "@/components/quizzes/labels";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/format/date-time";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { listAssignmentsForStaff } from "@/lib/server/assignments/list-assignments-for-staff";
import { listQuizzesForActor } from "@/lib/server/quizzes/list-quizzes-for-actor";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "测验" };

export default async function QuizzesPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const actor = await requireStaff();
  const { deleted } = await searchParams;
  const db = await getDb();
  const [quizzes, assignments] = await Promise.all([listQuizzesForActor(db, actor), listAssignmentsForStaff(db, { actor })]);
  const now = new Date();
  return (
    <div className="space-y-4">
      <PageHeader title="测验" description="从题库组卷，布置给班级。" />
      {deleted ? (
        <Notice>
          已删除测验“{deleted.slice(0, 100)}”。
        </Notice>
      ) : null}
      <Link href="/quizzes/new" className={buttonClasses("primary")}>
        新建测验
      </Link>
      <Card title="我的测验">
        {quizzes.length === 0 ? (
          <EmptyState title="还没有测验">新建测验，从题库手工选题或按规则抽题，再布置给班级。</EmptyState>
        ) : (
          <ul className="divide-y divide-stone-200" aria-label="测验列表">
            {quizzes.map((quiz) => {
              const questions = quiz.composition === "RULES" ? quiz.rules.reduce((sum, rule) => sum + rule.count, 0) : quiz._count.items;
              return (
                <li key={quiz.id}>
                  <Link href={`/quizzes/${quiz.id}`} className="flex min-h-11 flex-wrap items-center justify-between gap-2 py-3 hover:bg-stone-50">
                    <span className="font-medium text-stone-900">{quiz.title}</span>
                    <span className="text-sm text-stone-600">
                      {COMPOSITION_LABELS[quiz.composition]} · {questions} 题 · 布置 {quiz._count.assignments} 次
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </Card>
      <Card title="布置记录">
        {assignments.length === 0 ? (
          <p className="text-stone-600">还没有布置过测验。</p>
        ) : (
          <ul className="divide-y divide-stone-200" aria-label="布置列表">
            {assignments.map((assignment) => (
              <li key={assignment.id}>
                <Link href={`/quizzes/assignments/${assignment.id}`} className="block min-h-11 space-y-1 py-3 hover:bg-stone-50">
                  <span className="flex flex-wrap justify-between gap-2">
                    <span className="font-medium text-stone-900">{assignment.title}</span>
                    <span className="text-sm text-stone-600">{assignmentStatusLabel(assignment, now)}</span>
                  </span>
                  <span className="block text-sm text-stone-600">
                    {assignment.classes.map((link) => link.class.name).join("、")} · {formatDateTime(assignment.opensAt)} 至 {formatDateTime(assignment.closesAt)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
