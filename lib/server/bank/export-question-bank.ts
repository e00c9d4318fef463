import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format/date-time";
import type { Db } from "@/lib/db/prisma";
import { EXPORT_FORMAT_INFO, serializeQuestions, type ExportFormat } from "@/lib/questions/interchange";
import { assertBankManager } from "@/lib/server/bank-admin/assert-bank-manager";
import type { BankFilter } from "@/lib/validation/question";
import { exportQuestionsJson } from "./export-questions-json";

export interface ExportQuestionBankOptions {
  actor: Actor;
  format: ExportFormat;
  /** The bank page's filter; the whole bank when empty. */
  filter: BankFilter;
}

export interface ExportedFile {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
  count: number;
}

/** The questions under a filter as a file in one of the six formats (docs/BANK.md). */
export async function exportQuestionBank(db: Db, options: ExportQuestionBankOptions): Promise<ExportedFile> {
  assertBankManager(options.actor);
  const questions = await exportQuestionsJson(db, { filter: options.filter });
  const course = options.filter.courseId ? await db.course.findUnique({ where: { id: options.filter.courseId }, select: { title: true, slug: true } }) : null;
  const info = EXPORT_FORMAT_INFO[options.format];
  const bytes = await serializeQuestions(options.format, questions, { course: course?.title });
  const stamp = formatDate(new Date());
  return { fileName: `${course?.slug ?? "bank"}-${stamp}.${info.extension}`, contentType: info.contentType, bytes, count: questions.length };
}
