import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { saveGeneratedBank, type SavedBankCounts } from "@/lib/server/bank/save-generated-bank";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { generateBankWithRewrites } from "@/lib/server/llm/generate-bank-with-rewrites";
import { flattenBuiltCourse } from "@/lib/server/content/flatten-built-course";
import { syncCourseModules, type SyncCounts } from "@/lib/server/content/sync-course-modules";
import { numberUploadModules, readUploadBuild } from "./build-upload";
import { findPendingUpload } from "./find-upload";

export type PublishedUploadCounts = SyncCounts & { questions: SavedBankCounts };

/**
 * Adds an upload's modules to the end of its course and marks the document published; the
 * file's bytes and build are no longer kept. Then generates the questions of the document (as a
 * course of its own, so a short document gets a bank) and stores them all as DRAFT: questions of
 * a newly uploaded document always wait for an instructor, whatever the course publishes new
 * questions as; doubtful ones are flagged with the reason. Returns null when there is no such
 * pending upload.
 *
 * Publishes may run at once (two tabs, a double click, a retried request, two app instances on
 * one database). Inside the transaction the course's row is locked first, so the publishes of one
 * course take turns: each numbers its titles and places its modules after the modules the one
 * before it added. Then the document's row, still pending: a publish that finds it published or
 * discarded by the one before it publishes nothing and returns null.
 */
export async function publishUpload(db: Db, actor: Actor, documentId: string): Promise<PublishedUploadCounts | null> {
  const document = await findPendingUpload(db, actor, documentId);
  if (!document?.courseId) return null;
  const courseId = document.courseId;
  const stored = await readUploadBuild(db, document);
  if (!stored) return null;
  const published = await db.$transaction(
    async (tx) => {
      // NO KEY UPDATE: takes turns with other publishes and content:build's update of the course,
      // without holding up rows that merely reference the course (questions, quizzes).
      await tx.$queryRaw`SELECT "id" FROM "Course" WHERE "id" = ${courseId} FOR NO KEY UPDATE`;
      const pending = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "SourceDocument" WHERE "id" = ${documentId} AND "status" = 'UPLOADED' AND "courseId" = ${courseId} FOR UPDATE`;
      if (pending.length === 0) return null;
      const courseModules = await tx.module.findMany({ where: { courseId }, select: { title: true, position: true, archivedAt: true } });
      const built = numberUploadModules(stored, courseModules.filter((module) => module.archivedAt === null).map((module) => module.title));
      const firstModulePosition = Math.max(-1, ...courseModules.map((module) => module.position)) + 1;
      const rows = flattenBuiltCourse(built, () => documentId, { courseId, firstModulePosition });
      const counts = await syncCourseModules(tx, { courseId, rows, documentIds: [documentId] });
      await tx.sourceDocument.update({ where: { id: documentId }, data: { status: "PUBLISHED", build: null, buildVersion: null }, select: { id: true } });
      await tx.sourceDocumentPart.deleteMany({ where: { documentId } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "document.publish",
        entityType: "SourceDocument",
        entityId: documentId,
        after: { courseId, modules: rows.modules.map((row) => row.title) },
      });
      return { built, counts, moduleIds: rows.modules.map((row) => row.id) };
    },
    { timeout: 60_000 },
  );
  if (!published) return null;
  const bank = await generateBankWithRewrites(db, published.built);
  const questions = await saveGeneratedBank(db, { courseId, bank, moduleIds: published.moduleIds, newQuestionStatus: "DRAFT" });
  return { ...published.counts, questions };
}
