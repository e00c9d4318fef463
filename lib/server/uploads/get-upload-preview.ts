import "server-only";
import type { BuiltCourse } from "@/lib/content";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { buildUpload } from "./build-upload";
import { findPendingUpload } from "./find-upload";
import { readUploadBytes } from "./upload-parts";

/** What publishing an upload would add: its modules, sections, passages and knowledge points. */
export async function getUploadPreview(db: Db, actor: Actor, documentId: string) {
  const document = await findPendingUpload(db, actor, documentId);
  if (!document) return null;
  const bytes = await readUploadBytes(db, documentId);
  if (!bytes) return null;
  const takenModuleTitles = document.course?.modules.map((module) => module.title);
  const { built }: { built: BuiltCourse } = await buildUpload({ documentId, fileName: document.fileName, bytes, takenModuleTitles });
  const course = document.course ? { id: document.course.id, title: document.course.title } : null;
  return {
    document: { id: document.id, fileName: document.fileName, title: document.title, byteSize: document.byteSize, course },
    modules: built.modules,
    report: built.reports[0] ?? null,
  };
}
