import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { findPendingUpload } from "./find-upload";

/**
 * Drops a pending upload: its bytes and build are deleted and it is marked discarded. False when
 * there is no such pending upload, including one published (or discarded) since it was found: the
 * status changes only from UPLOADED, in one statement that waits for a publish holding the row.
 */
export async function discardUpload(db: Db, actor: Actor, documentId: string): Promise<boolean> {
  const document = await findPendingUpload(db, actor, documentId);
  if (!document) return false;
  return db.$transaction(async (tx) => {
    const { count } = await tx.sourceDocument.updateMany({ where: { id: documentId, status: "UPLOADED" }, data: { status: "DISCARDED", build: null, buildVersion: null } });
    if (count === 0) return false;
    await tx.sourceDocumentPart.deleteMany({ where: { documentId } });
    await recordAudit(tx, { actorId: actor.id, action: "document.discard", entityType: "SourceDocument", entityId: documentId, before: { fileName: document.fileName } });
    return true;
  });
}
