import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { isCurrentSession } from "@/lib/auth/session-version";
import { scopeFor } from "@/lib/server/authorization/scope";

/** The actor may not read or change what they asked for. */
export class ForbiddenError extends Error {
  constructor(message = "Forbidden") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** The signed-in user as the database knows them now (role changes and deactivation count at once). */
export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  return (await loadSignedInUser(db, userId))?.actor ?? null;
}

/**
 * loadActor, and whether the user still has to replace a one-time password, in one query. With
 * the session version a token carries, a session ended since (lib/auth/session-version.ts) is
 * signed out.
 */
export async function loadSignedInUser(db: Db, userId: string, tokenSessionVersion?: number): Promise<{ actor: Actor; mustChangePassword: boolean } | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, active: true, mustChangePassword: true, sessionVersion: true },
  });
  if (!user || !user.active) return null;
  if (tokenSessionVersion !== undefined && !isCurrentSession(tokenSessionVersion, user.sessionVersion)) return null;
  return { actor: { id: user.id, name: user.name, email: user.email, role: user.role }, mustChangePassword: user.mustChangePassword };
}

/** Only administrators: user accounts, the audit log, organisation-wide counts. */
export function assertAdministrator(actor: Actor, what: string): void {
  if (!scopeFor(actor).isAdministrator) throw new ForbiddenError(`User ${actor.id} may not ${what}`);
}

/** Classes the actor teaches; administrators get null, meaning every class. */
export async function taughtClassIds(db: Db, actor: Actor): Promise<string[] | null> {
  const scope = scopeFor(actor);
  if (scope.isAdministrator) return null;
  if (actor.role !== "INSTRUCTOR") return [];
  const rows = await db.class.findMany({ where: scope.classes, select: { id: true } });
  return rows.map((row) => row.id);
}

/** Administrators manage every class; an instructor only the classes they teach. */
export async function assertCanManageClass(db: Db, actor: Actor, classId: string): Promise<void> {
  const scope = scopeFor(actor);
  if (scope.isAdministrator) return;
  if (actor.role === "INSTRUCTOR" && (await db.class.findFirst({ where: scope.class(classId), select: { id: true } }))) return;
  throw new ForbiddenError(`User ${actor.id} may not manage class ${classId}`);
}

/**
 * A learner reads their own data; an instructor that of the learners of their classes (a
 * fellow instructor of a class is not one); an administrator all.
 */
export async function assertCanReadLearner(db: Db, actor: Actor, learnerId: string): Promise<void> {
  const scope = scopeFor(actor);
  if (actor.id === learnerId || scope.isAdministrator) return;
  if (actor.role === "INSTRUCTOR") {
    const shared = await db.classMember.findFirst({ where: { userId: learnerId, ...scope.learnerMemberships }, select: { classId: true } });
    if (shared) return;
  }
  throw new ForbiddenError(`User ${actor.id} may not read learner ${learnerId}`);
}
