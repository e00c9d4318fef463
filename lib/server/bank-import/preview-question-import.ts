import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/prisma";
import type { ImportFileFormat } from "@/lib/questions/interchange";
import type { QuestionType } from "@/lib/questions";
import { assertBankManager } from "@/lib/server/bank-admin/assert-bank-manager";
import { readQuestionImport, type ImportCourse } from "./read-question-import";

export type PreviewQuestionImportOptions = ImportCourse & { actor: Actor; fileName: string; bytes: Uint8Array };

/** What an import would do, row by row: plain data for the page and the command line. */
export interface ImportPreview {
  ok: true;
  course: { id: string; slug: string; title: string };
  format: ImportFileFormat;
  valid: Array<{ row: number; type: QuestionType; stem: string }>;
  rejected: Array<{ row: number; stem: string; reasons: string[] }>;
  duplicates: Array<{ row: number; stem: string; existingId?: string; sameAsRow?: number }>;
}

export type PreviewQuestionImportResult = ImportPreview | { ok: false; error: string };

/** Reads an import file and reports each row: to import, refused (with reasons), or a duplicate. Writes nothing. */
export async function previewQuestionImport(db: Db, options: PreviewQuestionImportOptions): Promise<PreviewQuestionImportResult> {
  assertBankManager(options.actor);
  const read = await readQuestionImport(db, options);
  if (!read.ok) return read;
  return {
    ok: true,
    course: read.course,
    format: read.format,
    valid: read.rows.valid.map((row) => ({ row: row.row, type: row.input.type, stem: row.stem })),
    rejected: read.rows.rejected.map(({ row, stem, reasons }) => ({ row, stem, reasons })),
    duplicates: read.rows.duplicates,
  };
}
