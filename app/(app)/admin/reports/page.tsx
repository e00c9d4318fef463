import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format/date-time";
import { requireRole } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { formatShare } from "@/lib/stats";
import { getReportsOverview } from "@/lib/server/reports/get-reports-overview";
import { getMasteryHeatmap } from "@/lib/server/reports/get-mastery-heatmap";
import { listAtRiskLearners } from "@/lib/server/reports/list-at-risk-learners";
import { TrendChart } from "@/components/reports/trend-chart";
import { HeatLegend, HeatmapTable, METRIC_LABELS, MetricSwitch, heatMetricFrom } from "@/components/reports/heatmap-table";
import { AtRiskLearnerList } from "@/components/reports/at-risk-list";
import { ExportLinks } from "@/components/reports/export-links";

export const metadata: Metadata = { title: "报表" };

const EXPORT = "/admin/reports/export";

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-3">
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums text-stone-900">{value}</dd>
      {note ? <dd className="text-xs text-stone-500">{note}</dd> : null}
    </div>
  );
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("ADMIN");
  const metric = heatMetricFrom((await searchParams).metric);
  const db = await getDb();
  const [overview, heatmap, atRisk] = await Promise.all([
    getReportsOverview(db, { actor }),
    getMasteryHeatmap(db, { actor }),
    listAtRiskLearners(db, { actor }),
  ]);
  const weekLabels = overview.weeks.map((week) => week.lastDay.slice(5));
  const share = (value: number | null) => formatShare(value);
  const count = (value: number | null) => (value === null ? "—" : String(value));
  return (
    <div className="space-y-4">
      <PageHeader title="报表" description={`全组织的学习参与与掌握情况（统计至 ${formatDateTime(overview.now)}）。`} />
      <ExportLinks
        links={[
          { href: `${EXPORT}?format=xlsx`, label: "导出 Excel（全部）" },
          { href: `${EXPORT}?format=csv&table=overview`, label: "总览 CSV" },
          { href: `${EXPORT}?format=csv&table=heatmap`, label: "热力图 CSV" },
          { href: `${EXPORT}?format=csv&table=at-risk`, label: "需关注学员 CSV" },
        ]}
      />
      <Card title="总览">
        <dl className="grid grid-cols-2 gap-2 md:grid-cols-4">
          <Figure label="学员" value={String(overview.learners)} note={`${overview.classes} 个班级`} />
          <Figure label="近 7 天活跃" value={String(overview.active7)} note={`近 30 天 ${overview.active30} 人`} />
          <Figure label="近 7 天复习" value={String(overview.reviews7)} note={`近 30 天 ${overview.reviews30} 次`} />
          <Figure label="近 30 天测验平均得分率" value={share(overview.averageScore30)} note={`${overview.submittedAttempts30} 次提交`} />
        </dl>
      </Card>
      <Card title="进行中的测验">
        {overview.openAssignments.length === 0 ? (
          <p className="text-stone-600">目前没有进行中的测验。</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-left text-sm">
              <thead>
                <tr className="border-b border-stone-200 text-stone-600">
                  <th scope="col" className="py-1 pr-3 font-medium">测验</th>
                  <th scope="col" className="py-1 pr-3 font-medium">截止</th>
                  <th scope="col" className="py-1 pr-3 font-medium">完成</th>
                  <th scope="col" className="py-1 pr-3 font-medium">平均得分率</th>
                </tr>
              </thead>
              <tbody>
                {overview.openAssignments.map((assignment) => (
                  <tr key={assignment.id} className="border-b border-stone-100">
                    <td className="py-1 pr-3">{assignment.title}</td>
                    <td className="py-1 pr-3 whitespace-nowrap">{formatDateTime(assignment.closesAt)}</td>
                    <td className="py-1 pr-3 tabular-nums whitespace-nowrap">
                      {assignment.submitted}/{assignment.assigned}（{share(assignment.completion)}）
                    </td>
                    <td className="py-1 pr-3 tabular-nums">{share(assignment.averageScore)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card title={`近 ${overview.weeks.length} 周趋势`}>
        <TrendChart
          weeks={weekLabels}
          series={[
            { label: "活跃学员", tone: 1, values: overview.weeks.map((week) => week.activeLearners), format: count },
            { label: "复习次数", tone: 2, values: overview.weeks.map((week) => week.reviews), format: count },
            { label: "测验平均得分率", tone: 3, values: overview.weeks.map((week) => week.averageScore), format: share },
          ]}
        />
      </Card>
      <Card title="掌握热力图">
        <div className="mb-3 space-y-2">
          <p className="text-sm text-stone-600">
            每格为该班学员在该单元的{METRIC_LABELS[metric]}。预测记忆率是按 FSRS 模型估算的此刻能回忆起已学题目的概率；答题正确率是该单元全部作答中答对的比例。点班级名查看班内每位学员。
          </p>
          <MetricSwitch metric={metric} hrefFor={(key) => `/admin/reports?metric=${key}`} />
          <HeatLegend />
        </div>
        {heatmap.rows.length === 0 || heatmap.modules.length === 0 ? (
          <p className="text-stone-600">还没有班级或学习单元。</p>
        ) : (
          <HeatmapTable
            modules={heatmap.modules}
            rows={heatmap.rows}
            metric={metric}
            rowHeader="班级"
            rowHref={(row) => `/admin/reports/classes/${row.id}?metric=${metric}`}
            caption={`班级 × 单元：${METRIC_LABELS[metric]}`}
          />
        )}
      </Card>
      <Card title="需关注的学员">
        <AtRiskLearnerList list={atRisk} classHref={(classId) => `/admin/reports/classes/${classId}`} />
        <p className="mt-3 text-xs text-stone-500">
          规则：{atRisk.rules.inactiveDays} 天以上未学习；近 {atRisk.rules.missedLookbackDays} 天错过 {atRisk.rules.missedAssignments} 次及以上测验；最近 {atRisk.rules.recentWindow} 次测验平均得分率比此前下降 {Math.round(atRisk.rules.scoreDrop * 100)} 个百分点及以上；{atRisk.rules.overdueReviews} 张及以上卡片逾期未复习。
          <Link href="/classes" className="ml-1 text-brand-700 underline">管理班级</Link>
        </p>
      </Card>
    </div>
  );
}
