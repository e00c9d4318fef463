import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { GENERATOR_VERSION, reviewReason, type QuestionBank } from "@/lib/questions";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { generatedQuestionRow, questionCreateData, questionUpdateData } from "./generated-question-row";
import { planBankSync, RETIRED_BY_GENERATOR, type BankSyncCounts } from "./plan-bank-sync";
import { replaceRejectedCandidates } from "./replace-rejected-candidates";

export interface SaveGeneratedBankOptions {
  courseId: string;
  bank: QuestionBank;
  /**
   * The modules the bank was generated from, archived ones included (their questions retire).
   * Generated questions of other modules of the course, such as an upload's, are left alone.
   */
  moduleIds: string[];
  /**
   * Status of new confident questions instead of the course's `newQuestionStatus`: an upload's
   * questions always wait for an instructor (DRAFT).
   */
  newQuestionStatus?: QuestionStatus;
}

export interface SavedBankCounts extends BankSyncCounts {
  /** Rejected candidates stored (0 when the stored ones were the same). */
  rejectedStored: number;
}

/**
 * Stores a generated bank for a course. Question ids come from what a question tests, so a
 * regeneration keeps unchanged questions (and learners' history on them), adds new ones with
 * the course's status for new questions (doubtful ones, the bank's review queue, as DRAFT flagged
 * with the reason), retires generated questions it no longer produces,
 * and never revives a question an instructor retired nor overwrites one an instructor edited.
 * Saving the same bank again writes nothing.
 *
 * Saves for one course take turns on the course's row (as publishUpload does), so two saved at
 * once (two uploads published together, on two instances) never plan from the same stored rows
 * and both create a question the other has just created.
 */
export async function saveGeneratedBank(db: Db, options: SaveGeneratedBankOptions): Promise<SavedBankCounts> {
  return db.$transaction((tx) => saveGeneratedBankInTransaction(tx, options), { timeout: 120_000, maxWait: 30_000 });
}

/**
 * saveGeneratedBank inside a transaction the caller holds (publishUpload stores an upload's modules
 * and its questions together, so a crash between the two cannot leave one without the other).
 */
export async function saveGeneratedBankInTransaction(tx: Prisma.TransactionClient, options: SaveGeneratedBankOptions): Promise<SavedBankCounts> {
  const { courseId, bank, moduleIds } = options;
  const rows = [
    ...bank.accepted.map((question) => generatedQuestionRow(courseId, question)),
    ...bank.review.map(({ question, reasons }) => ({ ...generatedQuestionRow(courseId, question), reviewReason: reviewReason(reasons) })),
  ];

  await tx.$queryRaw`SELECT "id" FROM "Course" WHERE "id" = ${courseId} FOR NO KEY UPDATE`;
  const course = await tx.course.findUniqueOrThrow({ where: { id: courseId }, select: { newQuestionStatus: true } });
  const stored = await tx.question.findMany({
    where: { OR: [{ courseId, origin: "GENERATED" }, { contentHash: { in: rows.map((row) => row.contentHash) } }] },
  });
  const plan = planBankSync(stored, rows, { courseId, newQuestionStatus: options.newQuestionStatus ?? course.newQuestionStatus, moduleIds: new Set(moduleIds) });

  if (plan.create.length > 0) await tx.question.createMany({ data: plan.create.map(questionCreateData) });
  for (const { id, data } of plan.update) await tx.question.update({ where: { id }, data: questionUpdateData(data) });
  if (plan.retire.length > 0) {
    await tx.question.updateMany({ where: { id: { in: plan.retire } }, data: { status: "RETIRED", flagReason: RETIRED_BY_GENERATOR } });
  }
  const rejectedStored = await replaceRejectedCandidates(tx, { courseId, generatorVersion: GENERATOR_VERSION, moduleIds, rejected: bank.rejected });
  return { ...plan.counts, rejectedStored };
}
