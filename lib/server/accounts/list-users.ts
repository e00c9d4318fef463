import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor, Role } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertAdministrator } from "@/lib/server/authz";

export interface ListUsersOptions {
  /** Part of a name or email, case-insensitive. */
  query?: string;
  role?: Role;
  take?: number;
}

/** Accounts matching the filters, newest first, with the total; administrators only (ForbiddenError). */
export async function listUsers(db: Db, actor: Actor, options: ListUsersOptions = {}) {
  assertAdministrator(actor, "list accounts");
  const query = options.query?.trim();
  const where: Prisma.UserWhereInput = {
    ...(options.role ? { role: options.role } : {}),
    ...(query
      ? {
          OR: [
            { name: { contains: query, mode: "insensitive" } },
            { email: { contains: query.toLowerCase(), mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [users, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take: options.take ?? 200,
      select: { id: true, name: true, email: true, role: true, active: true, lastLoginAt: true, createdAt: true },
    }),
    db.user.count({ where }),
  ]);
  return { users, total };
}
