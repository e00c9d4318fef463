import type { QuestionType } from "@/lib/questions/types";
import type { QuestionTypeView } from "./type-view";
import { fillBlankView } from "./types/fill-blank";
import { multipleChoiceView } from "./types/multiple-choice";
import { shortAnswerView } from "./types/short-answer";
import { singleChoiceView } from "./types/single-choice";
import { trueFalseView } from "./types/true-false";

export type { AnsweringContext, AnswerInputProps, QuestionFormFieldsProps, QuestionTypeView } from "./type-view";

/**
 * The question types' views, by type: the client side of the registry in lib/questions/types
 * (docs/ARCHITECTURE.md, 题型注册表). TypeScript refuses it until every type has one.
 */
export const QUESTION_TYPE_VIEWS: { [T in QuestionType]: QuestionTypeView<T> } = {
  SINGLE_CHOICE: singleChoiceView,
  MULTIPLE_CHOICE: multipleChoiceView,
  TRUE_FALSE: trueFalseView,
  FILL_BLANK: fillBlankView,
  SHORT_ANSWER: shortAnswerView,
};

export function viewOf<T extends QuestionType>(type: T): QuestionTypeView<T> {
  return QUESTION_TYPE_VIEWS[type];
}
