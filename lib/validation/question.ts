import { z } from "zod";
import { isQuestionType, QUESTION_INPUT_SCHEMAS, QUESTION_TYPE_DEFINITIONS, QUESTION_TYPES, type QuestionType } from "@/lib/questions/types";
import { formText } from "./question-fields";
import { containsNul, textField } from "./text";

/**
 * Schemas for the question bank's forms: editing a question, writing one by hand, filtering
 * the bank and changing statuses. Messages are for the user, in Chinese. What every question
 * has is in ./question-fields.ts, what each type has in its definition (lib/questions/types).
 */

export const QUESTION_STATUS_VALUES = ["DRAFT", "ACTIVE", "RETIRED"] as const;

export const questionTypeSchema = z.enum(QUESTION_TYPES as [QuestionType, ...QuestionType[]], { error: "题型无效" });
export const questionStatusSchema = z.enum(QUESTION_STATUS_VALUES, { error: "状态无效" });

/**
 * A whole question as an instructor writes or edits it, checked by its type's rules: each type's
 * `input` (lib/questions/types/<type>), joined by `type`.
 */
export const questionInputSchema = z.discriminatedUnion("type", QUESTION_INPUT_SCHEMAS, { error: "题型无效" });

/**
 * The question form's fields as the schema's input: the fields every question has, and its
 * type's own as the type reads them (`inputOfForm`: options and correct keys, a verdict, blanks …).
 */
export function questionInputFromForm(formData: FormData): unknown {
  const type = formText(formData, "type");
  return {
    type,
    stem: formText(formData, "stem"),
    explanation: formText(formData, "explanation"),
    difficulty: formText(formData, "difficulty"),
    moduleId: formText(formData, "moduleId"),
    sourceText: formText(formData, "sourceText"),
    ...(isQuestionType(type) ? QUESTION_TYPE_DEFINITIONS[type].inputOfForm(formData) : {}),
  };
}

// ─────────────────────────────── filtering the bank ───────────────────────────────

/** An optional query-string value: anything malformed or forged is ignored, not an error. */
const optionalId = textField().trim().min(1).max(64).optional().catch(undefined);
const optionalFraction = z
  .preprocess((value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : undefined), z.number().min(0).max(1).optional())
  .catch(undefined);

export const bankFilterSchema = z.object({
  courseId: optionalId,
  moduleId: optionalId,
  documentId: optionalId,
  type: questionTypeSchema.optional().catch(undefined),
  status: questionStatusSchema.optional().catch(undefined),
  difficultyMin: optionalFraction,
  difficultyMax: optionalFraction,
  flagged: z
    .enum(["1"])
    .optional()
    .catch(undefined)
    .transform((value) => value === "1"),
  q: textField()
    .optional()
    .catch(undefined)
    .transform((value) => cutBankSearch(value ?? "") || undefined),
});

/** The longest bank search, in characters; a longer one is cut to this (the page says so). */
export const BANK_SEARCH_MAX_CHARACTERS = 100;

function cutBankSearch(text: string): string {
  return Array.from(text.trim()).slice(0, BANK_SEARCH_MAX_CHARACTERS).join("").trim();
}

/** Whether the search as typed (the raw `q` parameter) was cut to BANK_SEARCH_MAX_CHARACTERS. */
export function bankSearchWasCut(raw: string | undefined): boolean {
  return raw !== undefined && !containsNul(raw) && Array.from(raw.trim()).length > BANK_SEARCH_MAX_CHARACTERS;
}

export type BankFilter = z.infer<typeof bankFilterSchema>;

export const bankPageSchema = z.object({
  after: optionalId,
  before: optionalId,
});

/** Query-string values (first of repeated ones) as a plain record for the schemas. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

export const bulkActionSchema = z.object({
  action: z.enum(["approve", "retire"], { error: "批量操作无效" }),
  expected: z.coerce.number({ error: "请重新确认" }).int().min(0),
});
