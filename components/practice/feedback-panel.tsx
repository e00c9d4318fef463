import Link from "next/link";
import type { AnswerFeedback } from "@/lib/server/practice/answer-feedback";
import type { SrsRating } from "@/lib/srs";
import { answerWords, FEEDBACK_WORDS } from "@/lib/questions/types";
import { viewOf } from "@/components/questions/type-views";

const RATING_LABELS: Record<SrsRating, string> = { AGAIN: "没记住", HARD: "困难", GOOD: "记得", EASY: "轻松" };
// Each verdict has an icon and words as well as a colour, so it does not rest on colour alone.
const VERDICTS = {
  correct: { icon: "✓", text: "回答正确", className: "bg-green-50 text-green-800 border-green-600" },
  partial: { icon: "◐", text: "部分正确", className: "bg-amber-50 text-amber-800 border-amber-500" },
  incorrect: { icon: "✗", text: "回答错误", className: "bg-brand-50 text-brand-800 border-brand-600" },
  "self-graded": { icon: "✎", text: "对照参考答案，给自己的掌握程度打分", className: "bg-stone-100 text-stone-800 border-stone-400" },
} as const;

/** The 解析 and the link to the passage the question cites (出处), as feedback and 背题模式 show them. */
export function ExplanationAndSource({ feedback }: { feedback: AnswerFeedback }) {
  return (
    <>
      {feedback.explanation ? (
        <p className="text-sm leading-relaxed">
          <span className="font-medium">解析：</span>
          {feedback.explanation}
        </p>
      ) : null}
      {feedback.source ? (
        <Link
          href={`/study/${feedback.source.moduleId}?hl=${feedback.questionId}${feedback.source.passageId ? `#${feedback.source.passageId}` : ""}`}
          className="inline-block text-sm font-medium underline underline-offset-4"
        >
          查看出处原文
        </Link>
      ) : null}
    </>
  );
}

/** Right or wrong, the answer, the 解析, and a link to the highlighted source passage. */
export function FeedbackPanel({
  feedback,
  ratingIntervals,
  onRate,
  pending,
}: {
  feedback: AnswerFeedback;
  ratingIntervals: Record<SrsRating, string> | null;
  onRate: (rating: SrsRating) => void;
  pending: boolean;
}) {
  const verdict = VERDICTS[feedback.status];
  return (
    <section aria-live="polite" aria-label="答题反馈" className={`space-y-3 rounded-xl border-l-4 p-4 ${verdict.className}`} data-testid="feedback">
      <p className="text-lg font-semibold" data-testid="verdict">
        <span aria-hidden="true">{verdict.icon} </span>
        {verdict.text}
      </p>
      <p>
        <span className="font-medium">{viewOf(feedback.type).keyLabel}：</span>
        {answerWords(feedback, FEEDBACK_WORDS)}
      </p>
      {feedback.keyPoints.length > 0 ? (
        <div>
          <p className="font-medium">要点：</p>
          <ul className="list-inside list-disc">
            {feedback.keyPoints.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ExplanationAndSource feedback={feedback} />
      {feedback.status === "self-graded" && feedback.selfGrade === null && ratingIntervals ? (
        <div role="group" aria-label="自评" className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {(Object.keys(RATING_LABELS) as SrsRating[]).map((rating) => (
            <button
              key={rating}
              type="button"
              disabled={pending}
              onClick={() => onRate(rating)}
              className="min-h-12 rounded-lg border border-stone-300 bg-white px-2 py-2 text-stone-800 hover:bg-stone-50"
            >
              {RATING_LABELS[rating]}
              <span className="block text-xs text-stone-500">{ratingIntervals[rating]}后复习</span>
            </button>
          ))}
        </div>
      ) : null}
    </section>
  );
}
