import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { POINTS_RULES, pointsWithinCap, studyDay, type PointsActivityName } from "@/lib/points/points-rules";
import { newId } from "@/lib/db/new-id";

/**
 * 学习积分 are credited through each learner's PointsDay row for the day and activity: it holds
 * what the day's events were worth before the cap (`claimed`), and the points credited are
 * least(cap, claimed). Reading the ledger's sum and inserting under it let two app instances
 * both see 9 of 10 and both credit a point (11 of 10); a row lock serialises them instead, and
 * PostgreSQL's INSERT … ON CONFLICT DO UPDATE works on the row's latest committed version even
 * inside a single statement whose snapshot is older, so one statement suffices where there is
 * no interactive transaction (the practice answers' batch).
 */

/** One credit: `sourceId` names the event credited; `day` is its study day; `points` what the event is worth before the cap. */
export const POINTS_ENTRY_COLUMNS = {
  pointsId: "text",
  userId: "text",
  activity: `"PointsActivity"`,
  sourceId: "text",
  points: "int",
  day: "date",
  at: "timestamp",
} as const;

/**
 * Credits points for one event (`sourceId` names it, so a retry earns nothing twice), within
 * the activity's daily cap, inside the caller's transaction. Returns the points credited.
 *
 * The learner's PointsDay row is locked first and stays locked until the transaction ends, so
 * a concurrent credit of the same learner, day and activity (another instance, the practice
 * answers' statement) waits and then counts this one.
 */
export async function awardPoints(
  tx: Prisma.TransactionClient,
  input: { userId: string; activity: PointsActivityName; sourceId: string; now: Date; units?: number },
): Promise<number> {
  const day = studyDay(input.now);
  const worth = POINTS_RULES[input.activity].points * (input.units ?? 1);
  const [tally] = await tx.$queryRaw<{ claimed: number }[]>`
    INSERT INTO "PointsDay" ("userId", "day", "activity", "claimed")
    VALUES (${input.userId}, ${day}::date, ${input.activity}::"PointsActivity", 0)
    ON CONFLICT ("userId", "day", "activity") DO UPDATE SET "claimed" = "PointsDay"."claimed"
    RETURNING "claimed"`;
  const points = pointsWithinCap(input.activity, tally!.claimed, input.units);
  if (points <= 0) return 0;
  const created = await tx.$queryRaw<{ id: string }[]>`
    WITH entry AS (
      INSERT INTO "PointsEntry" ("id", "userId", "activity", "sourceId", "points", "day", "createdAt")
      VALUES (${newId()}, ${input.userId}, ${input.activity}::"PointsActivity", ${input.sourceId}, ${points}::int, ${day}::date, ${input.now})
      ON CONFLICT ("userId", "activity", "sourceId") DO NOTHING
      RETURNING "id"
    ),
    tally AS (
      UPDATE "PointsDay" SET "claimed" = "claimed" + ${worth}::int
      WHERE "userId" = ${input.userId} AND "day" = ${day}::date AND "activity" = ${input.activity}::"PointsActivity" AND EXISTS (SELECT 1 FROM entry)
      RETURNING 1
    )
    SELECT "id" FROM entry`;
  return created.length === 1 ? points : 0;
}

/** The daily cap of the activity `activity` names, from POINTS_RULES (code constants, not input). */
function dailyCapSql(activity: Prisma.Sql): Prisma.Sql {
  const cases = Object.entries(POINTS_RULES).map(([name, rule]) => `WHEN '${name}' THEN ${Math.trunc(rule.dailyCap)}`);
  return Prisma.sql`(CASE ${activity}::text ${Prisma.raw(cases.join(" "))} END)`;
}

/**
 * Claims each credit's worth on its learner's PointsDay row, as a data-modifying CTE named by
 * the caller; RETURNING each row's "userId", "day", "activity" and "claimed" after the claim.
 * `credits` yields POINTS_ENTRY_COLUMNS, at most one row per learner, day and activity (an
 * ON CONFLICT DO UPDATE touches a row once per statement); rows are claimed in key order so
 * that two statements claiming for the same learners cannot deadlock.
 */
export function claimPointsSql(credits: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "PointsDay" AS t ("userId", "day", "activity", "claimed")
    SELECT c."userId", c."day", c."activity", c."points" FROM (${credits}) c WHERE c."points" > 0 ORDER BY c."userId", c."activity"
    ON CONFLICT ("userId", "day", "activity") DO UPDATE SET "claimed" = t."claimed" + EXCLUDED."claimed"
    RETURNING t."userId", t."day", t."activity", t."claimed"`;
}

/**
 * The ledger row of each credit for what fitted under the cap when it was claimed: a claim that
 * took `claimed` from c − w to c credits least(w, cap − (c − w)). `credits` and `claims` name
 * the CTEs of the credits and of claimPointsSql over them. RETURNING "id".
 */
export function insertClaimedPointsSql(credits: Prisma.Sql, claims: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "PointsEntry" ("id", "userId", "activity", "sourceId", "points", "day", "createdAt")
    SELECT c."pointsId", c."userId", c."activity", c."sourceId", g."points", c."day", c."at"
    FROM ${credits} c
    JOIN ${claims} k ON k."userId" = c."userId" AND k."day" = c."day" AND k."activity" = c."activity"
    CROSS JOIN LATERAL (SELECT least(c."points", ${dailyCapSql(Prisma.sql`c."activity"`)} - (k."claimed" - c."points")) AS "points") g
    WHERE c."points" > 0 AND g."points" > 0
    ON CONFLICT ("userId", "activity", "sourceId") DO NOTHING
    RETURNING "id"`;
}
