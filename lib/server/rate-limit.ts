import "server-only";
import type { Db } from "@/lib/db/prisma";

export interface RateLimitRule {
  /** Attempts a window allows before backoff starts. */
  limit: number;
  windowMs: number;
}

const WINDOW = 15 * 60_000;

/**
 * Sign-in limits. Attempts are taken before the password is checked, so a burst of concurrent
 * guesses gets no more through than one at a time; a successful sign-in gives back its attempts
 * on the account (and on the address, so a classroom behind one address is not limited by its
 * own successes).
 */
export const LOGIN_LIMITS = {
  /** One client address on one account: what a guesser at one place gets, without locking the owner out elsewhere. */
  pair: { limit: 5, windowMs: WINDOW },
  /** One account from every address: guessing spread over many addresses. */
  account: { limit: 20, windowMs: WINDOW },
  /** One client address on every account. */
  address: { limit: 50, windowMs: WINDOW },
} satisfies Record<string, RateLimitRule>;

const BACKOFF_FIRST_MS = 30_000;
const BACKOFF_MAX_MS = WINDOW;

export interface RateLimitState {
  count: number;
  windowStart: Date;
  blockedUntil: Date | null;
}

/**
 * One attempt against a key's state: refused while the key is blocked (and not counted);
 * otherwise counted, a window that has passed starting over. From the limit-th attempt of a
 * window on, each allowed attempt blocks the next for a wait that doubles (30 s, 1 min, 2 min …
 * at most 15 min): backoff, never a lock-out that outlasts the window.
 */
export function takeFromState(state: RateLimitState | null, rule: RateLimitRule, now: Date): { allowed: boolean; retryAfterMs: number; next: RateLimitState } {
  if (state?.blockedUntil && state.blockedUntil > now) {
    return { allowed: false, retryAfterMs: state.blockedUntil.getTime() - now.getTime(), next: state };
  }
  const windowPassed = !state || state.windowStart.getTime() <= now.getTime() - rule.windowMs;
  const count = windowPassed ? 1 : state.count + 1;
  const windowStart = windowPassed ? now : state.windowStart;
  const over = count - rule.limit;
  const blockedUntil = over >= 0 ? new Date(now.getTime() + Math.min(BACKOFF_FIRST_MS * 2 ** over, BACKOFF_MAX_MS)) : null;
  return { allowed: true, retryAfterMs: 0, next: { count, windowStart, blockedUntil } };
}

/**
 * Takes one attempt from each key, atomically across app instances (the rows are locked while
 * they are read and written). Allowed only if every key allows it; a refused key is not
 * counted. Returns how long to wait when refused.
 */
export async function takeAttempts(db: Db, keys: ReadonlyArray<{ key: string; rule: RateLimitRule }>, now = new Date()): Promise<{ ok: true } | { ok: false; retryAfterMs: number }> {
  return db.$transaction(async (tx) => {
    let retryAfterMs = 0;
    const planned: Array<{ key: string; next: RateLimitState }> = [];
    for (const { key, rule } of keys) {
      await tx.$executeRaw`INSERT INTO "RateLimit" ("key", "count", "windowStart") VALUES (${key}, 0, ${now}) ON CONFLICT ("key") DO NOTHING`;
      const [row] = await tx.$queryRaw<RateLimitState[]>`SELECT "count", "windowStart", "blockedUntil" FROM "RateLimit" WHERE "key" = ${key} FOR UPDATE`;
      const taken = takeFromState(row!.count === 0 ? null : row!, rule, now);
      if (!taken.allowed) retryAfterMs = Math.max(retryAfterMs, taken.retryAfterMs);
      planned.push({ key, next: taken.next });
    }
    if (retryAfterMs > 0) return { ok: false as const, retryAfterMs };
    for (const { key, next } of planned) {
      await tx.rateLimit.update({ where: { key }, data: next });
    }
    return { ok: true as const };
  });
}

/** Gives back one attempt (a successful sign-in from an address that many people share). */
export async function returnAttempt(db: Db, key: string): Promise<void> {
  await db.rateLimit.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

export async function clearRateLimit(db: Db, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** Rows whose window and block are both long over: kept no longer than a day. */
export async function purgeStaleRateLimits(db: Db, now = new Date()): Promise<number> {
  const dayAgo = new Date(now.getTime() - 24 * 3600_000);
  const { count } = await db.rateLimit.deleteMany({
    where: { windowStart: { lt: dayAgo }, OR: [{ blockedUntil: null }, { blockedUntil: { lt: now } }] },
  });
  return count;
}
