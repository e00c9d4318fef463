import "server-only";
import type { Question } from "@/lib/generated/prisma/client";
import { questionViewOfRow, type QuestionView } from "@/lib/server/bank/question-codec";

/** A question as the exam shows it: no answer, options in the drawn order, and its points. */
export interface ExamQuestionView extends QuestionView {
  points: number;
}

/** Position k shows the original option `order[k]` (the draw's permutation); keys stay the original ones. */
export function toExamQuestionView(question: Question, points: number, order: number[] | undefined): ExamQuestionView {
  const view = questionViewOfRow(question);
  const options = order && order.length === view.options.length ? order.map((index) => view.options[index]!) : view.options;
  return { ...view, options, points };
}
