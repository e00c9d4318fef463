import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { assertAdministrator } from "@/lib/server/authz";

/** One account with its classes, for the administrator's user page; administrators only (ForbiddenError). */
export async function getAccount(db: Db, actor: Actor, options: { userId: string }) {
  assertAdministrator(actor, "read accounts");
  return db.user.findUnique({
    where: { id: options.userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      mustChangePassword: true,
      lastLoginAt: true,
      createdAt: true,
      classMemberships: { select: { role: true, class: { select: { id: true, name: true } } } },
    },
  });
}
