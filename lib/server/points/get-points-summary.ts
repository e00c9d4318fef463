import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { currentStreak, studyDay } from "@/lib/points/points-rules";

/**
 * The actor's own total and today's points, and the streak of study days (a day with any answer, points or
 * credited reading time). `withoutAttempt` leaves one practice attempt's answers and points out,
 * for the results screen to tell whether that attempt is what made today a study day.
 */
export async function getPointsSummary(db: Db, actor: Actor, now = new Date(), options: { withoutAttempt?: string } = {}) {
  const userId = actor.id;
  const today = studyDay(now);
  const since = new Date(Date.parse(`${today}T00:00:00Z`) - 400 * 86_400_000);
  const left = options.withoutAttempt ?? "";
  const leftSources = left ? [left, ...(await db.response.findMany({ where: { attemptId: left }, select: { id: true } })).map((row) => row.id)] : [];
  const [total, todays, pointDays, readingDays, answerDays] = await Promise.all([
    db.pointsEntry.aggregate({ where: { userId }, _sum: { points: true } }),
    db.pointsEntry.aggregate({ where: { userId, day: new Date(`${today}T00:00:00Z`) }, _sum: { points: true } }),
    db.pointsEntry.findMany({ where: { userId, day: { gte: since }, sourceId: { notIn: leftSources } }, distinct: ["day"], select: { day: true } }),
    db.learnerActivityDay.findMany({ where: { userId, day: { gte: since }, readingSeconds: { gt: 0 } }, select: { day: true } }),
    db.$queryRaw<{ day: string }[]>`
      SELECT DISTINCT to_char(("answeredAt" AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM-DD') AS day
      FROM "Response" WHERE "userId" = ${userId} AND "answeredAt" >= ${since} AND "attemptId" <> ${left}`,
  ]);
  const days = [...[...pointDays, ...readingDays].map((row) => row.day.toISOString().slice(0, 10)), ...answerDays.map((row) => row.day)];
  return { total: total._sum.points ?? 0, today: todays._sum.points ?? 0, streak: currentStreak(days, today) };
}
