import type { Db } from "@/lib/db/prisma";

/** The newest audit entries with their actor's name (administrators only: the caller guards). */
export function listAuditEntries(db: Db, options: { take?: number } = {}) {
  return db.auditLog.findMany({
    orderBy: { createdAt: "desc" },
    take: options.take ?? 100,
    include: { actor: { select: { name: true, email: true } } },
  });
}
