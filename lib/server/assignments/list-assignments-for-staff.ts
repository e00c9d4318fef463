import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";

/** Assignments the actor manages (their own and their classes'; all for an administrator), latest window first. */
export function listAssignmentsForStaff(db: Db, options: { actor: Actor; take?: number }) {
  const { actor } = options;
  const where =
    actor.role === "ADMIN"
      ? {}
      : actor.role === "INSTRUCTOR"
        ? { OR: [{ createdById: actor.id }, { classes: { some: { class: { members: { some: { userId: actor.id, role: "INSTRUCTOR" as const } } } } } }] }
        : { id: { in: [] } };
  return db.assignment.findMany({
    where,
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
