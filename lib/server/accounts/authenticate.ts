import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { verifyPassword } from "@/lib/auth/password";
import { LOGIN_LIMITS, clearRateLimit, isRateLimited, recordRateLimitHit } from "@/lib/server/rate-limit";

export type AuthenticationFailure = "INVALID_CREDENTIALS" | "RATE_LIMITED" | "DEACTIVATED";

export type AuthenticationResult = { ok: true; actor: Actor; sessionVersion: number } | { ok: false; reason: AuthenticationFailure };

// A hash of a random password: verifying against it when the account does not exist keeps
// the response time the same, so timing does not reveal which emails are registered.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$cFj60zm6piiFaQv/potWLw$Z9Td1mzBLXm6H3aDUULEJs+91QbM5yMOFT4D6sxSE/A";

/** Checks an email and password, counting failures per account and per client address. */
export async function authenticate(
  db: Db,
  input: { email: string; password: string; address: string },
): Promise<AuthenticationResult> {
  const email = input.email.trim().toLowerCase();
  const accountKey = `login:account:${email}`;
  const addressKey = `login:address:${input.address}`;
  if (
    (await isRateLimited(db, accountKey, LOGIN_LIMITS.account)) ||
    (await isRateLimited(db, addressKey, LOGIN_LIMITS.address))
  ) {
    return { ok: false, reason: "RATE_LIMITED" };
  }
  const user = await db.user.findUnique({ where: { email } });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
  if (!user || !passwordMatches) {
    await recordRateLimitHit(db, accountKey, LOGIN_LIMITS.account);
    await recordRateLimitHit(db, addressKey, LOGIN_LIMITS.address);
    return { ok: false, reason: "INVALID_CREDENTIALS" };
  }
  if (!user.active) return { ok: false, reason: "DEACTIVATED" };
  await clearRateLimit(db, accountKey);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { ok: true, actor: { id: user.id, name: user.name, email: user.email, role: user.role }, sessionVersion: user.sessionVersion };
}
