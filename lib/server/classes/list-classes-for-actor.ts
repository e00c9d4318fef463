import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { scopeFor } from "@/lib/server/authorization/scope";

/** Classes the actor manages: all for an administrator, the ones they teach for an instructor. */
export function listClassesForActor(db: Db, actor: Actor) {
  return db.class.findMany({
    where: { archivedAt: null, ...scopeFor(actor).classes },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      inviteCode: true,
      _count: { select: { members: { where: { role: "LEARNER" } } } },
    },
  });
}
