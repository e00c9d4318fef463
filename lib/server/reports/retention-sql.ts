import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { DECAY_MAX, DECAY_MIN } from "@/lib/srs/retention";
import { FSRS5_DEFAULT_DECAY, FSRS6_DEFAULT_DECAY } from "ts-fsrs";
import { sqlTimestamp } from "./report-scope";

/**
 * The SQL twin of lib/srs/retention.ts for the reports: the same forgetting curve with the learner's
 * own decay, fractional days since the last review, no retention for cards never reviewed. The
 * parity test (tests/integration/retention.test.ts) keeps the two equal.
 */

/** w[20] of a learner's `fsrsParameters` (a float8[] expression, null when unset), as forgettingDecay reads it. */
export function decaySql(parameters: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(CASE coalesce(array_length(${parameters}, 1), 0)
    WHEN 21 THEN least(greatest(coalesce(${parameters}[21], 0), ${DECAY_MIN}::float8), ${DECAY_MAX}::float8)
    WHEN 19 THEN ${FSRS5_DEFAULT_DECAY}::float8
    WHEN 17 THEN ${FSRS5_DEFAULT_DECAY}::float8
    ELSE ${FSRS6_DEFAULT_DECAY}::float8 END)`;
}

/** Whether the card (alias `c`) was reviewed: the cards a retention is predicted for. */
export const reviewedCardSql = Prisma.sql`(c."state" <> 'NEW' AND c."lastReview" IS NOT NULL AND c."stability" > 0)`;

/**
 * R of card `c` at `now` with decay `decay`: (1 + (0.9^(−1/d) − 1) · t / S)^(−d), t in fractional days.
 * Only meaningful for reviewed cards (reviewedCardSql). date_part, a float8, not extract, a numeric.
 */
export function cardRetentionSql(decay: Prisma.Sql, now: Date): Prisma.Sql {
  const nowSeconds = now.getTime() / 1000;
  return Prisma.sql`power(1 + (power(0.9::float8, -1 / ${decay}) - 1)
                          * greatest((${nowSeconds}::float8 - date_part('epoch', c."lastReview")) / 86400, 0)
                          / c."stability",
                        -${decay})`;
}

/** Whether card `c` is mastered at `now` (isMastered): reviewed, in long-term review, not overdue. */
export function masteredCardSql(now: Date): Prisma.Sql {
  return Prisma.sql`(${reviewedCardSql} AND c."state" = 'REVIEW' AND c."due" >= ${sqlTimestamp(now)})`;
}

/** Whether card `c` is overdue at `now` (isOverdue): reviewed and past its due time. */
export function overdueCardSql(now: Date): Prisma.Sql {
  return Prisma.sql`(${reviewedCardSql} AND c."due" < ${sqlTimestamp(now)})`;
}
