import type { Db } from "@/lib/db/prisma";

/** Every account, newest first (administrators only: the caller guards). */
export function listUsers(db: Db, options: { take?: number } = {}) {
  return db.user.findMany({
    orderBy: { createdAt: "desc" },
    take: options.take ?? 200,
    select: { id: true, name: true, email: true, role: true, active: true, lastLoginAt: true, createdAt: true },
  });
}
