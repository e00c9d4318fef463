import "server-only";
import type { GradeStatus, QuestionKey } from "@/lib/questions";
import { questionKeyOfRow } from "@/lib/server/bank/question-codec";
import type { Question, Response } from "@/lib/generated/prisma/client";

/**
 * What the learner sees once they have answered: the verdict, the question's key (its type,
 * options and answer: option keys, true/false, one text per blank, the model answer), why, and
 * where it comes from.
 */
export type AnswerFeedback = QuestionKey & {
  questionId: string;
  status: GradeStatus;
  given: unknown;
  keyPoints: string[];
  explanation: string;
  source: { moduleId: string; passageId: string | null; quote: string | null } | null;
  /** 简答题: the learner's own rating, once given. */
  selfGrade: number | null;
};

/** The columns of a question that feedback reads, with its passage's text for the quote. */
export type FeedbackQuestion = Pick<Question, "id" | "type" | "answer" | "options" | "acceptedAnswers" | "keyPoints" | "explanation" | "moduleId" | "passageId" | "spanStart" | "spanEnd"> & {
  passage: { text: string } | null;
};

/** The columns of a response that feedback reads. */
export type FeedbackResponse = Pick<Response, "answer" | "correct" | "score" | "selfGrade">;

/** `key`: the question's key when the caller has read it already (the answers' hot path grades with it first). */
export function buildFeedback(question: FeedbackQuestion, response: FeedbackResponse, key: QuestionKey = questionKeyOfRow(question)): AnswerFeedback {
  const quote =
    question.passage && question.spanStart !== null && question.spanEnd !== null
      ? question.passage.text.slice(question.spanStart, question.spanEnd)
      : null;
  return {
    ...key,
    questionId: question.id,
    status: statusOf(question, response),
    given: response.answer,
    keyPoints: key.keyPoints ?? [],
    explanation: question.explanation,
    source: question.moduleId ? { moduleId: question.moduleId, passageId: question.passageId, quote } : null,
    selfGrade: response.selfGrade,
  };
}

function statusOf(question: Pick<Question, "type">, response: FeedbackResponse): GradeStatus {
  if (question.type === "SHORT_ANSWER") return "self-graded";
  if (response.correct) return "correct";
  return (response.score ?? 0) > 0 ? "partial" : "incorrect";
}
