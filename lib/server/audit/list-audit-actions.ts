import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { assertAdministrator } from "@/lib/server/authz";

/** The actions that occur in the audit log, for the filter's choices; administrators only (ForbiddenError). */
export async function listAuditActions(db: Db, actor: Actor): Promise<string[]> {
  assertAdministrator(actor, "read the audit log");
  const rows = await db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } });
  return rows.map((row) => row.action);
}
