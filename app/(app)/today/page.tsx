import type { Metadata } from "next";
import { TodayPanel } from "@/components/learning/today-panel";
import { STUDY_SECTIONS } from "@/components/shell/nav-items";
import { SectionLinks } from "@/components/shell/section-links";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getLearnerToday } from "@/lib/server/home/get-learner-today";
import { startDailyQuizAction } from "../practice/actions";

export const metadata: Metadata = { title: "我的学习" };

/** 我的学习: a staff member's own 今日学习 (a learner's home shows the same), and every study section. */
export default async function TodayPage() {
  const actor = await requireActor();
  const today = await getLearnerToday(await getDb(), actor);
  return (
    <div className="space-y-4">
      <PageHeader title="我的学习" description="今日复习、每日一练、继续阅读和测验任务。" />
      <Card title="学习">
        <SectionLinks items={STUDY_SECTIONS} label="学习功能" />
      </Card>
      <TodayPanel today={today} startDailyQuiz={startDailyQuizAction} />
    </div>
  );
}
