import { Prisma } from "@/lib/generated/prisma/client";
import { pointsWithinCap, studyDay, type PointsActivityName } from "@/lib/points/points-rules";
import { newId } from "@/lib/db/new-id";
import { jsonRowsSql } from "@/lib/db/json-rows";

/** One credit: `sourceId` names the event credited; `day` is its study day. */
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
 * the activity's daily cap. Returns the points credited.
 */
export async function awardPoints(
  tx: Prisma.TransactionClient,
  input: { userId: string; activity: PointsActivityName; sourceId: string; now: Date; units?: number },
): Promise<number> {
  const day = studyDay(input.now);
  const earned = await tx.pointsEntry.aggregate({ where: { userId: input.userId, activity: input.activity, day: new Date(`${day}T00:00:00Z`) }, _sum: { points: true } });
  const points = pointsWithinCap(input.activity, earned._sum.points ?? 0, input.units);
  if (points <= 0) return 0;
  const created = await tx.$queryRaw<{ id: string }[]>(
    insertPointsEntriesSql(jsonRowsSql([{ pointsId: newId(), userId: input.userId, activity: input.activity, sourceId: input.sourceId, points, day, at: input.now }], POINTS_ENTRY_COLUMNS)),
  );
  return created.length === 1 ? points : 0;
}

/**
 * The ledger row of each credit with points > 0; nothing for an event already credited.
 * RETURNING "id". `rows` yields POINTS_ENTRY_COLUMNS (see answer-writes.ts); the practice
 * answers' single statement selects them from its CTEs.
 */
export function insertPointsEntriesSql(rows: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "PointsEntry" ("id", "userId", "activity", "sourceId", "points", "day", "createdAt")
    SELECT r."pointsId", r."userId", r."activity", r."sourceId", r."points", r."day", r."at" FROM (${rows}) r WHERE r."points" > 0
    ON CONFLICT ("userId", "activity", "sourceId") DO NOTHING
    RETURNING "id"`;
}
