import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ExamPlayer } from "@/components/exams/exam-player";
import { ExamResultView } from "@/components/exams/exam-result-view";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getExamAttempt } from "@/lib/server/exams/get-exam-attempt";
import { saveExamAnswerAction, submitExamAction } from "../../assignments/actions";

export const metadata: Metadata = { title: "测验作答" };

export default async function ExamPage({ params, searchParams }: { params: Promise<{ attemptId: string }>; searchParams: Promise<{ q?: string }> }) {
  const actor = await requireActor();
  const [{ attemptId }, query] = await Promise.all([params, searchParams]);
  const view = await getExamAttempt(await getDb(), actor, { attemptId });
  if (!view) notFound();
  if (!view.open) return <ExamResultView view={view} />;
  const index = Math.min(Math.max(0, Math.floor(Number(query.q ?? 0) || 0)), Math.max(0, view.questions.length - 1));
  return (
    <ExamPlayer
      attemptId={view.attemptId}
      title={view.title}
      questions={view.questions}
      saved={view.saved}
      deadlineAt={view.deadlineAt?.toISOString() ?? null}
      serverNow={view.serverNow.toISOString()}
      initialIndex={index}
      saveAnswer={saveExamAnswerAction}
      submitAttempt={submitExamAction}
    />
  );
}
