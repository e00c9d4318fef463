import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Db | Prisma.TransactionClient;

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  ip?: string | null;
}

/** Appends to the audit log; pass the transaction client so the entry lands with the change. */
export async function recordAudit(db: Tx, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({ data: { ...entry, entityId: entry.entityId ?? null, ip: entry.ip ?? null } });
}
