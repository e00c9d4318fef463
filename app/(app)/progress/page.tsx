import type { Metadata } from "next";
import Link from "next/link";
import { BarChart, LineChart } from "@/components/learning/charts";
import { RetentionList } from "@/components/learning/retention-list";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getProgressReport } from "@/lib/server/progress/get-progress-report";

export const metadata: Metadata = { title: "我的进度" };

const shortDay = (day: string) => `${Number(day.slice(5, 7))}/${Number(day.slice(8, 10))}`;
const percent = (value: number) => `${Math.round(value * 100)}%`;

function duration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} 分钟`;
  return `${Math.floor(minutes / 60)} 小时 ${minutes % 60} 分钟`;
}

export default async function ProgressPage() {
  const actor = await requireActor();
  const report = await getProgressReport(await getDb(), actor);
  const answeredWeeks = report.accuracyByWeek.filter((week) => week.accuracy !== null);
  const reviews30 = report.reviewsPerDay.reduce((sum, day) => sum + day.value, 0);
  const forecast30 = report.forecast.reduce((sum, day) => sum + day.value, 0);
  return (
    <div className="space-y-4">
      <PageHeader title="我的进度" description="正确率、复习量、记忆保持和学习时长。" />
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4" data-testid="progress-totals">
        {[
          { label: "累计答题", value: `${report.totals.answered} 题` },
          { label: "总正确率", value: report.totals.answered > 0 ? percent(report.totals.correct / report.totals.answered) : "—" },
          { label: "复习次数", value: `${report.totals.reviews} 次` },
          { label: "学习时长", value: duration(report.time.readingSeconds + report.time.answeringSeconds) },
        ].map((tile) => (
          <div key={tile.label} className="rounded-xl border border-stone-200 bg-white p-3">
            <dt className="text-sm text-stone-600">{tile.label}</dt>
            <dd className="text-xl font-bold text-stone-900">{tile.value}</dd>
          </div>
        ))}
      </dl>

      {report.totals.overdue > 0 ? (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-amber-300 bg-amber-50 p-3" data-testid="progress-overdue">
          <p className="text-amber-900">
            有 <strong>{report.totals.overdue}</strong> 张卡片已逾期未复习，逾期越久记得越少。
          </p>
          <Link href="/review" className={buttonClasses("primary")}>去复习</Link>
        </div>
      ) : null}

      <div className="grid gap-4 md:grid-cols-2">
        <Card title="每周正确率">
          <LineChart
            id="accuracy"
            title="近 12 周每周正确率"
            summary={
              answeredWeeks.length > 0
                ? `有答题的 ${answeredWeeks.length} 周中，最近一周正确率 ${percent(answeredWeeks.at(-1)!.accuracy!)}。`
                : "近 12 周没有答题。"
            }
            points={report.accuracyByWeek.map((week) => ({ label: `${week.start} 当周`, tick: shortDay(week.start), value: week.accuracy }))}
            format={percent}
            max={1}
          />
        </Card>

        <Card title="每日复习（近 30 天）">
          <BarChart
            id="reviews"
            title="近 30 天每日复习次数"
            summary={`近 30 天共复习 ${reviews30} 次。`}
            points={report.reviewsPerDay.map((day) => ({ label: day.day, tick: shortDay(day.day), value: day.value }))}
          />
        </Card>

        <Card title="复习预测（未来 30 天）">
          <BarChart
            id="forecast"
            title="未来 30 天每日到期复习"
            summary={`未来 30 天共有 ${forecast30} 张到期，今天（含已逾期）${report.forecast[0]?.value ?? 0} 张。`}
            points={report.forecast.map((day) => ({ label: day.day, tick: shortDay(day.day), value: day.value }))}
            barClassName="fill-chart-2"
          />
        </Card>

        <Card title="每日答题时长（近 30 天）">
          <BarChart
            id="time"
            title="近 30 天每日答题时长（分钟）"
            summary={`阅读共 ${duration(report.time.readingSeconds)}，答题共 ${duration(report.time.answeringSeconds)}。`}
            points={report.time.answeringSecondsPerDay.map((day) => ({ label: day.day, tick: shortDay(day.day), value: day.value / 60 }))}
            format={(value) => value.toFixed(value < 10 && value > 0 ? 1 : 0)}
          />
        </Card>
      </div>

      <Card title="各单元预计记忆保持率">
        {report.retentionByModule.length > 0 ? (
          <>
            <p className="mb-3 text-sm text-stone-600">
              按 FSRS 和你自己的记忆参数，估算现在还记得每道复习过的题的概率，取平均；没复习过的题不计入，逾期的题会拉低保持率。
            </p>
            <RetentionList modules={report.retentionByModule} reviewHref="/review" />
          </>
        ) : (
          <p className="text-stone-600">复习过的题目会按 FSRS 估算现在还记得的概率。先去练习几道题吧。</p>
        )}
      </Card>
    </div>
  );
}
