import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { RetentionList } from "@/components/learning/retention-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireLearnerReader } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getLearnerProfile } from "@/lib/server/accounts/get-learner-profile";
import { getModuleRetention } from "@/lib/server/progress/get-module-retention";
import { LearnerProfileView } from "@/components/learners/learner-profile-view";

export const metadata: Metadata = { title: "学员" };

export default async function LearnerPage({ params }: { params: Promise<{ learnerId: string }> }) {
  const { learnerId } = await params;
  const actor = await requireLearnerReader(learnerId);
  const db = await getDb();
  // getLearnerProfile checks that the actor may read this learner before anything else is read.
  const profile = await getLearnerProfile(db, actor, learnerId);
  if (!profile) notFound();
  const retention = profile.role === "LEARNER" ? await getModuleRetention(db, actor, profile.id, new Date()) : null;
  return (
    <div className="space-y-4">
      <PageHeader title={profile.name} description="学员学习情况" />
      <LearnerProfileView profile={profile} />
      {retention ? (
        <Card title="各单元预计记忆保持率">
          <p className="mb-3 text-sm text-stone-600" data-testid="learner-overdue">
            与学员“我的进度”相同的算法：复习过的题现在还记得的概率的平均。逾期未复习 {retention.overall.overdue} 张。
          </p>
          {retention.modules.length > 0 ? <RetentionList modules={retention.modules} /> : <p className="text-stone-600">还没有复习过的题目。</p>}
        </Card>
      ) : null}
    </div>
  );
}
