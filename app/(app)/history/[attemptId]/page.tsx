import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format/date-time";
import { formatScore } from "@/lib/format/score";
import { percentOf } from "@/lib/stats/score-policy";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { ATTEMPT_MODE_LABELS } from "@/lib/server/history/attempt-modes";
import { getAttemptReview, type AttemptReview } from "@/lib/server/history/get-attempt-review";
import { KEY_HIDDEN_MESSAGE } from "@/lib/quizzes/key-visibility";
import { answerWords, FEEDBACK_WORDS } from "@/lib/questions/types";
import { viewOf } from "@/components/questions/type-views";

export const metadata: Metadata = { title: "答题回顾" };

const VERDICTS = { correct: "✓ 正确", partial: "部分正确", incorrect: "✗ 错误", "self-graded": "自评" } as const;
const SELF_GRADES = ["", "没记住", "困难", "记得", "轻松"];

/** An answer in words, or — for none. */
function shown(words: string): string {
  return words.trim() === "" ? "—" : words;
}

export default async function AttemptReviewPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const actor = await requireActor();
  const { attemptId } = await params;
  const review = await getAttemptReview(await getDb(), actor, { attemptId: attemptId.slice(0, 64) });
  if (!review) notFound();
  return (
    <div className="space-y-4">
      <PageHeader
        title={`${ATTEMPT_MODE_LABELS[review.mode]}${review.title ? `：${review.title}` : ""}`}
        description={`${formatDateTime(review.submittedAt ?? review.startedAt)}${review.score !== null && review.maxScore !== null ? ` · 得分 ${reviewScore(review, review.score, review.maxScore)}` : ""}`}
      />
      <ol className="space-y-3" data-testid="attempt-review">
        {review.questions.map((question) => (
          <li key={question.questionId}>
            <Card>
              <p className="font-medium text-stone-900">
                {question.position}. {question.stem}
              </p>
              {question.options.length > 0 ? (
                <ul className="mt-2 space-y-1 text-sm text-stone-700">
                  {question.options.map((option) => (
                    <li key={option.key}>
                      {option.key}. {option.text}
                    </li>
                  ))}
                </ul>
              ) : null}
              {question.feedback ? (
                <dl className="mt-3 grid grid-cols-[5rem_1fr] gap-y-1 text-sm">
                  <dt className="text-stone-600">结果</dt>
                  <dd className={question.feedback.status === "correct" ? "text-green-800" : question.feedback.status === "self-graded" ? "text-stone-800" : "text-brand-700"}>
                    {VERDICTS[question.feedback.status]}
                    {question.feedback.selfGrade ? `（${SELF_GRADES[question.feedback.selfGrade]}）` : ""}
                  </dd>
                  <dt className="text-stone-600">我的答案</dt>
                  <dd data-testid="given-answer">{shown(answerWords(question.feedback, FEEDBACK_WORDS, question.feedback.given))}</dd>
                  <dt className="text-stone-600">{viewOf(question.feedback.type).keyLabel}</dt>
                  <dd data-testid="correct-answer">{shown(answerWords(question.feedback, FEEDBACK_WORDS))}</dd>
                  {question.feedback.explanation ? (
                    <>
                      <dt className="text-stone-600">解析</dt>
                      <dd>{question.feedback.explanation}</dd>
                    </>
                  ) : null}
                </dl>
              ) : (
                <p className="mt-3 text-sm text-stone-600">{question.keyHidden ? KEY_HIDDEN_MESSAGE : "未作答"}</p>
              )}
              {question.feedback?.source ? (
                <Link
                  href={`/study/${question.feedback.source.moduleId}?hl=${question.questionId}${question.feedback.source.passageId ? `#${question.feedback.source.passageId}` : ""}`}
                  className="mt-2 inline-block text-sm font-medium text-brand-700 underline underline-offset-4"
                >
                  查看出处原文
                </Link>
              ) : null}
            </Card>
          </li>
        ))}
      </ol>
      <Link href="/history" className="text-brand-700 underline underline-offset-4">
        返回答题记录
      </Link>
    </div>
  );
}

/** `7/18 题 · 38.9 分`; only the score while a key is hidden, since the right answers are then unknown here. */
function reviewScore(review: AttemptReview, score: number, maxScore: number): string {
  const right = review.questions.some((question) => question.keyHidden) ? null : review.questions.filter((question) => question.feedback?.status === "correct").length;
  return formatScore({ right, total: review.questions.length, percent: percentOf(score, maxScore) });
}
