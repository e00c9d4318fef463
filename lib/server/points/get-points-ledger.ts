import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { POINTS_RULES, pointsProgress, studyDay, type ActivityProgress, type PointsActivityName } from "@/lib/points/points-rules";

export interface PointsLedger {
  /** Today's points per activity against its daily cap. */
  today: ActivityProgress[];
  /** Points per study day over the last `days` days, newest first (days without points left out). */
  days: Array<{ day: string; points: number }>;
  /** The latest credits, newest first. */
  entries: Array<{ id: string; activity: PointsActivityName; label: string; points: number; day: string; at: Date }>;
}

const dayDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** The learner's own 学习积分 ledger: today's progress per activity, recent days, recent credits. */
export async function getPointsLedger(db: Db, actor: Actor, options: { now?: Date; days?: number; entries?: number } = {}): Promise<PointsLedger> {
  const { now = new Date(), days = 14, entries = 30 } = options;
  const userId = actor.id;
  const today = studyDay(now);
  const since = new Date(dayDate(today).getTime() - (days - 1) * 86_400_000);
  const [todayByActivity, perDay, latest] = await Promise.all([
    db.pointsEntry.groupBy({ by: ["activity"], where: { userId, day: dayDate(today) }, _sum: { points: true } }),
    db.pointsEntry.groupBy({ by: ["day"], where: { userId, day: { gte: since } }, _sum: { points: true }, orderBy: { day: "desc" } }),
    db.pointsEntry.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: entries, select: { id: true, activity: true, points: true, day: true, createdAt: true } }),
  ]);
  const earned = Object.fromEntries(todayByActivity.map((row) => [row.activity, row._sum.points ?? 0])) as Partial<Record<PointsActivityName, number>>;
  return {
    today: pointsProgress(earned),
    days: perDay.map((row) => ({ day: row.day.toISOString().slice(0, 10), points: row._sum.points ?? 0 })),
    entries: latest.map((entry) => ({
      id: entry.id,
      activity: entry.activity,
      label: POINTS_RULES[entry.activity].label,
      points: entry.points,
      day: entry.day.toISOString().slice(0, 10),
      at: entry.createdAt,
    })),
  };
}
