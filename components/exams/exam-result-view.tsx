import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/date-time";
import { formatScore } from "@/lib/format/score";
import type { ExamAttemptView } from "@/lib/server/exams/get-exam-attempt";
import type { PaperFeedbackItem } from "@/lib/server/exams/paper-feedback";
import { answerWords, EXAM_RESULT_WORDS } from "@/lib/questions/types";
import { viewOf } from "@/components/questions/type-views";
import { awaitingMarks, verdictLabel } from "./verdict-label";

/** A closed attempt: the score and answers as the result policy allows. */
export function ExamResultView({ view }: { view: ExamAttemptView }) {
  const result = view.result!;
  const unmarked = result.feedback ? awaitingMarks(result.feedback) : 0;
  return (
    <div className="space-y-4">
      <Card title={`${view.title} · 第 ${view.number} 次作答`}>
        <p className="text-stone-700">
          {result.status === "EXPIRED" ? "时间已到，答卷已自动提交" : "答卷已提交"}
          {result.submittedAt ? `（${formatDateTime(result.submittedAt)}）` : ""}
          {result.late ? "，逾期提交" : ""}。
        </p>
        {result.visible ? (
          <>
            <p className="mt-2 text-2xl font-semibold text-stone-900" data-testid="exam-score">
              得分 {result.percent === null ? "—" : formatScore({ right: rightCount(result), total: (result.feedback?.length ?? 0) + result.hiddenKeys, percent: result.percent })}
            </p>
            {result.hiddenKeys > 0 ? (
              <p className="mt-1 text-sm text-stone-600" data-testid="hidden-keys">
                另有 {result.hiddenKeys} 道题也在你尚未结束的测验中，答案暂不显示。
              </p>
            ) : null}
            {unmarked > 0 ? (
              <p className="mt-1 text-sm text-stone-600" data-testid="awaiting-marks">
                另有 {unmarked} 道简答题待教员评分，评分后计入得分。
              </p>
            ) : null}
          </>
        ) : (
          <p className="mt-2 text-stone-700" data-testid="exam-score">
            成绩和答案将按教员的设置公布，现在暂不显示。
          </p>
        )}
        <Link href={`/assignments/${view.assignmentId}`} className="mt-3 inline-block text-brand-700 underline underline-offset-4">
          返回测验
        </Link>
      </Card>
      {result.feedback ? (
        <ol className="space-y-3" aria-label="答题详情">
          {result.feedback.map((item) => (
            <ResultItem key={item.questionId} item={item} />
          ))}
        </ol>
      ) : null}
    </div>
  );
}

/** Questions answered right, when every answer of the paper may be shown. */
function rightCount(result: Pick<NonNullable<ExamAttemptView["result"]>, "feedback" | "hiddenKeys">): number | null {
  if (!result.feedback || result.hiddenKeys > 0) return null;
  return result.feedback.filter((item) => item.status === "correct").length;
}

function ResultItem({ item }: { item: PaperFeedbackItem }) {
  return (
    <li className="rounded-xl border border-stone-200 bg-white p-4 text-stone-800">
      <p className="text-sm text-stone-500">
        第 {item.position} 题 · {verdictLabel(item)} · {item.earned} / {item.points} 分
      </p>
      <p className="mt-1 font-medium text-stone-900">{item.stem}</p>
      <p className="mt-1">
        <span className="font-medium">你的答案：</span>
        {item.given === null ? "未作答" : answerWords(item, EXAM_RESULT_WORDS, item.given)}
      </p>
      <p>
        <span className="font-medium">{viewOf(item.type).keyLabel}：</span>
        {answerWords(item, EXAM_RESULT_WORDS)}
      </p>
      {item.explanation ? <p className="mt-1 text-sm text-stone-600">解析：{item.explanation}</p> : null}
    </li>
  );
}
