import type { ComponentType, Dispatch, SetStateAction } from "react";
import type { KeyOf, LearnerResponse, QuestionAnswer, QuestionOption, QuestionType } from "@/lib/questions/types";
import type { QuestionFormValues } from "@/components/bank/question-form-values";

/** Where a learner answers: practice (the key may follow at once) or an exam (options shown shuffled, saved as typed). */
export type AnsweringContext = "practice" | "exam";

export interface AnswerInputProps {
  context: AnsweringContext;
  question: { options: QuestionOption[]; blanks: number };
  /** The response so far; null before any. */
  response: LearnerResponse | null;
  /** Practice, once answered: the key, which marks the right options or verdict. */
  answer?: QuestionAnswer;
  /** A choice by key (an option's key, or T/F for a verdict): click or keyboard. */
  onChoose: (key: string) => void;
  /** A typed response (blanks, free text): an exam saves it after a pause. */
  onType: (response: LearnerResponse) => void;
  /** Leaving a text box: an exam saves what was typed at once. */
  onBlur?: () => void;
}

/** The bank form's state, for the answer fields of a type. */
export interface QuestionFormFieldsProps {
  values: QuestionFormValues;
  errors: Partial<Record<string, string>>;
  set: <K extends keyof QuestionFormValues>(key: K, value: QuestionFormValues[K]) => void;
  setValues: Dispatch<SetStateAction<QuestionFormValues>>;
}

/**
 * What a question type looks like (docs/ARCHITECTURE.md, 题型注册表): the React side of its
 * definition in lib/questions/types, which may not import React. The players, the bank and the
 * history render a type through its view (./type-views.ts) instead of switching on the type.
 */
export interface QuestionTypeView<T extends QuestionType> {
  /** What its key is called: 正确答案, or 参考答案 for a model answer. */
  keyLabel: "正确答案" | "参考答案";
  /** The keys 1–6 or A–F choose among, in order: options' keys, T and F for a verdict, none when the answer is typed. */
  choiceKeys(question: { options: QuestionOption[] }): string[];
  /** The response after choosing `key`: the option alone, an option ticked or unticked, a verdict. */
  choose(response: LearnerResponse | null, key: string): LearnerResponse | null;
  /** Practice: the response a screen starts from (the learner's earlier choice after a refresh, for choices). */
  initialResponse(question: { blanks: number }, given: unknown): LearnerResponse | null;
  /** Practice: what a learner is told when submitting nothing. */
  emptyMessage: string;
  /** Practice: the submit button's words, when not 提交答案 (简答 reveals the model answer). */
  submitLabel?: string;
  AnswerInput: ComponentType<AnswerInputProps>;
  /** The bank's preview of what a learner sees before answering (stem aside). */
  LearnerPreview: ComponentType<{ stem: string; options: QuestionOption[]; blanks: number }>;
  /** The bank's answer panel, after the key: what else the key holds (填空's accepted answers). */
  KeyDetails?: ComponentType<{ questionKey: KeyOf<T> }>;
  /** The bank form: the key's answer fields as the inputs hold them, and the fields themselves. */
  formValues(key: KeyOf<T>): Partial<QuestionFormValues>;
  FormFields: ComponentType<QuestionFormFieldsProps>;
  /** The bank form: a hint under the stem. */
  stemHint?: string;
}
