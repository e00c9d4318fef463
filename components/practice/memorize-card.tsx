import Link from "next/link";
import { Button } from "@/components/ui/button";
import { QUESTION_TYPE_LABELS } from "@/lib/format/question-type-labels";
import type { PracticeStep } from "@/lib/server/practice/get-practice-step";
import { answerWords, correctOptionKeys, FEEDBACK_WORDS } from "@/lib/questions/types";
import { viewOf } from "@/components/questions/type-views";
import { ExplanationAndSource } from "./feedback-panel";

/**
 * 背题模式: the question with its key, 解析 and 出处 at once; nothing is answered or graded.
 * 下一题 records that the learner has gone through it (so 继续 resumes after it).
 */
export function MemorizeCard({ step, advance }: { step: PracticeStep; advance: (formData: FormData) => Promise<void> }) {
  const { question, feedback } = step;
  const last = step.index + 1 >= step.total;
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between text-sm text-stone-600">
        <span>
          背题 · 第 {step.index + 1} / {step.total} 题 · {QUESTION_TYPE_LABELS[question.type]}
        </span>
        <span data-testid="practice-counts">已看 {step.memorized ?? 0}</span>
      </div>
      <p className="text-lg leading-relaxed font-medium text-stone-900" data-testid="question-stem">
        {question.stem}
      </p>
      {feedback ? (
        <>
          {question.options.length > 0 ? (
            <ul className="space-y-2">
              {question.options.map((option) => {
                const isKey = correctOptionKeys(feedback).includes(option.key);
                return (
                  <li key={option.key} className={`rounded-lg border px-3 py-2 ${isKey ? "border-green-600 bg-green-50 text-green-800" : "border-stone-200 bg-white text-stone-800"}`}>
                    {option.key}. {option.text}
                    {isKey ? <span className="ml-2 font-medium">✓ 正确答案</span> : null}
                  </li>
                );
              })}
            </ul>
          ) : null}
          <section aria-label="答案与解析" className="space-y-2 rounded-xl border-l-4 border-green-600 bg-green-50 p-4 text-green-800" data-testid="memorize-key">
            <p>
              <span className="font-medium">{viewOf(question.type).keyLabel}：</span>
              {answerWords(feedback, FEEDBACK_WORDS)}
            </p>
            <ExplanationAndSource feedback={feedback} />
          </section>
        </>
      ) : (
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-amber-800">这道题在你尚未结束的测验中，答案暂不显示。</p>
      )}
      <div className="flex flex-wrap gap-2">
        {step.index > 0 ? (
          <Link href={`/practice/${step.attemptId}?q=${step.index - 1}`} className="inline-flex min-h-11 items-center rounded-lg px-4 text-stone-700 hover:bg-stone-100">
            ← 上一题
          </Link>
        ) : null}
        {step.open ? (
          <form action={advance} className="grow sm:grow-0">
            <input type="hidden" name="attemptId" value={step.attemptId} />
            <input type="hidden" name="index" value={step.index} />
            <Button type="submit" className="w-full sm:w-auto">
              {last ? "看完了，查看结果" : "记住了，下一题 →"}
            </Button>
          </form>
        ) : (
          <Link href={`/practice/${step.attemptId}?done=1`} className="inline-flex min-h-11 items-center rounded-lg px-4 text-brand-700 underline underline-offset-4">
            查看结果
          </Link>
        )}
      </div>
    </div>
  );
}
