import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import type { Question } from "@/lib/questions";

/** A generated question in the shape of its table row: the fields the generator owns. */
export interface GeneratedQuestionRow {
  id: string;
  courseId: string;
  moduleId: string;
  sectionId: string;
  passageId: string | null;
  knowledgePointId: string | null;
  type: Question["type"];
  focus: string;
  stem: string;
  options: Question["options"];
  answer: Question["answer"];
  acceptedAnswers: string[][] | null;
  keyPoints: string[] | null;
  explanation: string;
  spanStart: number | null;
  spanEnd: number | null;
  difficulty: number;
  generatorVersion: string;
  contentHash: string;
  /** The model that rewrote the text (lib/questions/rewrite), null for rule-written text. */
  rewrittenBy: string | null;
}

/** The generator-owned fields a regeneration may change on a question it keeps (id and hash never change). */
export const GENERATED_FIELDS = [
  "moduleId",
  "sectionId",
  "passageId",
  "knowledgePointId",
  "type",
  "focus",
  "stem",
  "options",
  "answer",
  "acceptedAnswers",
  "keyPoints",
  "explanation",
  "spanStart",
  "spanEnd",
  "difficulty",
  "generatorVersion",
  "rewrittenBy",
] as const satisfies ReadonlyArray<keyof GeneratedQuestionRow>;

export type GeneratedField = (typeof GENERATED_FIELDS)[number];

export type GeneratedChanges = Partial<Pick<GeneratedQuestionRow, GeneratedField>>;

export function generatedQuestionRow(courseId: string, question: Question): GeneratedQuestionRow {
  return {
    id: question.id,
    courseId,
    moduleId: question.moduleId,
    sectionId: question.sectionId,
    passageId: question.passageId,
    knowledgePointId: question.knowledgePointId ?? null,
    type: question.type,
    focus: question.focus,
    stem: question.stem,
    options: question.options,
    answer: question.answer,
    acceptedAnswers: question.acceptedAnswers ?? null,
    keyPoints: question.keyPoints ?? null,
    explanation: question.explanation,
    spanStart: question.span?.start ?? null,
    spanEnd: question.span?.end ?? null,
    difficulty: question.difficulty,
    generatorVersion: question.generatorVersion,
    contentHash: question.contentHash,
    rewrittenBy: question.rewrittenBy ?? null,
  };
}

/** A new question's row as Prisma data. */
export function questionCreateData(row: GeneratedQuestionRow & { status: QuestionStatus; flagged?: boolean; flagReason?: string | null }): Prisma.QuestionCreateManyInput {
  const { options, answer, acceptedAnswers, keyPoints, ...rest } = row;
  return { ...rest, options: json(options), answer: json(answer), acceptedAnswers: nullableJson(acceptedAnswers), keyPoints: nullableJson(keyPoints), origin: "GENERATED" };
}

/** Changed generator-owned fields as Prisma data. */
export function questionUpdateData(data: GeneratedChanges & { status?: QuestionStatus; flagged?: boolean; flagReason?: string | null }): Prisma.QuestionUncheckedUpdateInput {
  const { options, answer, acceptedAnswers, keyPoints, ...rest } = data;
  return {
    ...rest,
    ...(options !== undefined && { options: json(options) }),
    ...(answer !== undefined && { answer: json(answer) }),
    ...(acceptedAnswers !== undefined && { acceptedAnswers: nullableJson(acceptedAnswers) }),
    ...(keyPoints !== undefined && { keyPoints: nullableJson(keyPoints) }),
  };
}

function json(value: unknown): Prisma.InputJsonValue {
  return value as Prisma.InputJsonValue;
}

// Prisma stores SQL NULL in a JSON column only when given DbNull.
function nullableJson(value: unknown[] | null) {
  return value === null ? Prisma.DbNull : json(value);
}

/** Equal as stored values: null and undefined alike, JSON compared without regard to key order (jsonb reorders keys). */
export function sameStoredValue(a: unknown, b: unknown): boolean {
  if ((a ?? null) === null || (b ?? null) === null) return (a ?? null) === (b ?? null);
  return canonicalJson(a) === canonicalJson(b);
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
