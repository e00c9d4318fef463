import type { z } from "zod";
import type { AnswerWordsStyle } from "./answer-words";
import type { GradeResult, LearnerFacing, LearnerResponse, QuestionTypeDefinition, StoredKeyColumns } from "./definition";
import type { QuestionKey, QuestionType } from "./question";
import { fillBlank } from "./fill-blank";
import { multipleChoice } from "./multiple-choice";
import { shortAnswer } from "./short-answer";
import { singleChoice } from "./single-choice";
import { trueFalse } from "./true-false";

export type * from "./question";
export type { GradeResult, GradeStatus, LearnerFacing, LearnerResponse, MoodleXmlQuestion, PaperLayout, QuestionTypeDefinition, StoredKeyColumns } from "./definition";
export type { TextBankCells, TextBankItem } from "../interchange/key-cells";
export { ANKI_BACK_WORDS, BANK_KEY_WORDS, EXAM_RESULT_WORDS, FEEDBACK_WORDS, IMPORT_PREVIEW_WORDS, PRINTED_KEY_WORDS, type AnswerWordsStyle } from "./answer-words";

/**
 * The question types (docs/ARCHITECTURE.md, 题型注册表): each type's definition, by type. The app
 * asks the type's definition rather than switching on the type; a new type is a folder beside
 * these and one line here.
 */
const DEFINITIONS = {
  SINGLE_CHOICE: singleChoice,
  MULTIPLE_CHOICE: multipleChoice,
  TRUE_FALSE: trueFalse,
  FILL_BLANK: fillBlank,
  SHORT_ANSWER: shortAnswer,
};

export const QUESTION_TYPE_DEFINITIONS: { [T in QuestionType]: QuestionTypeDefinition<T> } = DEFINITIONS;

/** The types in the registry's order, the order lists and reports name them in. */
export const QUESTION_TYPES = Object.keys(QUESTION_TYPE_DEFINITIONS) as QuestionType[];

type InputSchema = { [T in QuestionType]: (typeof DEFINITIONS)[T]["input"] }[QuestionType];

/** Each type's `input` schema, in the registry's order: lib/validation/question.ts joins them by `type`. */
export const QUESTION_INPUT_SCHEMAS = QUESTION_TYPES.map((type) => DEFINITIONS[type].input) as [InputSchema, ...InputSchema[]];

/**
 * A question as an instructor writes it in the bank form or an import gives it, after its
 * type's `input` schema (lib/validation/question.ts): the common fields and the type's own.
 */
export type QuestionInput = z.output<InputSchema>;

export function isQuestionType(value: unknown): value is QuestionType {
  return typeof value === "string" && Object.hasOwn(QUESTION_TYPE_DEFINITIONS, value);
}

export function definitionOf<T extends QuestionType>(type: T): QuestionTypeDefinition<T> {
  return QUESTION_TYPE_DEFINITIONS[type];
}

/**
 * Grades a response against a question by its type: choice questions need exactly the set of
 * correct keys, 填空题 compare each blank with its accepted answers, 简答题 are rated by the learner.
 */
export function gradeAnswer(question: QuestionKey, response: LearnerResponse): GradeResult {
  return definitionOf(question.type).grade(question, response);
}

/** The texts a question tests: blanks, correct option texts (not distractors), the verdict, the model answer. */
export function testedAnswers(question: QuestionKey): string[] {
  return definitionOf(question.type).testedAnswers(question);
}

/** What a learner sees of a question before answering it (options, the number of blanks): never the key. */
export function learnerFacing(question: QuestionKey): LearnerFacing {
  return definitionOf(question.type).learnerFacing(question);
}

/** The key with its options shown in `order`, lettered A, B, … by position (a shuffled draw or paper); choice answers follow. */
export function withOptionOrder<K extends QuestionKey>(key: K, order: readonly number[]): QuestionKey {
  return definitionOf(key.type).withOptionOrder(key, order);
}

/** The keys of the options that are right: a choice question's answer, none for the other types. */
export function correctOptionKeys(question: QuestionKey): string[] {
  return definitionOf(question.type).correctOptionKeys(question);
}

/**
 * An answer in words, in a style of ./answer-words.ts: the question's key by default, or a
 * learner's `answer` to it (a saved response that does not fit its type reads as "").
 */
export function answerWords(question: QuestionKey, style: AnswerWordsStyle, answer: unknown = question.answer): string {
  return definitionOf(question.type).answerWords(question, answer, style);
}

/** The key of a question an instructor wrote or imported, as it is stored. */
export function keyOfInput(input: QuestionInput): QuestionKey {
  return definitionOf(input.type).keyOfInput(input);
}

/**
 * Whether a response fits its question's type: its shape (an exam saves it, may be unfinished)
 * and, for `complete`, that it is an answer that can be graded (practice grades it at once).
 */
export function responseFits(type: QuestionType, response: LearnerResponse, options: { complete: boolean }): boolean {
  const definition = definitionOf(type);
  return definition.response.safeParse(response).success && (!options.complete || definition.isComplete(response));
}

/**
 * A saved response (JSON from the database) read by its question's type; one that does not fit
 * (written by an older release, or forged) counts as no answer, which grades as wrong.
 */
export function savedResponse(type: QuestionType, saved: unknown): LearnerResponse {
  const parsed = definitionOf(type).response.safeParse(saved);
  return parsed.success ? parsed.data : [];
}

/** Why a stored row was not read as a question: the row's id, type and the schema's complaints. */
export class StoredQuestionError extends Error {
  /** What a page says about it, in Chinese. */
  readonly userMessage: string;

  constructor(
    readonly questionId: string,
    readonly issues: string[],
  ) {
    super(`Stored question ${questionId} does not fit its type: ${issues.join("; ")}`);
    this.name = "StoredQuestionError";
    this.userMessage = `题目 ${questionId} 的题库数据与题型不符，无法使用。请在题库中修正或停用这道题。`;
  }
}

export type StoredKeyResult = { ok: true; key: QuestionKey } | { ok: false; issues: string[] };

/** A stored row's key checked by its type's schema; a row that fails is reported, never read by a cast. */
export function parseStoredKey(columns: StoredKeyColumns): StoredKeyResult {
  if (!isQuestionType(columns.type)) return { ok: false, issues: [`unknown type ${columns.type}`] };
  const parsed = definitionOf(columns.type).storedKey.safeParse(columns);
  if (parsed.success) return { ok: true, key: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((issue) => `${issue.path.join(".") || "key"}: ${issue.message}`) };
}

/** The key as the database stores it: null for the columns the type has none of. */
export function storedKeyColumns(key: QuestionKey): { options: QuestionKey["options"]; answer: QuestionKey["answer"]; acceptedAnswers: string[][] | null; keyPoints: string[] | null } {
  return {
    options: key.options,
    answer: key.answer,
    acceptedAnswers: ("acceptedAnswers" in key && key.acceptedAnswers) || null,
    keyPoints: ("keyPoints" in key && key.keyPoints) || null,
  };
}
