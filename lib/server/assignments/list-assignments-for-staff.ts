import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { scopeFor } from "@/lib/server/authorization/scope";

/** Assignments the actor manages (their own and their classes'; all for an administrator), latest window first. */
export function listAssignmentsForStaff(db: Db, options: { actor: Actor; take?: number }) {
  return db.assignment.findMany({
    where: scopeFor(options.actor).assignments,
    orderBy: [{ closesAt: "desc" }, { id: "asc" }],
    take: options.take ?? 50,
    select: {
      id: true,
      title: true,
      opensAt: true,
      closesAt: true,
      quiz: { select: { title: true } },
      classes: { select: { class: { select: { name: true } } } },
    },
  });
}
