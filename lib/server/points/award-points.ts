import type { Prisma } from "@/lib/generated/prisma/client";
import { pointsWithinCap, studyDay, type PointsActivityName } from "@/lib/points/points-rules";

/**
 * Credits points for one event (`sourceId` names it, so a retry earns nothing twice), within
 * the activity's daily cap. Returns the points credited.
 */
export async function awardPoints(
  tx: Prisma.TransactionClient,
  input: { userId: string; activity: PointsActivityName; sourceId: string; now: Date; units?: number },
): Promise<number> {
  const day = new Date(`${studyDay(input.now)}T00:00:00Z`);
  const earned = await tx.pointsEntry.aggregate({ where: { userId: input.userId, activity: input.activity, day }, _sum: { points: true } });
  const points = pointsWithinCap(input.activity, earned._sum.points ?? 0, input.units);
  if (points <= 0) return 0;
  const created = await tx.pointsEntry.createMany({
    data: [{ userId: input.userId, activity: input.activity, sourceId: input.sourceId, points, day, createdAt: input.now }],
    skipDuplicates: true,
  });
  return created.count === 1 ? points : 0;
}
