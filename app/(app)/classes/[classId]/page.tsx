import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireClassManager } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getManagedClass } from "@/lib/server/classes/get-managed-class";

export const metadata: Metadata = { title: "班级" };

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const actor = await requireClassManager(classId);
  const managed = await getManagedClass(await getDb(), actor, classId);
  if (!managed) notFound();
  const learners = managed.members.filter((member) => member.role === "LEARNER");
  const instructors = managed.members.filter((member) => member.role === "INSTRUCTOR");
  return (
    <div className="space-y-4">
      <PageHeader title={managed.name} description={`邀请码 ${managed.inviteCode} · 注册链接 /register?code=${managed.inviteCode}`} />
      <Card title="教员">
        <p className="text-stone-700">{instructors.map((member) => member.user.name).join("、") || "—"}</p>
      </Card>
      <Card title={`学员（${learners.length}）`}>
        {learners.length === 0 ? (
          <p className="text-stone-600">还没有学员。把邀请码发给学员，他们注册后即加入本班。</p>
        ) : (
          <ul className="divide-y divide-stone-100">
            {learners.map((member) => (
              <li key={member.userId} className="flex flex-wrap justify-between gap-2 py-2">
                <Link href={`/learners/${member.userId}`} className="text-brand-700 underline underline-offset-4">
                  {member.user.name}
                </Link>
                <span className="break-all text-sm text-stone-600">{member.user.email}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
