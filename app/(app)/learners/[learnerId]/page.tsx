import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireLearnerReader } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getLearnerProfile } from "@/lib/server/accounts/get-learner-profile";
import { LearnerProfileView } from "@/components/learners/learner-profile-view";

export const metadata: Metadata = { title: "学员" };

export default async function LearnerPage({ params }: { params: Promise<{ learnerId: string }> }) {
  const { learnerId } = await params;
  const actor = await requireLearnerReader(learnerId);
  const profile = await getLearnerProfile(await getDb(), actor, learnerId);
  if (!profile) notFound();
  return (
    <div className="space-y-4">
      <PageHeader title={profile.name} description="学员学习情况" />
      <LearnerProfileView profile={profile} />
    </div>
  );
}
