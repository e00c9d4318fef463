import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AssignmentSummary } from "@/components/exams/assignment-summary";
import { ATTEMPT_STATUS_LABELS } from "@/components/exams/attempt-status-labels";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/date-time";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getLearnerAssignment } from "@/lib/server/exams/list-learner-assignments";
import { START_REFUSAL_MESSAGES, type StartRefusal } from "@/lib/server/exams/start-assignment-attempt";
import { percentOf } from "@/lib/stats/score-policy";
import { startExamAction } from "../actions";
import { ErrorAlert } from "@/components/ui/error-alert";

export const metadata: Metadata = { title: "测验" };

export default async function AssignmentPage({ params, searchParams }: { params: Promise<{ assignmentId: string }>; searchParams: Promise<{ refused?: string }> }) {
  const actor = await requireActor();
  const [{ assignmentId }, query] = await Promise.all([params, searchParams]);
  const assignment = await getLearnerAssignment(await getDb(), actor, { assignmentId });
  if (!assignment) notFound();
  const refusal = query.refused && query.refused in START_REFUSAL_MESSAGES ? START_REFUSAL_MESSAGES[query.refused as StartRefusal] : null;
  return (
    <div className="space-y-4">
      <PageHeader title={assignment.title} />
      <Card>
        <AssignmentSummary assignment={assignment} />
        <ErrorAlert message={refusal} className="mt-3" />
        {assignment.canStart ? (
          <form action={startExamAction} className="mt-4">
            <input type="hidden" name="assignmentId" value={assignment.id} />
            <Button type="submit" className="w-full sm:w-auto">
              {assignment.inProgressAttemptId ? "继续作答" : assignment.attemptsUsed > 0 ? "再次作答" : "开始作答"}
            </Button>
          </form>
        ) : null}
      </Card>
      {assignment.attempts.length > 0 ? (
        <Card title="我的作答">
          <ul className="divide-y divide-stone-100" aria-label="作答记录">
            {assignment.attempts.map((attempt) => (
              <li key={attempt.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  第 {attempt.number} 次 · {ATTEMPT_STATUS_LABELS[attempt.status]}
                  {attempt.late ? "（逾期）" : ""}
                  {attempt.submittedAt ? ` · ${formatDateTime(attempt.submittedAt)}` : ""}
                  {assignment.resultsVisible && attempt.score !== null && attempt.maxScore !== null ? ` · ${percentOf(attempt.score, attempt.maxScore)} 分` : ""}
                </span>
                <Link href={`/exam/${attempt.id}`} className="text-brand-700 underline underline-offset-4">
                  {attempt.status === "IN_PROGRESS" ? "继续" : "查看"}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
