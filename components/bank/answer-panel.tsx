import { answerWords, BANK_KEY_WORDS, type QuestionKey } from "@/lib/questions/types";
import { viewOf } from "@/components/questions/type-views";

/** The answer as instructors read it: correct options, verdict, each blank's accepted answers, or the model answer. */
export function AnswerPanel({ questionKey, explanation }: { questionKey: QuestionKey; explanation: string }) {
  const { keyPoints } = questionKey;
  const view = viewOf(questionKey.type);
  return (
    <dl className="space-y-3">
      <div>
        <dt className="text-sm font-medium text-stone-600">{view.keyLabel}</dt>
        <dd className="mt-1 text-stone-900" data-testid="answer">
          {answerWords(questionKey, BANK_KEY_WORDS)}
        </dd>
      </div>
      {view.KeyDetails ? <view.KeyDetails questionKey={questionKey} /> : null}
      {keyPoints && keyPoints.length > 0 ? (
        <div>
          <dt className="text-sm font-medium text-stone-600">要点</dt>
          <dd className="mt-1 text-stone-900">{keyPoints.join("；")}</dd>
        </div>
      ) : null}
      <div>
        <dt className="text-sm font-medium text-stone-600">解析</dt>
        <dd className="mt-1 leading-relaxed text-stone-900">{explanation || "（无）"}</dd>
      </div>
    </dl>
  );
}
