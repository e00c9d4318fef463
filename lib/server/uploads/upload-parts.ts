import "server-only";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * An upload's bytes are kept in parts, one statement each, with the event loop let go between
 * them. On PGlite every statement runs on the server's thread, and one INSERT of a 3 MB file held
 * it (and every other request, which waits for PGlite's one connection) for about a second;
 * a 256 KB part takes tens of milliseconds, and other requests' statements run between parts.
 * The parts are written before the upload's SourceDocument row, outside its transaction (a
 * transaction would hold that one connection throughout): until the row exists nothing reads
 * them, and an upload that fails deletes its parts (parts left by a crash are purged hourly).
 */
export const UPLOAD_PART_BYTES = 256 * 1024;

/** Writes `bytes` as the parts of `documentId` and returns how many there are. */
export async function writeUploadParts(db: Pick<Db, "$executeRaw"> | Pick<Prisma.TransactionClient, "$executeRaw">, documentId: string, bytes: Uint8Array): Promise<number> {
  const count = Math.max(1, Math.ceil(bytes.byteLength / UPLOAD_PART_BYTES));
  for (let index = 0; index < count; index++) {
    const part = new Uint8Array(bytes.subarray(index * UPLOAD_PART_BYTES, (index + 1) * UPLOAD_PART_BYTES));
    // The document id is derived from the file's hash: a part already there (the same file
    // uploaded again) holds the same bytes, unless the part size changed since.
    // The columns hold UTC without a zone, whatever the session's zone.
    await db.$executeRaw`
      INSERT INTO "SourceDocumentPart" ("documentId", "index", "bytes", "createdAt") VALUES (${documentId}, ${index}, ${part}, now() AT TIME ZONE 'UTC')
      ON CONFLICT ("documentId", "index") DO UPDATE SET "bytes" = excluded."bytes", "createdAt" = excluded."createdAt"`;
    await nextTurn();
  }
  return count;
}

/** Inside the transaction that writes the document row: parts beyond `count` (an older part size) go. */
export async function trimUploadParts(tx: Prisma.TransactionClient, documentId: string, count: number): Promise<void> {
  await tx.sourceDocumentPart.deleteMany({ where: { documentId, index: { gte: count } } });
}

/**
 * Inside the transaction that writes the document row, after its lock: whether the `count` parts
 * written before it are all still there. A discard of the same file (a pending upload of it) that
 * ran while they were written deleted them with its row's change.
 */
export async function uploadPartsPresent(tx: Prisma.TransactionClient, documentId: string, count: number): Promise<boolean> {
  return (await tx.sourceDocumentPart.count({ where: { documentId, index: { lt: count } } })) === count;
}

/** The bytes of an upload, read part by part; null when it has none (published or discarded). */
export async function readUploadBytes(db: Db, documentId: string): Promise<Uint8Array | null> {
  const parts = await db.sourceDocumentPart.findMany({ where: { documentId }, select: { index: true }, orderBy: { index: "asc" } });
  if (parts.length === 0) return null;
  const chunks: Uint8Array[] = [];
  for (const { index } of parts) {
    const part = await db.sourceDocumentPart.findUnique({ where: { documentId_index: { documentId, index } }, select: { bytes: true } });
    if (!part) return null;
    chunks.push(part.bytes);
    await nextTurn();
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** After an upload failed: its parts, unless a pending upload of the same file still needs them. */
export async function deleteUnusedUploadParts(db: Db, documentId: string): Promise<void> {
  await db.$executeRaw`
    DELETE FROM "SourceDocumentPart" part WHERE part."documentId" = ${documentId}
      AND NOT EXISTS (SELECT 1 FROM "SourceDocument" document WHERE document."id" = part."documentId" AND document."status" = 'UPLOADED')`;
}

/** Parts older than an hour that no pending upload needs (an upload cut short by a crash); hourly. */
export async function purgeOrphanUploadParts(db: Db, now = new Date()): Promise<number> {
  const hourAgo = (now.getTime() - 3600_000) / 1000;
  return db.$executeRaw`
    DELETE FROM "SourceDocumentPart" part WHERE part."createdAt" < (to_timestamp(${hourAgo}::float8) AT TIME ZONE 'UTC')
      AND NOT EXISTS (SELECT 1 FROM "SourceDocument" document WHERE document."id" = part."documentId" AND document."status" = 'UPLOADED')`;
}
