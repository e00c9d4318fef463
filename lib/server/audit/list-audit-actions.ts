import "server-only";
import type { Db } from "@/lib/db/prisma";

/** The actions that occur in the audit log, for the filter's choices. */
export async function listAuditActions(db: Db): Promise<string[]> {
  const rows = await db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } });
  return rows.map((row) => row.action);
}
