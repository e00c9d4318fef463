import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireClassManager } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getClassHeatmap } from "@/lib/server/reports/get-class-heatmap";
import { HeatLegend, HeatmapTable, METRIC_LABELS, MetricSwitch, heatMetricFrom } from "@/components/reports/heatmap-table";
import { ExportLinks } from "@/components/reports/export-links";
import { WeakQuestionList } from "@/components/reports/weak-question-list";

export const metadata: Metadata = { title: "班级掌握情况" };

/** Learners × modules inside one class: for its instructors and administrators. */
export default async function ClassReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { classId } = await params;
  const actor = await requireClassManager(classId);
  const metric = heatMetricFrom((await searchParams).metric);
  const heatmap = await getClassHeatmap(await getDb(), { actor, classId });
  if (!heatmap) notFound();
  const base = `/admin/reports/classes/${classId}`;
  const exportBase = `/admin/reports/export?classId=${encodeURIComponent(classId)}`;
  return (
    <div className="space-y-4">
      <PageHeader title={`${heatmap.className} · 掌握情况`} description="班内每位学员在各单元的预测记忆率与答题正确率。" />
      <div className="flex flex-wrap items-center gap-3 text-sm">
        {actor.role === "ADMIN" ? <Link href="/admin/reports" className="text-brand-700 underline">← 返回报表</Link> : null}
        <Link href={`/classes/${classId}`} className="text-brand-700 underline">班级管理</Link>
      </div>
      <ExportLinks
        links={[
          { href: `${exportBase}&format=xlsx`, label: "导出 Excel" },
          { href: `${exportBase}&format=csv`, label: "导出 CSV" },
        ]}
      />
      <Card title="学员 × 单元">
        <div className="mb-3 space-y-2">
          <MetricSwitch metric={metric} hrefFor={(key) => `${base}?metric=${key}`} />
          <HeatLegend />
        </div>
        {heatmap.rows.length === 0 ? (
          <p className="text-stone-600">这个班级还没有学员。</p>
        ) : (
          <HeatmapTable
            modules={heatmap.modules}
            rows={heatmap.rows}
            metric={metric}
            rowHeader="学员"
            rowHref={(row) => `/learners/${row.id}`}
            caption={`${heatmap.className}：学员 × 单元 ${METRIC_LABELS[metric]}`}
          />
        )}
      </Card>
      <Card title="本班最易错的题目">
        <WeakQuestionList questions={heatmap.weakQuestions} />
      </Card>
    </div>
  );
}
