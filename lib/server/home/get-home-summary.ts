import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { assertAdministrator } from "@/lib/server/authz";

/** What the home page shows every role: the courses and the learner's own classes. */
export async function getHomeSummary(db: Db, actor: Actor) {
  const [modules, activeQuestions, memberships] = await Promise.all([
    db.module.count({ where: { archivedAt: null } }),
    db.question.count({ where: { status: "ACTIVE" } }),
    db.classMember.findMany({
      where: { userId: actor.id },
      select: { role: true, class: { select: { id: true, name: true } } },
    }),
  ]);
  return { modules, activeQuestions, memberships };
}

/** Organisation-wide counts for the administrator's home; administrators only (ForbiddenError). */
export async function getOrganisationCounts(db: Db, actor: Actor) {
  assertAdministrator(actor, "read organisation counts");
  const [byRole, classes, auditEntries] = await Promise.all([
    db.user.groupBy({ by: ["role"], where: { active: true }, _count: { _all: true } }),
    db.class.count({ where: { archivedAt: null } }),
    db.auditLog.count(),
  ]);
  const users = { LEARNER: 0, INSTRUCTOR: 0, ADMIN: 0 };
  for (const group of byRole) users[group.role] = group._count._all;
  return { users, classes, auditEntries };
}
