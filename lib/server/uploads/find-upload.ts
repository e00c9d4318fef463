import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { scopeFor } from "@/lib/server/authorization/scope";

/** An upload awaiting review, found only for its uploader or an administrator; with its course's module titles (for the preview). */
export function findPendingUpload(db: Db, actor: Actor, documentId: string) {
  return db.sourceDocument.findFirst({
    where: {
      id: documentId,
      status: "UPLOADED",
      ...scopeFor(actor).uploads,
    },
    // The stored build is read on its own (readUploadBuild), only by those who need it.
    omit: { build: true },
    include: { course: { select: { id: true, title: true, modules: { where: { archivedAt: null }, select: { title: true } } } } },
  });
}

/** Uploads awaiting review that the actor may publish. */
export function listPendingUploads(db: Db, actor: Actor) {
  return db.sourceDocument.findMany({
    where: { status: "UPLOADED", ...scopeFor(actor).uploads },
    orderBy: { createdAt: "desc" },
    select: { id: true, fileName: true, title: true, byteSize: true, createdAt: true, course: { select: { title: true } } },
  });
}
