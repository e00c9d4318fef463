import "server-only";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/prisma";
import { type BankQuestion, type ImportFileFormat, type SkippedText, type TextBankLines } from "@/lib/questions/interchange";
import { keyOfInput, type DistributiveOmit, type QuestionType } from "@/lib/questions";
import { assertBankManager } from "@/lib/server/bank-admin/assert-bank-manager";
import { readQuestionImport, type ReadImportOptions } from "./read-question-import";

export type PreviewQuestionImportOptions = ReadImportOptions & { actor: Actor };

/** A question as it will be stored (docs/QUESTIONS.md shapes), for the instructor to check before importing; `module` is the title of the module it goes into. */
export type PreviewQuestion = DistributiveOmit<BankQuestion, "id" | "difficulty" | "module"> & { module: string };

/** What an import would do, row by row: plain data for the page and the command line. */
export interface ImportPreview {
  ok: true;
  course: { id: string; slug: string; title: string };
  format: ImportFileFormat;
  /** Text-layout imports: the module the questions go into. */
  module: { id: string; title: string } | null;
  valid: Array<{ row: number; lines?: TextBankLines; type: QuestionType; stem: string; question: PreviewQuestion }>;
  rejected: Array<{ row: number; lines?: TextBankLines; source?: string; stem: string; reasons: string[] }>;
  duplicates: Array<{ row: number; lines?: TextBankLines; stem: string; existingId?: string; sameAsRow?: number }>;
  /** Text-layout imports: text outside any question (titles, chapter headings), never imported. */
  skipped: SkippedText[];
}

export type PreviewQuestionImportResult = ImportPreview | { ok: false; error: string };

/** Reads an import file and reports each row: to import (as it will be stored), refused (with reasons), or a duplicate. Writes nothing. */
export async function previewQuestionImport(db: Db, options: PreviewQuestionImportOptions): Promise<PreviewQuestionImportResult> {
  assertBankManager(options.actor);
  const read = await readQuestionImport(db, options);
  if (!read.ok) return read;
  return {
    ok: true,
    course: read.course,
    format: read.format,
    module: read.module,
    valid: read.rows.valid.map((row) => {
      const { input } = row;
      const moduleTitle = read.courseModules.find((candidate) => candidate.id === input.moduleId)?.title ?? "";
      const question: PreviewQuestion = { ...keyOfInput(input), stem: input.stem, explanation: input.explanation, module: moduleTitle };
      return { row: row.row, ...(row.lines ? { lines: row.lines } : {}), type: input.type, stem: row.stem, question };
    }),
    rejected: read.rows.rejected.map(({ row, lines, source, stem, reasons }) => ({ row, ...(lines ? { lines, source } : {}), stem, reasons })),
    duplicates: read.rows.duplicates.map(({ source: _source, ...duplicate }) => duplicate),
    skipped: read.skipped,
  };
}
