import type { z } from "zod";
import type { QuestionCommonInput } from "@/lib/validation/question-fields";
import type { KeyCells, TextBankCells, TextBankItem } from "../interchange/key-cells";
import type { AnswerWordsStyle } from "./answer-words";
import type { KeyOf, QuestionOption, QuestionType } from "./question";

export type GradeStatus = "correct" | "partial" | "incorrect" | "self-graded";

export interface GradeResult {
  status: GradeStatus;
  /** 0 … 1; null for self-graded answers. */
  score: number | null;
  /** FILL_BLANK: whether each blank is right. */
  blanks?: boolean[];
}

/** What a learner submits, before it is checked against the type: option keys, a verdict, one text per blank, or free text. */
export type LearnerResponse = string[] | string | boolean;

/** A response as a list of texts: the texts of a list, a lone text as one, a verdict as none. */
export function responseTexts(response: LearnerResponse): string[] {
  if (Array.isArray(response)) return response;
  return typeof response === "string" ? [response] : [];
}

/** What a learner sees of a question before answering it, besides its stem: never the key. */
export interface LearnerFacing {
  options: QuestionOption[];
  /** 填空题: how many blanks to fill; 0 for the other types. */
  blanks: number;
}

/** A stored question's key columns as the database holds them (JSON, null where a type has none). */
export interface StoredKeyColumns {
  /** Checked too: a type the registry does not know is refused. */
  type: string;
  options: unknown;
  answer: unknown;
  acceptedAnswers: unknown;
  keyPoints: unknown;
}

/** A type in Moodle XML: the question's type, the elements only that type has, and its question text (the stem, or 填空's cloze text). */
export interface MoodleXmlQuestion {
  type: string;
  parts: string[];
  questionText: string;
}

/** How a paper (lib/papers) prints a type. */
export interface PaperLayout {
  /** The 参考答案 part: a key table (`1.A　2.C`), or each answer written out under its number after `marker`. */
  answer: "key-table" | "written";
  /** Before a written answer: `答：` marks where a model answer starts, so its own numbered points never read as the next question's answer. */
  marker: string;
  /** Ruled lines to write in under the question on the paper (0: none) and on the answer sheet (a written section). */
  paperLines: number;
  sheetLines: number;
  /** 判断: a stem without brackets gets `（　）` to mark the verdict in. */
  markInStem: boolean;
}

/** Where a paper (lib/papers) puts a type: its section's title and the section's place among the others (ascending). */
export interface PaperSection {
  title: string;
  order: number;
}

/**
 * The schema of a question of type T as the bank form or an import writes it: `type`, the
 * fields every question has (questionCommonFields) and the type's own; a discriminated union
 * joins them (lib/validation/question.ts).
 */
export type QuestionInputSchema<T extends QuestionType> = z.ZodType<{ type: T } & QuestionCommonInput> & z.core.$ZodTypeDiscriminable;

/**
 * One question type (the Moodle `qtype` idea): everything the app needs to know of it. Adding a
 * type is a folder holding its definition and one line in the registry (./index.ts).
 * Methods, not function properties: the registry hands out a definition chosen by the key's own
 * type, so a definition of one type stands for the definition of the union.
 */
export interface QuestionTypeDefinition<T extends QuestionType, Input extends QuestionInputSchema<T> = QuestionInputSchema<T>> {
  type: T;
  /** Its name in Chinese (单选题), wherever the app names a type: lists, players, reports, the audit log. */
  label: string;
  /** The type as the interchange template writes it (the first) and the other spellings an import accepts (单选, 单项选择题 …). */
  templateLabels: readonly [string, ...string[]];
  /** Its section on a printed paper: 单项选择题 first, 简答题 last. */
  paperSection: PaperSection;
  /** The key as stored (options, answer, acceptedAnswers, keyPoints): a row that fails it is refused, not read. */
  storedKey: z.ZodType<KeyOf<T>>;
  /** A response's shape for this type; it may be unfinished (an exam keeps a 多选 with no option ticked yet). */
  response: z.ZodType<LearnerResponse>;
  /** Whether a response of the right shape is an answer that can be graded (a 单选 names one option). */
  isComplete(response: LearnerResponse): boolean;
  grade(key: KeyOf<T>, response: LearnerResponse): GradeResult;
  /** The texts a question tests (its identity, lib/questions/question-hash.ts): blanks, correct option texts, the verdict, the model answer. */
  testedAnswers(key: KeyOf<T>): string[];
  learnerFacing(key: KeyOf<T>): LearnerFacing;
  /** The keys of the options that are right (choice types); none for the types without options to mark. */
  correctOptionKeys(key: KeyOf<T>): string[];
  /** The key with its options shown in `order` (position k shows option order[k]), lettered A, B, … by position: the answer follows. */
  withOptionOrder(key: KeyOf<T>, order: readonly number[]): KeyOf<T>;
  /** The bank form's and an import's question of this type: the common fields and the type's own, with its rules and Chinese messages. */
  input: Input;
  /** The type's own fields read from the bank form (options, correct keys, a verdict, blanks, a model answer), for `input` to check. */
  inputOfForm(formData: FormData): Record<string, unknown>;
  /** The key of a question an instructor wrote or imported. */
  keyOfInput(input: z.output<Input>): KeyOf<T>;
  /**
   * The answer in words, in one of the styles of ./answer-words.ts: the key's own answer, or a
   * learner's response to this question (a saved response may not fit; it then reads as "").
   */
  answerWords(key: KeyOf<T>, answer: unknown, style: AnswerWordsStyle): string;
  /** The interchange template's 答案 cell (lib/questions/interchange). */
  answerCell(key: KeyOf<T>): string;
  /**
   * A template row's key cells read back (the inverse of answerCell): the type's fields of a
   * QuestionInput, which the form's schema then checks; what is wrong with the cells goes to `reasons`.
   */
  inputOfCells(cells: KeyCells, reasons: string[]): Record<string, unknown>;
  /**
   * A question read from a bank in the text layout (lib/questions/interchange/read-text-bank.ts,
   * docs/BANK.md 文本导入) as its template row's key cells, written as the template writes them
   * for inputOfCells to read: option columns and 答案 letters, a verdict, 填空 answers one per
   * blank, a model answer; or why the item cannot give them (no key found), in Chinese.
   */
  textBankCells(item: TextBankItem): TextBankCells;
  /** GIFT: what the braces hold before the general feedback (`=right ~wrong`, TRUE, nothing for an essay), and the lines the general feedback starts with. */
  gift(key: KeyOf<T>): { answers: string; feedback: string[] };
  moodleXml(question: KeyOf<T> & { stem: string }): MoodleXmlQuestion;
  paper: PaperLayout;
}
