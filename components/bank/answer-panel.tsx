import { answerWords, BANK_KEY_WORDS, type QuestionKey } from "@/lib/questions/types";

/** The answer as instructors read it: correct options, verdict, each blank's accepted answers, or the model answer. */
export function AnswerPanel({ questionKey, explanation }: { questionKey: QuestionKey; explanation: string }) {
  const { type, acceptedAnswers, keyPoints } = questionKey;
  return (
    <dl className="space-y-3">
      <div>
        <dt className="text-sm font-medium text-stone-600">{type === "SHORT_ANSWER" ? "参考答案" : "正确答案"}</dt>
        <dd className="mt-1 text-stone-900" data-testid="answer">
          {answerWords(questionKey, BANK_KEY_WORDS)}
        </dd>
      </div>
      {type === "FILL_BLANK" && acceptedAnswers ? (
        <div>
          <dt className="text-sm font-medium text-stone-600">可接受的答案</dt>
          <dd className="mt-1">
            <ol className="list-inside list-decimal space-y-1 text-stone-900">
              {acceptedAnswers.map((answers, position) => (
                <li key={position}>{answers.join(" / ")}</li>
              ))}
            </ol>
          </dd>
        </div>
      ) : null}
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
