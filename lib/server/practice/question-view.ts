import "server-only";
import type { Question as GeneratedQuestion, QuestionOption } from "@/lib/questions";
import type { Question } from "@/lib/generated/prisma/client";

/** What a learner may see of a question before answering it: never the answer. */
export interface QuestionView {
  id: string;
  type: Question["type"];
  stem: string;
  options: QuestionOption[];
  /** 填空题: how many blanks to fill. */
  blanks: number;
}

export function toQuestionView(question: Question): QuestionView {
  return {
    id: question.id,
    type: question.type,
    stem: question.stem,
    options: question.type === "TRUE_FALSE" ? [] : (question.options as unknown as QuestionOption[]),
    blanks: question.type === "FILL_BLANK" ? (question.answer as unknown as string[]).length : 0,
  };
}

/** The columns of a question that grading reads. */
export type GradableQuestion = Pick<
  Question,
  | "id" | "type" | "focus" | "stem" | "options" | "answer" | "acceptedAnswers" | "keyPoints" | "explanation" | "difficulty"
  | "moduleId" | "sectionId" | "passageId" | "spanStart" | "spanEnd" | "contentHash" | "generatorVersion"
>;

/** The stored row in the shape the grader reads. */
export function toGradable(question: GradableQuestion): GeneratedQuestion {
  return {
    id: question.id,
    type: question.type,
    focus: (question.focus ?? "term") as GeneratedQuestion["focus"],
    stem: question.stem,
    options: question.options as unknown as QuestionOption[],
    answer: question.answer as unknown as GeneratedQuestion["answer"],
    acceptedAnswers: (question.acceptedAnswers as unknown as string[][] | null) ?? undefined,
    keyPoints: (question.keyPoints as unknown as string[] | null) ?? undefined,
    explanation: question.explanation,
    difficulty: question.difficulty,
    moduleId: question.moduleId ?? "",
    sectionId: question.sectionId ?? "",
    passageId: question.passageId,
    span: question.spanStart !== null && question.spanEnd !== null ? { start: question.spanStart, end: question.spanEnd } : null,
    contentHash: question.contentHash,
    generatorVersion: question.generatorVersion ?? "",
  };
}
