import type { Metadata } from "next";
import { PointsTiles } from "@/components/learning/points-tiles";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/date-time";
import { PageHeader } from "@/components/ui/page-header";
import { LabelledProgress } from "@/components/ui/progress-bar";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getPointsLedger } from "@/lib/server/points/get-points-ledger";
import { getPointsSummary } from "@/lib/server/points/get-points-summary";
import { getOrganisationSettings } from "@/lib/server/organisation/get-organisation-settings";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "学习积分" };

const shortDay = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

export default async function PointsPage() {
  const actor = await requireActor();
  const db = await getDb();
  const now = new Date();
  if (!(await getOrganisationSettings(db)).pointsEnabled) {
    return (
      <div className="space-y-4">
        <PageHeader title="学习积分" />
        <EmptyState title="本单位未启用学习积分" action={{ href: "/", label: "回到首页" }}>
          管理员可以在“单位设置”中启用。
        </EmptyState>
      </div>
    );
  }
  const [summary, ledger] = await Promise.all([getPointsSummary(db, actor, now), getPointsLedger(db, actor, { now })]);
  return (
    <div className="space-y-4">
      <PageHeader title="学习积分" description="每天学习、答题、复习都能得分，每项每天有上限。" />
      <PointsTiles points={summary} testIdPrefix="ledger" />

      <Card title="今日得分">
        <ul className="space-y-3" data-testid="points-today">
          {ledger.today.map((row) => (
            <li key={row.activity}>
              <LabelledProgress
                title={row.label}
                figure={`${row.earned} / ${row.dailyCap} 分${row.earned >= row.dailyCap ? "（已满）" : ""}`}
                value={row.earned}
                max={row.dailyCap}
                label={`${row.label} 今日得分`}
              />
              <p className="mt-1 text-xs text-stone-500">
                每次 {row.points} 分，每日上限 {row.dailyCap} 分
              </p>
            </li>
          ))}
        </ul>
      </Card>

      <div className="grid gap-4 md:grid-cols-2">
        <Card title="近 14 天">
          {ledger.days.length > 0 ? (
            <ul className="divide-y divide-stone-100" data-testid="points-days">
              {ledger.days.map((day) => (
                <li key={day.day} className="flex justify-between py-2 text-sm">
                  <span className="text-stone-700">{shortDay(day.day)}</span>
                  <span className="font-medium text-stone-900">+{day.points} 分</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-stone-600">近 14 天还没有得分。读一节课文、做一组每日一练就能得分。</p>
          )}
        </Card>

        <Card title="最近得分">
          {ledger.entries.length > 0 ? (
            <ul className="divide-y divide-stone-100" data-testid="points-entries">
              {ledger.entries.map((entry) => (
                <li key={entry.id} className="flex items-baseline justify-between gap-2 py-2 text-sm">
                  <span>
                    <span className="text-stone-900">{entry.label}</span>
                    <span className="ml-2 text-xs text-stone-500">{formatDateTime(entry.at)}</span>
                  </span>
                  <span className="shrink-0 font-medium text-brand-700">+{entry.points}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-stone-600">还没有得分记录。</p>
          )}
        </Card>
      </div>
    </div>
  );
}
