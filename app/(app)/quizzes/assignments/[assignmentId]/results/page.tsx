import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ScoreHistogram } from "@/components/exams/score-histogram";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getAssignmentResults } from "@/lib/server/results/get-assignment-results";
import { getItemAnalysis } from "@/lib/server/results/get-item-analysis";
import { COMPLETION_STATUS_LABELS, ITEM_FLAG_LABELS } from "@/lib/server/results/result-labels";
import { updateDifficultyAction } from "./actions";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "成绩与分析" };

const fixed = (value: number | null, digits = 2) => (value === null ? "—" : value.toFixed(digits));

function duration(seconds: number | null): string {
  if (seconds === null) return "—";
  return `${Math.floor(seconds / 60)} 分 ${seconds % 60} 秒`;
}

export default async function ResultsPage({ params, searchParams }: { params: Promise<{ assignmentId: string }>; searchParams: Promise<{ difficulty?: string }> }) {
  const actor = await requireStaff();
  const [{ assignmentId }, query] = await Promise.all([params, searchParams]);
  const db = await getDb();
  const results = await getAssignmentResults(db, actor, { assignmentId });
  if (!results) notFound();
  const items = await getItemAnalysis(db, actor, { assignmentId: results.assignment.id });
  const base = `/quizzes/assignments/${results.assignment.id}/results`;
  return (
    <div className="space-y-4">
      <PageHeader title={`${results.assignment.title} · 成绩与分析`} description={results.assignment.classes.map((row) => row.class.name).join("、")} />
      <div className="flex flex-wrap gap-2">
        <a href={`${base}/export?format=xlsx`} className={buttonClasses("secondary")}>导出 Excel</a>
        <a href={`${base}/export?format=csv`} className={buttonClasses("secondary")}>导出 CSV</a>
        <Link href={`/quizzes/assignments/${results.assignment.id}`} className={buttonClasses("ghost")}>返回布置</Link>
      </div>
      <Card title="完成情况">
        <dl className="grid grid-cols-3 gap-2 text-center" data-testid="completion">
          {(["NOT_STARTED", "IN_PROGRESS", "SUBMITTED"] as const).map((status) => (
            <div key={status} className="rounded-lg bg-stone-50 p-2">
              <dt className="text-sm text-stone-600">{COMPLETION_STATUS_LABELS[status]}</dt>
              <dd className="text-2xl font-semibold text-stone-900">{results.completion[status]}</dd>
            </div>
          ))}
        </dl>
        {results.awaitingMarks > 0 ? (
          <p className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="awaiting-marks">
            有 {results.awaitingMarks} 道简答题待评分：在学员的“作答详情”中评分后计入成绩。
          </p>
        ) : null}
      </Card>
      <Card title="成绩分布">
        <ScoreHistogram bins={results.histogram} />
      </Card>
      <Card title="学员成绩">
        <div className="overflow-x-auto">
          <table className="w-full min-w-[36rem] text-left text-sm" aria-label="学员成绩">
            <thead className="text-stone-600">
              <tr>
                <th className="py-2 pr-2">学员</th>
                <th className="pr-2">状态</th>
                <th className="pr-2">次数</th>
                <th className="pr-2">成绩</th>
                <th className="pr-2">用时</th>
                <th />
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {results.learners.map((row) => (
                <tr key={row.userId}>
                  <td className="py-2 pr-2">
                    {row.name}
                    <span className="block text-xs text-stone-500">{row.classNames.join("、")}</span>
                  </td>
                  <td className="pr-2">
                    {COMPLETION_STATUS_LABELS[row.status]}
                    {row.late ? "（逾期）" : ""}
                    {row.awaitingMarks > 0 ? <span className="block text-xs text-amber-800">{row.awaitingMarks} 道简答待评分</span> : null}
                  </td>
                  <td className="pr-2">{row.attemptsUsed}</td>
                  <td className="pr-2">{row.counted ?? "—"}</td>
                  <td className="pr-2">{duration(row.secondsSpent)}</td>
                  <td>
                    {row.attemptsUsed > 0 ? (
                      <Link href={`${base}/${row.userId}`} className="text-brand-700 underline underline-offset-4" aria-label={`查看 ${row.name} 的作答`}>
                        作答详情
                      </Link>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <Card title="题目分析">
        <p className="mb-2 text-sm text-stone-600">
          按每名学员的第一次完成作答统计。难度系数 = 平均得分率；区分度 = 高分组（前 27%）与低分组（后 27%）得分率之差；点二列相关 = 本题得分与总分的相关系数。简答题不参与统计。
        </p>
        {query.difficulty !== undefined ? (
          <Notice className="mb-2">
            已根据通过率更新 {Number(query.difficulty) || 0} 道题的难度。
          </Notice>
        ) : null}
        {items.length === 0 ? (
          <p className="text-stone-700">还没有学员交卷，暂无题目分析。</p>
        ) : (
          <>
            <ol className="space-y-3" aria-label="题目分析">
              {items.map((item, index) => (
                <li key={item.questionId} className="rounded-lg border border-stone-200 p-3" data-testid="item-analysis-row">
                  <p className="font-medium text-stone-900">
                    {index + 1}. {item.stem}
                  </p>
                  <p className="mt-1 text-sm text-stone-700">
                    作答 {item.takers} 人 · 难度系数 {fixed(item.facility)} · 区分度 {fixed(item.discrimination)} · 点二列相关 {fixed(item.pointBiserial)} · 题库难度 {fixed(item.difficulty)}
                    {item.suggestedDifficulty !== null && item.suggestedDifficulty !== item.difficulty ? `（建议 ${fixed(item.suggestedDifficulty)}）` : ""}
                  </p>
                  {Object.keys(item.optionCounts).length > 0 ? (
                    <p className="text-sm text-stone-600">
                      选项选择：
                      {Object.entries(item.optionCounts)
                        .sort(([a], [b]) => a.localeCompare(b))
                        .map(([key, count]) => `${key === "true" ? "正确" : key === "false" ? "错误" : key} ${count} 人`)
                        .join("，")}
                    </p>
                  ) : null}
                  {item.flags.length > 0 ? (
                    <p className="mt-1 text-sm text-brand-700">
                      ⚠ {item.flags.map((flag) => ITEM_FLAG_LABELS[flag]).join("、")} ·{" "}
                      <Link href={`/bank/${item.questionId}`} className="underline underline-offset-4">
                        到题库查看此题
                      </Link>
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
            <form action={updateDifficultyAction} className="mt-3">
              <input type="hidden" name="assignmentId" value={results.assignment.id} />
              <Button type="submit" variant="secondary">根据通过率更新题目难度</Button>
              <p className="mt-1 text-xs text-stone-500">作答满 5 人的题目，难度改为 1 − 难度系数；每次修改都记入审计日志。</p>
            </form>
          </>
        )}
      </Card>
    </div>
  );
}
