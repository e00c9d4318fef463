import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { saveGeneratedBank, type SavedBankCounts } from "@/lib/server/bank/save-generated-bank";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { generateBankWithRewrites } from "@/lib/server/llm/generate-bank-with-rewrites";
import { flattenBuiltCourse } from "@/lib/server/content/flatten-built-course";
import { syncCourseModules, type SyncCounts } from "@/lib/server/content/sync-course-modules";
import { buildUpload } from "./build-upload";
import { findPendingUpload } from "./find-upload";
import { readUploadBytes } from "./upload-parts";

export type PublishedUploadCounts = SyncCounts & { questions: SavedBankCounts };

/**
 * Adds an upload's modules to the end of its course and marks the document published; the
 * file's bytes are no longer kept. Then generates the questions of the document (as a course of
 * its own, so a short document gets a bank) and stores them all as DRAFT: questions of a newly
 * uploaded document always wait for an instructor, whatever the course publishes new questions as;
 * doubtful ones are flagged with the reason. Returns null when there is no such pending upload.
 */
export async function publishUpload(db: Db, actor: Actor, documentId: string): Promise<PublishedUploadCounts | null> {
  const document = await findPendingUpload(db, actor, documentId);
  if (!document?.courseId) return null;
  const bytes = await readUploadBytes(db, documentId);
  if (!bytes) return null;
  const courseId = document.courseId;
  const takenModuleTitles = document.course?.modules.map((module) => module.title);
  const { built } = await buildUpload({ documentId, fileName: document.fileName, bytes, takenModuleTitles });
  const { counts, moduleIds } = await db.$transaction(
    async (tx) => {
      const last = await tx.module.aggregate({ where: { courseId }, _max: { position: true } });
      const rows = flattenBuiltCourse(built, () => documentId, { courseId, firstModulePosition: (last._max.position ?? -1) + 1 });
      const counts = await syncCourseModules(tx, { courseId, rows, documentIds: [documentId] });
      await tx.sourceDocument.update({ where: { id: documentId }, data: { status: "PUBLISHED" }, select: { id: true } });
      await tx.sourceDocumentPart.deleteMany({ where: { documentId } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "document.publish",
        entityType: "SourceDocument",
        entityId: documentId,
        after: { courseId, modules: rows.modules.map((row) => row.title) },
      });
      return { counts, moduleIds: rows.modules.map((row) => row.id) };
    },
    { timeout: 60_000 },
  );
  const bank = await generateBankWithRewrites(db, built);
  const questions = await saveGeneratedBank(db, { courseId, bank, moduleIds, newQuestionStatus: "DRAFT" });
  return { ...counts, questions };
}
