import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { formatShare } from "@/lib/stats";
import { getModuleReport } from "@/lib/server/reports/get-module-report";
import { WeakQuestionList } from "@/components/reports/weak-question-list";

export const metadata: Metadata = { title: "单元掌握情况" };

/** One module across classes: readers, predicted retention, accuracy, the questions most often wrong. */
export default async function ModuleReportPage({ params }: { params: Promise<{ moduleId: string }> }) {
  const actor = await requireStaff();
  const { moduleId } = await params;
  const report = await getModuleReport(await getDb(), { actor, moduleId });
  if (!report) notFound();
  return (
    <div className="space-y-4">
      <PageHeader title={`${report.module.title} · 掌握情况`} description={`${report.module.courseTitle}：各班级在本单元的阅读、预测记忆率与答题正确率。`} />
      <div className="flex flex-wrap items-center gap-3 text-sm">
        {actor.role === "ADMIN" ? <Link href="/admin/reports" className="text-brand-700 underline">← 返回报表</Link> : null}
        <Link href={`/study/${report.module.id}`} className="text-brand-700 underline">阅读本单元</Link>
      </div>
      <Card title="各班级">
        {report.rows.length === 0 ? (
          <p className="text-stone-600">没有可以查看的班级。</p>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="各班级在本单元的掌握情况">
            <table className="min-w-full text-left text-sm">
              <thead>
                <tr className="border-b border-stone-200 text-stone-600">
                  <th scope="col" className="py-1 pr-3 font-medium">班级</th>
                  <th scope="col" className="py-1 pr-3 font-medium">已阅读</th>
                  <th scope="col" className="py-1 pr-3 font-medium">预测记忆率</th>
                  <th scope="col" className="py-1 pr-3 font-medium">答题正确率</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={row.classId} className="border-b border-stone-100">
                    <th scope="row" className="py-1 pr-3 text-left font-normal">
                      <Link href={`/admin/reports/classes/${row.classId}`} className="text-brand-700 hover:underline">{row.className}</Link>
                    </th>
                    <td className="py-1 pr-3 tabular-nums whitespace-nowrap">{row.readers} / {row.learners}</td>
                    <td className="py-1 pr-3 tabular-nums whitespace-nowrap">
                      {formatShare(row.cell?.retention ?? null)}
                      <span className="ml-1 text-xs text-stone-500">
                        （已复习 {row.cell?.cards ?? 0} 张 · 未复习 {row.cell?.notReviewed ?? 0} 张 · 逾期 {row.cell?.overdue ?? 0} 张）
                      </span>
                    </td>
                    <td className="py-1 pr-3 tabular-nums whitespace-nowrap">
                      {formatShare(row.cell?.accuracy ?? null)}
                      <span className="ml-1 text-xs text-stone-500">（{row.cell?.responses ?? 0} 次作答）</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card title="本单元最易错的题目">
        <WeakQuestionList questions={report.weakQuestions} />
      </Card>
    </div>
  );
}
