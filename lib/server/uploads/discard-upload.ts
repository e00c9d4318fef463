import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { findPendingUpload } from "./find-upload";

/** Drops a pending upload: its bytes are deleted and it is marked discarded. */
export async function discardUpload(db: Db, actor: Actor, documentId: string): Promise<boolean> {
  const document = await findPendingUpload(db, actor, documentId);
  if (!document) return false;
  await db.$transaction(async (tx) => {
    await tx.sourceDocument.update({ where: { id: documentId }, data: { status: "DISCARDED" }, select: { id: true } });
    await tx.sourceDocumentPart.deleteMany({ where: { documentId } });
    await recordAudit(tx, { actorId: actor.id, action: "document.discard", entityType: "SourceDocument", entityId: documentId, before: { fileName: document.fileName } });
  });
  return true;
}
