import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { assertAdministrator } from "@/lib/server/authz";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditSubjects } from "./audit-subjects";

export const AUDIT_PAGE_SIZE = 50;

export interface SearchAuditLogOptions {
  /** An exact action, e.g. "user.create". */
  action?: string;
  /** Part of the actor's name or email. */
  actor?: string;
  /** Calendar days (YYYY-MM-DD) in China Standard Time, both inclusive. */
  from?: string;
  to?: string;
  page?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight at the start of a China Standard Time calendar day. */
function startOfChinaDay(day: string): Date | null {
  const date = new Date(`${day}T00:00:00+08:00`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Audit entries matching the filters, newest first, one page at a time; administrators only (ForbiddenError). */
export async function searchAuditLog(db: Db, reader: Actor, options: SearchAuditLogOptions = {}) {
  assertAdministrator(reader, "read the audit log");
  const from = options.from ? startOfChinaDay(options.from) : null;
  const toStart = options.to ? startOfChinaDay(options.to) : null;
  const actor = options.actor?.trim();
  const where: Prisma.AuditLogWhereInput = {
    ...(options.action ? { action: options.action } : {}),
    ...(actor
      ? {
          actor: {
            OR: [{ name: { contains: actor, mode: "insensitive" } }, { email: { contains: actor, mode: "insensitive" } }],
          },
        }
      : {}),
    ...(from || toStart
      ? { createdAt: { ...(from ? { gte: from } : {}), ...(toStart ? { lt: new Date(toStart.getTime() + DAY_MS) } : {}) } }
      : {}),
  };
  const total = await db.auditLog.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page ?? 1), pageCount);
  const entries = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    include: { actor: { select: { name: true, email: true } } },
  });
  const subjects = await auditSubjects(db, entries);
  return {
    entries: entries.map((entry) => ({ ...entry, subject: subjects.get(`${entry.entityType}:${entry.entityId}`) ?? null })),
    total,
    page,
    pageCount,
  };
}
