import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Sessions are signed tokens that carry the user's session version from when they were issued;
 * a token whose version is no longer the user's is signed out on its next request (the guard,
 * and the practice answer endpoint's read). Bumping the version therefore ends every session
 * issued before: a password change or reset, a role change, a sign-out, 退出所有设备.
 */
export const sessionVersionBump = { sessionVersion: { increment: 1 } } satisfies Prisma.UserUpdateInput;

/** Whether a token issued at `tokenVersion` is still one of the user's sessions (tokens from before versions count as 0). */
export function isCurrentSession(tokenVersion: number | undefined, userVersion: number): boolean {
  return (tokenVersion ?? 0) === userVersion;
}

/** Ends every session of the user; returns the new version (for a session to re-issue). */
export async function endAllSessions(db: Db | Prisma.TransactionClient, userId: string): Promise<number> {
  const user = await db.user.update({ where: { id: userId }, data: sessionVersionBump, select: { sessionVersion: true } });
  return user.sessionVersion;
}
