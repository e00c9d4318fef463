import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswerPanel } from "@/components/bank/answer-panel";
import { LearnerView } from "@/components/bank/learner-view";
import { RESULT_POLICY_LABELS, LATE_POLICY_LABELS, timeLimitLabel } from "@/components/quizzes/labels";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { scopeFor } from "@/lib/server/authorization/scope";
import { previewQuiz } from "@/lib/server/quizzes/preview-quiz";
import { learnerFacing } from "@/lib/questions";

export const metadata: Metadata = { title: "预览测验" };

export default async function QuizPreviewPage({ params, searchParams }: { params: Promise<{ quizId: string }>; searchParams: Promise<{ answers?: string }> }) {
  const actor = await requireStaff();
  const { quizId } = await params;
  const showAnswers = (await searchParams).answers === "1";
  const db = await getDb();
  const quiz = await db.quiz.findFirst({ where: scopeFor(actor).quiz(quizId) });
  if (!quiz) notFound();
  const preview = await previewQuiz(db, { actor, quizId });
  if (!preview) notFound();
  return (
    <div className="space-y-4">
      <PageHeader title={quiz.title} description="预览：学员看到的测验（以您为学员抽取的一份样卷）" />
      <div className="flex flex-wrap gap-2">
        <Link href={`/quizzes/${quiz.id}`} className={buttonClasses("ghost")}>
          返回编辑
        </Link>
        <Link href={showAnswers ? `/quizzes/${quiz.id}/preview` : `/quizzes/${quiz.id}/preview?answers=1`} className={buttonClasses("secondary")} aria-pressed={showAnswers}>
          {showAnswers ? "隐藏答案" : "显示答案"}
        </Link>
      </div>
      {quiz.description ? <p className="text-stone-700">{quiz.description}</p> : null}
      {!preview.ok ? (
        <p className="rounded-lg bg-brand-50 px-3 py-2 text-brand-700" role="alert">
          无法抽题：{preview.error}
        </p>
      ) : (
        <>
          <Card title="作答须知">
            <ul className="space-y-1 text-stone-800" data-testid="preview-settings">
              <li>共 {preview.questions.length} 题，满分 {preview.totalPoints} 分</li>
              <li>时间限制：{timeLimitLabel(quiz.timeLimitSeconds)}</li>
              <li>可作答 {quiz.attemptsAllowed} 次</li>
              <li>{RESULT_POLICY_LABELS[quiz.resultPolicy]}</li>
              <li>{LATE_POLICY_LABELS[quiz.latePolicy]}</li>
            </ul>
          </Card>
          {preview.questions.length === 0 ? <p className="text-stone-600">测验还没有题目。</p> : null}
          <ol className="space-y-4" aria-label="预览题目">
            {preview.questions.map((question, index) => (
              <li key={question.id}>
                <Card>
                  <p className="mb-2 text-sm font-medium text-stone-600">
                    第 {index + 1} 题 · {question.points} 分
                  </p>
                  <LearnerView type={question.type} stem={question.stem} {...learnerFacing(question.key)} />
                  {showAnswers ? (
                    <div className="mt-3 border-t border-stone-200 pt-3">
                      <AnswerPanel questionKey={question.key} explanation={question.explanation} />
                    </div>
                  ) : null}
                </Card>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
