import { Prisma } from "@/lib/generated/prisma/client";
import { pointsWithinCap, studyDay, type PointsActivityName } from "@/lib/points/points-rules";
import { newId } from "@/lib/db/new-id";

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
  const created = await tx.$queryRaw<{ id: string }[]>(insertPointsEntrySql({ ...input, points, day }));
  return created.length === 1 ? points : 0;
}

/**
 * The ledger row of one credit; nothing when the event (`sourceId`, a value or an SQL
 * expression such as a CTE's column) was already credited. RETURNING "id". The practice
 * answer's single statement uses it as a CTE gated by `from`.
 */
export function insertPointsEntrySql(input: {
  userId: string;
  activity: PointsActivityName;
  sourceId: string | Prisma.Sql;
  points: number;
  /** The study day, YYYY-MM-DD. */
  day: string;
  now: Date;
  from?: Prisma.Sql;
}): Prisma.Sql {
  const sourceId = typeof input.sourceId === "string" ? Prisma.sql`${input.sourceId}` : input.sourceId;
  return Prisma.sql`
    INSERT INTO "PointsEntry" ("id", "userId", "activity", "sourceId", "points", "day", "createdAt")
    SELECT ${newId()}, ${input.userId}, ${input.activity}::"PointsActivity", ${sourceId}, ${input.points}::int, ${input.day}::date, ${input.now}::timestamp
    ${input.from ?? Prisma.empty}
    ON CONFLICT ("userId", "activity", "sourceId") DO NOTHING
    RETURNING "id"`;
}
