import Link from "next/link";
import { formatShare } from "@/lib/stats";
import { WEAK_QUESTION_MIN_RESPONSES, type WeakQuestion } from "@/lib/server/reports/weak-questions";

/** The questions most often answered wrong, each linking to the question in the bank. */
export function WeakQuestionList({ questions }: { questions: readonly WeakQuestion[] }) {
  if (questions.length === 0) return <p className="text-stone-600">作答还不够多（每题至少 {WEAK_QUESTION_MIN_RESPONSES} 次）时，这里不列题目。</p>;
  return (
    <ol className="list-decimal space-y-1 pl-5" aria-label="最易错的题目">
      {questions.map((question) => (
        <li key={question.id}>
          <Link href={`/bank/${question.id}`} className="text-brand-700 hover:underline">
            {question.stem}
          </Link>
          <span className="ml-2 text-sm text-stone-600 tabular-nums">
            正确率 {formatShare(question.accuracy)}（{question.responses} 次作答）
          </span>
        </li>
      ))}
    </ol>
  );
}
