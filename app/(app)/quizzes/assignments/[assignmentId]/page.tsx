import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignmentWindowForm } from "@/components/quizzes/assignment-window-form";
import { assignmentStatusLabel } from "@/components/quizzes/assignment-status";
import { timeLimitLabel } from "@/components/quizzes/labels";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/date-time";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { toShanghaiLocal } from "@/lib/format/date-time";
import { getAssignmentForStaff } from "@/lib/server/assignments/get-assignment-for-staff";
import { updateAssignmentWindowAction } from "../../actions";

export const metadata: Metadata = { title: "布置详情" };

export default async function AssignmentPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const actor = await requireStaff();
  const { assignmentId } = await params;
  const assignment = await getAssignmentForStaff(await getDb(), { actor, assignmentId });
  if (!assignment) notFound();
  const canEditQuiz = actor.role === "ADMIN" || assignment.quiz.createdById === actor.id;
  const learners = assignment.classes.reduce((sum, link) => sum + link.class._count.members, 0);
  return (
    <div className="space-y-4">
      <PageHeader title={assignment.title} description={`${assignmentStatusLabel(assignment, new Date())} · ${formatDateTime(assignment.opensAt)} 至 ${formatDateTime(assignment.closesAt)}`} />
      <div className="flex flex-wrap gap-2">
        <Link href={`/quizzes/assignments/${assignment.id}/results`} className={buttonClasses("primary")}>
          查看成绩与分析
        </Link>
        {canEditQuiz ? (
          <Link href={`/quizzes/${assignment.quiz.id}`} className={buttonClasses("secondary")}>
            查看测验
          </Link>
        ) : null}
      </div>
      <Card title="概况">
        <dl className="grid gap-2 text-stone-800 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-stone-600">测验</dt>
            <dd>{assignment.quiz.title}</dd>
          </div>
          <div>
            <dt className="text-sm text-stone-600">班级</dt>
            <dd data-testid="assignment-classes">{assignment.classes.map((link) => link.class.name).join("、")}</dd>
          </div>
          <div>
            <dt className="text-sm text-stone-600">时间限制 · 作答次数</dt>
            <dd>
              {timeLimitLabel(assignment.quiz.timeLimitSeconds)} · {assignment.quiz.attemptsAllowed} 次
            </dd>
          </div>
          <div>
            <dt className="text-sm text-stone-600">已交卷</dt>
            <dd>
              {assignment.submitted} 份（共 {learners} 名学员）
            </dd>
          </div>
        </dl>
      </Card>
      <Card title="开放时间">
        <AssignmentWindowForm assignmentId={assignment.id} opensAt={toShanghaiLocal(assignment.opensAt)} closesAt={toShanghaiLocal(assignment.closesAt)} action={updateAssignmentWindowAction} />
      </Card>
    </div>
  );
}
