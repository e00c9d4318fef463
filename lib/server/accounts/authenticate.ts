import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { verifyPassword } from "@/lib/auth/password";
import { LOGIN_LIMITS, clearRateLimit, returnAttempt, takeAttempts } from "@/lib/server/rate-limit";

export type AuthenticationFailure = "INVALID_CREDENTIALS" | "RATE_LIMITED" | "DEACTIVATED";

export type AuthenticationResult = { ok: true; actor: Actor; sessionVersion: number } | { ok: false; reason: AuthenticationFailure };

// A hash of a random password: verifying against it when the account does not exist keeps
// the response time the same, so timing does not reveal which emails are registered.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$cFj60zm6piiFaQv/potWLw$Z9Td1mzBLXm6H3aDUULEJs+91QbM5yMOFT4D6sxSE/A";

const accountKey = (email: string) => `login:account:${email}`;
const pairKey = (email: string, address: string) => `login:pair:${email}|${address}`;

/**
 * Checks an email and password. An attempt is taken from the limits (lib/server/rate-limit.ts)
 * before the password is checked — per client address on the account, per account, per address —
 * so concurrent guesses are limited like consecutive ones; `address` is the client address the
 * app's server determined (lib/http/client-address.ts), never a header the client chose.
 */
export async function authenticate(
  db: Db,
  input: { email: string; password: string; address: string },
): Promise<AuthenticationResult> {
  const email = input.email.trim().toLowerCase();
  const addressKey = `login:address:${input.address}`;
  const taken = await takeAttempts(db, [
    { key: pairKey(email, input.address), rule: LOGIN_LIMITS.pair },
    { key: accountKey(email), rule: LOGIN_LIMITS.account },
    { key: addressKey, rule: LOGIN_LIMITS.address },
  ]);
  if (!taken.ok) return { ok: false, reason: "RATE_LIMITED" };
  const user = await db.user.findUnique({ where: { email } });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
  if (!user || !passwordMatches) return { ok: false, reason: "INVALID_CREDENTIALS" };
  if (!user.active) return { ok: false, reason: "DEACTIVATED" };
  await clearLoginLimits(db, email, input.address);
  await returnAttempt(db, addressKey);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { ok: true, actor: { id: user.id, name: user.name, email: user.email, role: user.role }, sessionVersion: user.sessionVersion };
}

/** Forgets an account's failed sign-ins: from `address` after it signed in, or from everywhere (a password reset). */
export async function clearLoginLimits(db: Db, email: string, address?: string): Promise<void> {
  await clearRateLimit(db, accountKey(email));
  if (address !== undefined) await clearRateLimit(db, pairKey(email, address));
  else await db.rateLimit.deleteMany({ where: { key: { startsWith: pairKey(email, "") } } });
}
