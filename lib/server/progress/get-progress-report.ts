import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { studyDay } from "@/lib/points/points-rules";
import { dayRange, dueForecast, fillDays, weeklyAccuracy, type AccuracyPoint } from "@/lib/progress/series";
import { getModuleRetention, type ModuleRetention } from "./get-module-retention";

export const PROGRESS_DAYS = 30;
export const ACCURACY_WEEKS = 12;

export type { ModuleRetention } from "./get-module-retention";

export interface ProgressReport {
  today: string;
  accuracyByWeek: AccuracyPoint[];
  accuracyByDay: { day: string; answered: number; correct: number }[];
  reviewsPerDay: { day: string; value: number }[];
  forecast: { day: string; value: number }[];
  retentionByModule: ModuleRetention[];
  time: { readingSeconds: number; answeringSeconds: number; answeringSecondsPerDay: { day: string; value: number }[] };
  /** cards: reviewed cards; overdue: of those, due before now (the 复习 queue's backlog). */
  totals: { answered: number; correct: number; reviews: number; cards: number; overdue: number };
}

/**
 * 我的进度 of the actor themself: accuracy per week and day,
 * reviews per day for the past 30 days and due reviews for the next 30, predicted retention
 * per module (lib/srs/retention, with reviewed, not-reviewed and overdue cards) and time studied. Counting per day happens in SQL (Asia/Shanghai study days).
 */
export async function getProgressReport(db: Db, actor: Actor, input: { now?: Date } = {}): Promise<ProgressReport> {
  const now = input.now ?? new Date();
  const today = studyDay(now);
  const days = dayRange(today, PROGRESS_DAYS);
  const accuracySince = new Date(Date.parse(`${dayRange(today, ACCURACY_WEEKS * 7 + 7)[0]}T00:00:00Z`) - 8 * 3_600_000);
  const since = new Date(Date.parse(`${days[0]}T00:00:00Z`) - 8 * 3_600_000);
  const forecastUntil = new Date(Date.parse(`${today}T00:00:00Z`) - 8 * 3_600_000 + PROGRESS_DAYS * 86_400_000);
  const userId = actor.id;

  const [answers, reviews, due, reading, answeringTotal, totals, retention] = await Promise.all([
    db.$queryRaw<{ day: string; answered: bigint | number; correct: bigint | number; ms: bigint | number | null }[]>`
      SELECT to_char("answeredAt" + interval '8 hours', 'YYYY-MM-DD') AS day,
             count(*) FILTER (WHERE "correct" IS NOT NULL) AS answered,
             count(*) FILTER (WHERE "correct") AS correct,
             sum("durationMs") AS ms
      FROM "Response" WHERE "userId" = ${userId} AND "answeredAt" >= ${accuracySince}
      GROUP BY 1`,
    db.$queryRaw<{ day: string; reviews: bigint | number }[]>`
      SELECT to_char("reviewedAt" + interval '8 hours', 'YYYY-MM-DD') AS day, count(*) AS reviews
      FROM "ReviewLog" WHERE "userId" = ${userId} AND "reviewedAt" >= ${since}
      GROUP BY 1`,
    db.$queryRaw<{ day: string; cards: bigint | number }[]>`
      SELECT to_char("due" + interval '8 hours', 'YYYY-MM-DD') AS day, count(*) AS cards
      FROM "Card" c JOIN "Question" q ON q."id" = c."questionId"
      WHERE c."userId" = ${userId} AND c."state" <> 'NEW' AND q."status" = 'ACTIVE' AND c."due" < ${forecastUntil}
      GROUP BY 1`,
    db.moduleProgress.aggregate({ where: { userId }, _sum: { secondsRead: true } }),
    db.response.aggregate({ where: { userId }, _sum: { durationMs: true } }),
    Promise.all([
      db.response.count({ where: { userId, correct: { not: null } } }),
      db.response.count({ where: { userId, correct: true } }),
      db.reviewLog.count({ where: { userId } }),
    ]),
    getModuleRetention(db, actor, userId, now),
  ]);

  const dailyAnswers = answers.map((row) => ({ day: row.day, answered: Number(row.answered), correct: Number(row.correct) }));

  return {
    today,
    accuracyByWeek: weeklyAccuracy(dailyAnswers, today, ACCURACY_WEEKS),
    accuracyByDay: days.map((day) => dailyAnswers.find((row) => row.day === day) ?? { day, answered: 0, correct: 0 }),
    reviewsPerDay: fillDays(reviews, days, (row) => Number(row.reviews)),
    forecast: dueForecast(due.map((row) => ({ day: row.day, cards: Number(row.cards) })), today, PROGRESS_DAYS),
    retentionByModule: retention.modules,
    time: {
      readingSeconds: reading._sum.secondsRead ?? 0,
      answeringSeconds: Math.round((answeringTotal._sum.durationMs ?? 0) / 1000),
      answeringSecondsPerDay: fillDays(answers, days, (row) => Math.round(Number(row.ms ?? 0) / 1000)),
    },
    totals: { answered: totals[0], correct: totals[1], reviews: totals[2], cards: retention.overall.reviewed, overdue: retention.overall.overdue },
  };
}
