import type { Question, QuestionAnswer, QuestionCommon, QuestionOption, QuestionType } from "@/lib/questions";

/** A question's fields as a test's builder takes them: any type with any key, since tests also build shapes the codec refuses. */
export type QuestionFields = QuestionCommon & { type: QuestionType; options: QuestionOption[]; answer: QuestionAnswer; acceptedAnswers?: string[][]; keyPoints?: string[] };

/** Built fields as a Question, unchecked: the tests that build them say which type and key they mean. */
export function asQuestion(fields: QuestionFields): Question {
  return fields as Question;
}
