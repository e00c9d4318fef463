import type { QuestionOption } from "@/lib/questions";
import { viewOf } from "@/components/questions/type-views";
import { QUESTION_TYPE_LABELS } from "./labels";

/**
 * The question as the practice screen shows it before an answer (components/practice/question-player.tsx):
 * stem, options or answer fields, and nothing of the answer. Read-only: the practice player is
 * bound to an attempt, so the preview draws the same parts without one.
 */
export function LearnerView({ type, stem, options, blanks }: { type: keyof typeof QUESTION_TYPE_LABELS; stem: string; options: QuestionOption[]; blanks: number }) {
  const Preview = viewOf(type).LearnerPreview;
  return (
    <div className="space-y-3" aria-label="学员看到的题目" role="group">
      <p className="text-sm text-stone-600">{QUESTION_TYPE_LABELS[type]}</p>
      <p className="text-lg leading-relaxed font-medium text-stone-900" data-testid="preview-stem">
        {stem}
      </p>
      <Preview stem={stem} options={options} blanks={blanks} />
    </div>
  );
}
