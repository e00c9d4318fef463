import Link from "next/link";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getHomeSummary, getOrganisationCounts } from "@/lib/server/home/get-home-summary";
import { getStaffWorkbench } from "@/lib/server/home/get-staff-workbench";
import { StaffWorkbenchView } from "@/components/home/staff-workbench";
import { getLearnerToday } from "@/lib/server/home/get-learner-today";
import { TodayPanel } from "@/components/learning/today-panel";
import { SectionLinks } from "@/components/shell/section-links";
import { ADMIN_SECTIONS } from "@/components/shell/nav-items";
import { startDailyQuizAction } from "./practice/actions";

export const metadata: Metadata = { title: "首页" };

const HEADINGS = { LEARNER: "今日学习", INSTRUCTOR: "教学工作台", ADMIN: "管理概览" } as const;

export default async function HomePage() {
  const actor = await requireActor();
  const db = await getDb();
  const summary = await getHomeSummary(db, actor);
  return (
    <div className="space-y-4">
      <PageHeader title={HEADINGS[actor.role]} description={`${actor.name}，您好！`} />
      {actor.role === "LEARNER" ? (
        <TodayPanel today={await getLearnerToday(db, actor)} startDailyQuiz={startDailyQuizAction} />
      ) : (
        <StaffWorkbenchView workbench={await getStaffWorkbench(db, actor)} today={await getLearnerToday(db, actor)} administrator={actor.role === "ADMIN"} />
      )}
      {actor.role === "ADMIN" ? <AdminOverview counts={await getOrganisationCounts(db, actor)} /> : null}
      <Card title="课程">
        {summary.modules > 0 ? (
          <p className="text-stone-700">
            共 {summary.modules} 个学习单元，题库中 {summary.activeQuestions} 道题可供练习。
            <Link href="/study" className="ml-1 font-medium text-brand-700 underline underline-offset-4">
              开始学习
            </Link>
          </p>
        ) : (
          <EmptyState title="课程内容尚未导入">
            {actor.role === "LEARNER"
              ? "请等待教员发布学习材料。"
              : "在项目目录运行 npm run content:build 导入课程，或在题库页上传学习材料。"}
          </EmptyState>
        )}
      </Card>
      {actor.role === "LEARNER" ? (
        <Card title="我的班级">
          {summary.memberships.length > 0 ? (
            <ul className="list-inside list-disc text-stone-700">
              {summary.memberships.map((membership) => (
                <li key={membership.class.id}>{membership.class.name}</li>
              ))}
            </ul>
          ) : (
            <p className="text-stone-600">尚未加入班级。向教员索取邀请码即可加入。</p>
          )}
        </Card>
      ) : null}
    </div>
  );
}

function AdminOverview({ counts }: { counts: Awaited<ReturnType<typeof getOrganisationCounts>> }) {
  const tiles = [
    { label: "学员", value: counts.users.LEARNER },
    { label: "教员", value: counts.users.INSTRUCTOR },
    { label: "管理员", value: counts.users.ADMIN },
    { label: "班级", value: counts.classes },
  ];
  return (
    <Card title="组织概况">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {tiles.map((tile) => (
          <div key={tile.label} className="rounded-lg bg-stone-50 p-3">
            <dt className="text-sm text-stone-600">{tile.label}</dt>
            <dd className="text-2xl font-bold text-stone-900">{tile.value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-4 mb-2 font-semibold text-stone-900">管理</h3>
      <SectionLinks items={ADMIN_SECTIONS} label="管理" testId="admin-links" />
    </Card>
  );
}
