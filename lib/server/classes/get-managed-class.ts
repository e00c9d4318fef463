import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { scopeFor } from "@/lib/server/authorization/scope";

/**
 * A class with its members, found only if the actor manages it: ownership is part of the
 * query, so another instructor's class is simply not found.
 */
export function getManagedClass(db: Db, actor: Actor, classId: string) {
  return db.class.findFirst({
    where: scopeFor(actor).class(classId),
    include: {
      members: {
        orderBy: [{ role: "desc" }, { joinedAt: "asc" }],
        include: { user: { select: { id: true, name: true, email: true } } },
      },
    },
  });
}
