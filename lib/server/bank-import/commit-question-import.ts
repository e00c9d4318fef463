import "server-only";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertBankManager } from "@/lib/server/bank-admin/assert-bank-manager";
import { questionContentFields, questionWriteData } from "@/lib/server/bank-admin/question-fields";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { existingHashes, readQuestionImport, type ReadImportOptions } from "./read-question-import";
import type { ImportPreview } from "./preview-question-import";

export type CommitQuestionImportOptions = ReadImportOptions & {
  actor: Actor;
  /** Import the valid rows even when others are refused; otherwise one refused row stops the whole file. */
  validOnly: boolean;
  /** ACTIVE (the default: the instructor saw the preview) or DRAFT, to review each question in the bank first. */
  status?: ImportedStatus;
};

export type ImportedStatus = "ACTIVE" | "DRAFT";

export type CommitQuestionImportResult =
  | { ok: true; imported: number; questionIds: string[]; rejected: ImportPreview["rejected"]; duplicates: ImportPreview["duplicates"] }
  | { ok: false; error: string; rejected?: ImportPreview["rejected"] };

/** Imported questions are live at once by default, as hand-written ones are: the instructor saw the preview. */
export const IMPORTED_STATUS: ImportedStatus = "ACTIVE";

/**
 * Imports a file's questions into a course in one transaction: all of them, or (validOnly)
 * those that pass, never questions already in the bank. Origin IMPORTED, status ACTIVE (or DRAFT), one
 * `question.import` audit entry per question and one `course.import-questions` for the file.
 */
export async function commitQuestionImport(db: Db, options: CommitQuestionImportOptions): Promise<CommitQuestionImportResult> {
  assertBankManager(options.actor);
  const status = options.status ?? IMPORTED_STATUS;
  const read = await readQuestionImport(db, options);
  if (!read.ok) return read;
  const fileName = read.fileName;
  const rejected = read.rows.rejected.map(({ row, lines, stem, reasons }) => ({ row, ...(lines ? { lines } : {}), stem, reasons }));
  if (rejected.length > 0 && !options.validOnly) {
    const what = read.format === "text" ? `${rejected.length} 道题无法读取或有误` : `${rejected.length} 行有误`;
    return { ok: false, error: `有 ${what}，整份文件没有导入。请改正后重新上传，或选择“只导入正确的行”。`, rejected };
  }
  const duplicates = [...read.rows.duplicates];
  try {
    return await db.$transaction(async (tx) => {
      // Another import may have added some of them since the file was read: those are duplicates now.
      const existing = await existingHashes(tx, read.rows.valid.map((row) => row.contentHash));
      const toImport = read.rows.valid.filter((row) => {
        const existingId = existing.get(row.contentHash);
        if (existingId) duplicates.push({ row: row.row, stem: row.stem, existingId });
        return !existingId;
      });
      if (toImport.length === 0) return { ok: false as const, error: "文件中没有可以导入的新题目（都有误或题库中已有）。", rejected };
      const data = toImport.map((row) => ({
        ...(questionWriteData(questionContentFields(row.input)) as Omit<Prisma.QuestionCreateManyInput, "id" | "contentHash" | "courseId">),
        id: row.id,
        contentHash: row.contentHash,
        courseId: read.course.id,
        moduleId: row.input.moduleId,
        status,
        origin: "IMPORTED" as const,
        createdById: options.actor.id,
      }));
      await tx.question.createMany({ data });
      await tx.auditLog.createMany({
        data: toImport.map((row) => ({
          actorId: options.actor.id,
          action: "question.import",
          entityType: "Question",
          entityId: row.id,
          after: { ...questionContentFields(row.input), moduleId: row.input.moduleId, status, origin: "IMPORTED", file: fileName, row: row.row, ...(row.lines ? { lines: row.lines } : {}) } as Prisma.InputJsonValue,
        })),
      });
      await recordAudit(tx, {
        actorId: options.actor.id,
        action: "course.import-questions",
        entityType: "Course",
        entityId: read.course.id,
        after: {
          file: fileName,
          format: read.format,
          status,
          validOnly: options.validOnly,
          imported: toImport.length,
          rejectedRows: rejected.map((row) => row.row),
          duplicateRows: duplicates.map((row) => row.row),
        },
      });
      return { ok: true as const, imported: toImport.length, questionIds: toImport.map((row) => row.id), rejected, duplicates: duplicates.sort((a, b) => a.row - b.row) };
    });
  } catch (error) {
    // Two imports of the same questions at once: the unique hash lets one through, the other writes nothing.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, error: "导入时题库中已出现了相同的题目，本次没有导入任何题目，请重新预览后再导入。" };
    }
    throw error;
  }
}
