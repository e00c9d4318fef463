import type { QuestionOption } from "@/lib/questions";

/** The answer as instructors read it: correct options, verdict, each blank's accepted answers, or the model answer. */
export function AnswerPanel({
  type,
  options,
  answer,
  acceptedAnswers,
  keyPoints,
  explanation,
}: {
  type: string;
  options: QuestionOption[];
  answer: unknown;
  acceptedAnswers: string[][] | null;
  keyPoints: string[] | null;
  explanation: string;
}) {
  return (
    <dl className="space-y-3">
      <div>
        <dt className="text-sm font-medium text-stone-600">{type === "SHORT_ANSWER" ? "参考答案" : "正确答案"}</dt>
        <dd className="mt-1 text-stone-900" data-testid="answer">
          {answerText(type, options, answer)}
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

function answerText(type: string, options: QuestionOption[], answer: unknown): string {
  if (type === "TRUE_FALSE") return answer === true ? "正确" : "错误";
  if (type === "FILL_BLANK") return (answer as string[]).map((text, position) => `第 ${position + 1} 空：${text}`).join("；");
  if (type === "SHORT_ANSWER") return String(answer);
  return (answer as string[]).map((key) => `${key}. ${options.find((option) => option.key === key)?.text ?? ""}`).join("；");
}
