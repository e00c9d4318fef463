import type { Db } from "@/lib/db/prisma";

export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

/** Failed-login limits: per account, and (looser) per client address. */
export const LOGIN_LIMITS = {
  account: { limit: 5, windowMs: 15 * 60_000 },
  address: { limit: 30, windowMs: 15 * 60_000 },
} satisfies Record<string, RateLimitRule>;

/**
 * True while `key` has used up its window. Counters live in the database so that every app
 * instance behind a load balancer shares them.
 */
export async function isRateLimited(db: Db, key: string, rule: RateLimitRule, now = new Date()): Promise<boolean> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row) return false;
  return row.windowStart.getTime() > now.getTime() - rule.windowMs && row.count >= rule.limit;
}

/** Counts one event against `key` atomically; a window that has passed starts over. */
export async function recordRateLimitHit(db: Db, key: string, rule: RateLimitRule, now = new Date()): Promise<number> {
  const windowStartsAfter = new Date(now.getTime() - rule.windowMs);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" ("key", "count", "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${windowStartsAfter} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${windowStartsAfter} THEN ${now} ELSE "RateLimit"."windowStart" END
    RETURNING "count"`;
  return Number(rows[0]?.count ?? 1);
}

export async function clearRateLimit(db: Db, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}
