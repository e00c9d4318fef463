import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { keyOfInput, storedKeyColumns } from "@/lib/questions";
import type { QuestionInput } from "@/lib/questions";

/** The columns an instructor writes, as stored (see docs/QUESTIONS.md for the shapes). */
export interface QuestionContentFields {
  type: QuestionInput["type"];
  stem: string;
  options: Prisma.InputJsonValue;
  answer: Prisma.InputJsonValue;
  acceptedAnswers: Prisma.InputJsonValue | null;
  keyPoints: Prisma.InputJsonValue | null;
  explanation: string;
  difficulty: number;
}

export function questionContentFields(input: QuestionInput): QuestionContentFields {
  return { type: input.type, stem: input.stem, explanation: input.explanation, difficulty: input.difficulty, ...storedKeyColumns(keyOfInput(input)) };
}

/** The columns an edit may change and the audit log records, before and after. */
export const AUDITED_FIELDS = [
  "type",
  "stem",
  "options",
  "answer",
  "acceptedAnswers",
  "keyPoints",
  "explanation",
  "difficulty",
  "courseId",
  "moduleId",
  "sectionId",
  "passageId",
  "spanStart",
  "spanEnd",
] as const;

export type AuditedField = (typeof AUDITED_FIELDS)[number];

/** Column values as Prisma data: a null JSON column is SQL NULL (Prisma wants DbNull for it). */
export function questionWriteData(values: Partial<Record<AuditedField, unknown>>): Prisma.QuestionUncheckedUpdateInput {
  const data: Record<string, unknown> = { ...values };
  for (const field of ["acceptedAnswers", "keyPoints"] as const) {
    if (field in data && data[field] === null) data[field] = Prisma.DbNull;
  }
  return data as Prisma.QuestionUncheckedUpdateInput;
}
