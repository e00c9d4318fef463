import { headers } from "next/headers";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { AddInstructorForm } from "@/components/classes/add-instructor-form";
import { InvitePanel } from "@/components/classes/invite-panel";
import { MemberList } from "@/components/classes/member-list";
import { RenameClassForm } from "@/components/classes/rename-class-form";
import { RosterImportForm } from "@/components/classes/roster-import-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireClassManager } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getManagedClass } from "@/lib/server/classes/get-managed-class";
import { listInstructorCandidates } from "@/lib/server/classes/list-instructor-candidates";
import { addInstructorAction, regenerateInviteCodeAction, removeMemberAction, renameClassAction } from "./actions";

export const metadata: Metadata = { title: "班级" };

/** The address users reach this server at, for the invite link. */
async function requestOrigin(): Promise<string> {
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost";
  const protocol = list.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${host}`;
}

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const actor = await requireClassManager(classId);
  const db = await getDb();
  const managed = await getManagedClass(db, actor, classId);
  if (!managed) notFound();
  const isAdmin = actor.role === "ADMIN";
  const learners = managed.members.filter((member) => member.role === "LEARNER");
  const instructors = managed.members.filter((member) => member.role === "INSTRUCTOR");
  const candidates = isAdmin ? await listInstructorCandidates(db, actor, { classId }) : [];
  return (
    <div className="space-y-4">
      <PageHeader title={managed.name} description={`${learners.length} 名学员 · ${instructors.length} 名教员`} />
      <a href={`/admin/reports/classes/${classId}`} className="inline-block font-medium text-brand-700 underline underline-offset-4">
        查看本班掌握情况（学员 × 单元）
      </a>
      <Card title="邀请学员">
        <InvitePanel classId={classId} inviteCode={managed.inviteCode} origin={await requestOrigin()} regenerateAction={regenerateInviteCodeAction} />
      </Card>
      <Card title="导入名单">
        <div className="space-y-3">
          <p className="text-sm text-stone-600">
            <a href="/classes/roster-template" download className="font-medium text-brand-700 underline underline-offset-4">
              下载名单模板（CSV）
            </a>
            。已有账号的学员直接加入本班；新学员会获得初始密码。
          </p>
          <RosterImportForm classId={classId} />
        </div>
      </Card>
      <Card title={`学员（${learners.length}）`}>
        <MemberList
          classId={classId}
          members={learners}
          canRemove
          linkToProfile
          removeAction={removeMemberAction}
          emptyText="还没有学员。把邀请码发给学员，或导入名单。"
        />
      </Card>
      <Card title={`教员（${instructors.length}）`}>
        <div className="space-y-3">
          <MemberList
            classId={classId}
            members={instructors}
            canRemove={isAdmin}
            linkToProfile={false}
            removeAction={removeMemberAction}
            emptyText="本班还没有教员。"
          />
          {isAdmin ? <AddInstructorForm classId={classId} candidates={candidates} action={addInstructorAction} /> : null}
        </div>
      </Card>
      <Card title="班级设置">
        <RenameClassForm classId={classId} name={managed.name} action={renameClassAction} />
      </Card>
    </div>
  );
}
