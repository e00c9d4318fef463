import "server-only";
import type { Db } from "@/lib/db/prisma";

/** One account with its classes, for the administrator's user page (the caller guards). */
export function getAccount(db: Db, options: { userId: string }) {
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
