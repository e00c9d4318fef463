import type { QuestionOption } from "@/lib/questions";
import { countBlanks } from "@/lib/validation/question";
import { QUESTION_TYPE_LABELS } from "./labels";

const CHOICE_CLASSES = "flex min-h-12 w-full items-center gap-3 rounded-xl border border-stone-300 bg-white px-4 py-3 text-base text-stone-800";

/**
 * The question as the practice screen shows it before an answer (components/practice/question-player.tsx):
 * stem, options or answer fields, and nothing of the answer. Read-only: the practice player is
 * bound to an attempt, so the preview draws the same parts without one.
 */
export function LearnerView({ type, stem, options, blanks }: { type: keyof typeof QUESTION_TYPE_LABELS; stem: string; options: QuestionOption[]; blanks: number }) {
  return (
    <div className="space-y-3" aria-label="学员看到的题目" role="group">
      <p className="text-sm text-stone-600">{QUESTION_TYPE_LABELS[type]}</p>
      <p className="text-lg leading-relaxed font-medium text-stone-900" data-testid="preview-stem">
        {stem}
      </p>
      {type === "SINGLE_CHOICE" || type === "MULTIPLE_CHOICE" ? (
        <ul className="space-y-2">
          {options.map((option) => (
            <li key={option.key} className={CHOICE_CLASSES}>
              {option.key}. {option.text}
            </li>
          ))}
        </ul>
      ) : null}
      {type === "TRUE_FALSE" ? (
        <ul className="grid grid-cols-2 gap-2">
          <li className={CHOICE_CLASSES}>正确</li>
          <li className={CHOICE_CLASSES}>错误</li>
        </ul>
      ) : null}
      {type === "FILL_BLANK" ? (
        <ul className="space-y-2 text-sm text-stone-700">
          {Array.from({ length: Math.max(blanks, countBlanks(stem), 1) }, (_, position) => (
            <li key={position}>
              第 {position + 1} 空：<span className="inline-block w-40 border-b border-stone-400" aria-hidden="true" />
            </li>
          ))}
        </ul>
      ) : null}
      {type === "SHORT_ANSWER" ? <p className="rounded-lg border border-dashed border-stone-300 px-3 py-6 text-sm text-stone-500">学员先写下或想一想答案，再查看参考答案并自评。</p> : null}
    </div>
  );
}
