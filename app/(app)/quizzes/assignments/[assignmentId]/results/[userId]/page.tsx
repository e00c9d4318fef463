import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { answerWords, EXAM_RESULT_WORDS } from "@/lib/questions/types";
import { ATTEMPT_STATUS_LABELS } from "@/components/exams/attempt-status-labels";
import { verdictLabel } from "@/components/exams/verdict-label";
import { ShortAnswerMarkForm } from "@/components/results/short-answer-mark-form";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/date-time";
import { formatScore } from "@/lib/format/score";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getLearnerAnswers } from "@/lib/server/results/get-learner-answers";
import { markShortAnswerAction } from "../actions";

export const metadata: Metadata = { title: "作答详情" };

export default async function LearnerAnswersPage({ params }: { params: Promise<{ assignmentId: string; userId: string }> }) {
  const actor = await requireStaff();
  const { assignmentId, userId } = await params;
  const data = await getLearnerAnswers(await getDb(), actor, { assignmentId, userId });
  if (!data) notFound();
  return (
    <div className="space-y-4">
      <PageHeader title={`${data.learner.name} 的作答`} description={data.assignment.title} />
      <Link href={`/quizzes/assignments/${data.assignment.id}/results`} className="text-brand-700 underline underline-offset-4">
        返回成绩与分析
      </Link>
      {data.attempts.length === 0 ? <p className="text-stone-700">尚未作答。</p> : null}
      {data.attempts.map((attempt) => (
        <Card key={attempt.id} title={`第 ${attempt.number} 次 · ${ATTEMPT_STATUS_LABELS[attempt.status]}${attempt.late ? "（逾期）" : ""}`}>
          <p className="text-sm text-stone-600">
            开始 {formatDateTime(attempt.startedAt)}
            {attempt.submittedAt ? ` · 交卷 ${formatDateTime(attempt.submittedAt)}` : ""}
            {attempt.percent !== null
              ? ` · 得分 ${formatScore({ right: attempt.answers.filter((item) => item.status === "correct").length, total: attempt.answers.length, percent: attempt.percent })}`
              : ""}
          </p>
          <ol className="mt-2 space-y-2">
            {attempt.answers.map((item, index) => {
              return (
                <li key={item.questionId} className="rounded-lg bg-stone-50 p-2 text-sm text-stone-800">
                  <p>
                    {index + 1}. {verdictLabel(item)} · {item.earned} / {item.points} 分
                  </p>
                  <p className="font-medium text-stone-900">{item.stem}</p>
                  <p>作答：{item.given === null ? "未作答" : answerWords(item, EXAM_RESULT_WORDS, item.given)}</p>
                  <p>答案：{answerWords(item, EXAM_RESULT_WORDS)}</p>
                  {item.keyPoints.length > 0 ? <p>要点：{item.keyPoints.join("；")}</p> : null}
                  {item.status === "self-graded" && item.responseId ? (
                    <ShortAnswerMarkForm
                      assignmentId={data.assignment.id}
                      responseId={item.responseId}
                      position={index + 1}
                      points={item.points}
                      earned={item.awaitingMark ? null : item.earned}
                      action={markShortAnswerAction}
                    />
                  ) : null}
                </li>
              );
            })}
          </ol>
        </Card>
      ))}
    </div>
  );
}
