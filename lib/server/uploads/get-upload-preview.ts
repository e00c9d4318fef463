import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { numberUploadModules, readUploadBuild } from "./build-upload";
import { findPendingUpload } from "./find-upload";

/**
 * What publishing an upload would add: its modules (their titles numbered against the course's
 * modules as they are now), sections, passages and knowledge points, and how many explanatory notes
 * its reading view will show (`notes`). Reads the build stored at upload: the file is not parsed again.
 */
export async function getUploadPreview(db: Db, actor: Actor, documentId: string) {
  const document = await findPendingUpload(db, actor, documentId);
  if (!document) return null;
  const stored = await readUploadBuild(db, document);
  if (!stored) return null;
  const built = numberUploadModules(stored, document.course?.modules.map((module) => module.title) ?? []);
  const course = document.course ? { id: document.course.id, title: document.course.title } : null;
  return {
    document: { id: document.id, fileName: document.fileName, title: document.title, byteSize: document.byteSize, course },
    modules: built.modules,
    report: built.reports[0] ?? null,
    notes: built.reports[0]?.metadata?.notes?.length ?? 0,
  };
}
