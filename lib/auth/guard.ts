import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";
import { getDb } from "@/lib/db/prisma";
import type { Actor, Role } from "@/lib/auth/roles";
import { ForbiddenError, assertCanManageClass, assertCanReadLearner, loadSignedInUser } from "@/lib/server/authz";

/**
 * The one authorization guard. Every page, server action and route handler that reads or
 * writes private data starts with one of these; hiding a link in the UI is not a check.
 */

/** The signed-in, active user, or null. */
export async function currentActor(): Promise<Actor | null> {
  return (await signedInUser())?.actor ?? null;
}

async function signedInUser() {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return loadSignedInUser(await getDb(), session.user.id, session.user.sessionVersion);
}

/**
 * The signed-in user; anyone else is sent to the login page. A user still on a one-time
 * password (roster import, account created or reset by an administrator) is sent to
 * /change-password first: every page, action and route behind this guard waits for it.
 */
export async function requireActor(): Promise<Actor> {
  const user = await signedInUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  return user.actor;
}

export const CHANGE_PASSWORD_PATH = "/change-password";

/**
 * The signed-in user, even before they replaced a one-time password, and whether one is
 * pending: for /change-password only, which serves both the forced and a chosen change.
 */
export async function requireUserAllowingPasswordChange(): Promise<{ actor: Actor; mustChangePassword: boolean }> {
  const user = await signedInUser();
  if (!user) redirect("/login");
  return user;
}

/** The signed-in user if their role is one of `roles`; others get 403. */
export async function requireRole(...roles: Role[]): Promise<Actor> {
  const actor = await requireActor();
  if (!roles.includes(actor.role)) forbidden();
  return actor;
}

export const requireStaff = () => requireRole("INSTRUCTOR", "ADMIN");

/** An instructor of the class or an administrator. */
export async function requireClassManager(classId: string): Promise<Actor> {
  const actor = await requireStaff();
  await refuseWhenForbidden(assertCanManageClass(await getDb(), actor, classId));
  return actor;
}

/** The learner themself, an instructor of one of their classes, or an administrator. */
export async function requireLearnerReader(learnerId: string): Promise<Actor> {
  const actor = await requireActor();
  await refuseWhenForbidden(assertCanReadLearner(await getDb(), actor, learnerId));
  return actor;
}

async function refuseWhenForbidden(check: Promise<void>): Promise<void> {
  try {
    await check;
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}
