import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { listQuizzesForActor } from "@/lib/server/quizzes/list-quizzes-for-actor";

export const metadata: Metadata = { title: "测验" };

export default async function QuizzesPage() {
  const actor = await requireStaff();
  const db = await getDb();
  const quizzes = await listQuizzesForActor(db, actor);
  return (
    <div className="space-y-4">
      <PageHeader title="测验" description="从题库组卷，布置给班级。" />
      {quizzes.length === 0 ? (
        <EmptyState title="还没有测验">题库生成后即可从题库组卷并布置给班级。</EmptyState>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {quizzes.map((quiz) => (
            <li key={quiz.id} className="flex justify-between px-4 py-3">
              <span>{quiz.title}</span>
              <span className="text-sm text-stone-600">
                {quiz._count.items} 题 · 布置 {quiz._count.assignments} 次
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
