import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { studyDayOf, studyWeeks, type StudyWeek } from "@/lib/stats";
import { classInScopeSql, resolveReportScope, scopedLearnersSql, sqlTimestamp, type ReportScope, withoutJit } from "./report-scope";

const DAY_MS = 24 * 60 * 60 * 1000;
export const TREND_WEEKS = 12;

export interface OpenAssignmentSummary {
  id: string;
  title: string;
  opensAt: Date;
  closesAt: Date;
  /** Learners of the assignment's (scoped) classes. */
  assigned: number;
  /** Of those, learners with a submitted attempt. */
  submitted: number;
  /** submitted / assigned; null when nobody is assigned. */
  completion: number | null;
  /** Mean of each submitting learner's best score share (0…1). */
  averageScore: number | null;
}

export interface WeeklyTrend extends StudyWeek {
  activeLearners: number;
  reviews: number;
  /** Mean score share of assignment attempts submitted that week. */
  averageScore: number | null;
}

export interface ReportsOverview {
  now: Date;
  /** The study day (Asia/Shanghai) the figures end with. */
  today: string;
  learners: number;
  classes: number;
  active7: number;
  active30: number;
  reviews7: number;
  reviews30: number;
  /** Mean score share of assignment attempts submitted in the last 30 study days. */
  averageScore30: number | null;
  submittedAttempts30: number;
  openAssignments: OpenAssignmentSummary[];
  /** Oldest first; the last entry is the seven study days that end today. */
  weeks: WeeklyTrend[];
}

/** The organisation's (or an instructor's classes') activity, completion and scores, aggregated in SQL. */
export async function getReportsOverview(db: Db, options: { actor: Actor; now?: Date }): Promise<ReportsOverview> {
  const scope = await resolveReportScope(db, options.actor);
  return overviewForScope(db, scope, options.now ?? new Date());
}

export async function overviewForScope(db: Db, scope: ReportScope, now: Date): Promise<ReportsOverview> {
  const today = studyDayOf(now);
  const [activity, weekly, scores, openAssignments, classes] = await Promise.all([
    activityCounts(db, scope, today),
    weeklyActivity(db, scope, today),
    scoreFigures(db, scope, today, now),
    openAssignmentSummaries(db, scope, now),
    db.class.count({ where: { archivedAt: null, ...(scope.classIds ? { id: { in: scope.classIds } } : {}) } }),
  ]);
  const windows = studyWeeks(today, TREND_WEEKS);
  const weeks = windows.map((window) => {
    const activityRow = weekly.find((row) => row.week === window.index);
    const scoreRow = scores.weekly.find((row) => row.week === window.index);
    return {
      ...window,
      activeLearners: activityRow?.active ?? 0,
      reviews: activityRow?.reviews ?? 0,
      averageScore: scoreRow?.average ?? null,
    };
  });
  return {
    now,
    today,
    learners: activity.learners,
    classes,
    active7: activity.active7,
    active30: activity.active30,
    reviews7: weeks[weeks.length - 1]?.reviews ?? 0,
    reviews30: activity.reviews30,
    averageScore30: scores.average30,
    submittedAttempts30: scores.submitted30,
    openAssignments,
    weeks,
  };
}

/**
 * Learners in scope and how many were active (a response, a review, points or reading) in the last 7 and
 * 30 study days, from the LearnerActivityDay rollup the database keeps. One row per active
 * learner (their last day, their reviews), joined to the scope: with `IN (SELECT … FROM s)` the
 * planner guessed 200 learners and probed the rollup once per learner (≈ 1 s on bench:reports).
 */
async function activityCounts(db: Db, scope: ReportScope, today: string) {
  const [row] = await withoutJit(db).$queryRaw<Array<{ learners: number; active7: number; active30: number; reviews30: number }>>`
    WITH s AS (${scopedLearnersSql(scope)}),
    per AS (
      SELECT d."userId", max(d."day") AS last, sum(d."reviews") AS reviews
        FROM "LearnerActivityDay" d JOIN s ON s."userId" = d."userId"
       WHERE d."day" > ${today}::date - 30 AND d."day" <= ${today}::date
       GROUP BY 1
    )
    SELECT (SELECT count(*) FROM s)::int AS learners,
           (SELECT count(*) FROM per WHERE last > ${today}::date - 7)::int AS active7,
           (SELECT count(*) FROM per)::int AS active30,
           (SELECT coalesce(sum(reviews), 0) FROM per)::int AS reviews30`;
  return row ?? { learners: 0, active7: 0, active30: 0, reviews30: 0 };
}

/**
 * Per study week (0 = the seven days ending today): learners active and reviews done. Grouped per
 * learner and week first (a hash aggregate), so no count(DISTINCT …) sort of 200,000 rows.
 */
async function weeklyActivity(db: Db, scope: ReportScope, today: string) {
  return withoutJit(db).$queryRaw<Array<{ week: number; active: number; reviews: number }>>`
    WITH s AS (${scopedLearnersSql(scope)})
    SELECT week, count(*)::int AS active, sum(reviews)::int AS reviews
      FROM (SELECT (${today}::date - d."day") / 7 AS week, d."userId", sum(d."reviews") AS reviews
              FROM "LearnerActivityDay" d
             WHERE d."day" > (${today}::date - ${TREND_WEEKS * 7}::int) AND d."day" <= ${today}::date
               AND d."userId" IN (SELECT "userId" FROM s)
             GROUP BY 1, 2) per_learner
     GROUP BY 1`;
}

const studyDaySql = (column: Prisma.Sql) => Prisma.sql`(${column} + interval '8 hours')::date`;

/** Assignment attempts submitted: mean score share per study week and over the last 30 study days. */
async function scoreFigures(db: Db, scope: ReportScope, today: string, now: Date) {
  const rows = await withoutJit(db).$queryRaw<Array<{ week: number | null; average: number | null; submitted: number }>>`
    WITH s AS (${scopedLearnersSql(scope)}),
    t AS (
      SELECT (${today}::date - ${studyDaySql(Prisma.sql`a."submittedAt"`)}) / 7 AS week,
             ${studyDaySql(Prisma.sql`a."submittedAt"`)} > ${today}::date - 30 AS recent,
             a."score" / a."maxScore" AS share
        FROM "Attempt" a
       WHERE a."assignmentId" IS NOT NULL AND a."status" = 'SUBMITTED' AND a."maxScore" > 0 AND a."score" IS NOT NULL
         AND a."submittedAt" >= ${sqlTimestamp(new Date(now.getTime() - (TREND_WEEKS * 7 + 1) * DAY_MS))} AND a."submittedAt" <= ${sqlTimestamp(now)}
         AND a."userId" IN (SELECT "userId" FROM s)
    )
    SELECT week, avg(share)::float8 AS average, count(*)::int AS submitted FROM t WHERE week < ${TREND_WEEKS}::int GROUP BY week
    UNION ALL
    SELECT NULL, avg(share)::float8, count(*)::int FROM t WHERE recent`;
  const total = rows.find((row) => row.week === null);
  return {
    weekly: rows.filter((row): row is { week: number; average: number | null; submitted: number } => row.week !== null),
    average30: total?.average ?? null,
    submitted30: total?.submitted ?? 0,
  };
}

/** Assignments open now in scope, with completion (learners who submitted / learners assigned) and mean best score. */
async function openAssignmentSummaries(db: Db, scope: ReportScope, now: Date): Promise<OpenAssignmentSummary[]> {
  const at = sqlTimestamp(now);
  const rows = await withoutJit(db).$queryRaw<Array<{ id: string; title: string; opensAt: Date; closesAt: Date; assigned: number; submitted: number; averageScore: number | null }>>`
    WITH open AS (
      SELECT a."id", a."title", a."opensAt", a."closesAt" FROM "Assignment" a
       WHERE a."opensAt" <= ${at} AND a."closesAt" > ${at}
    ),
    assigned AS (
      SELECT DISTINCT ac."assignmentId", cm."userId"
        FROM open
        JOIN "AssignmentClass" ac ON ac."assignmentId" = open."id"
        JOIN "Class" k ON k."id" = ac."classId" AND k."archivedAt" IS NULL
        JOIN "ClassMember" cm ON cm."classId" = ac."classId" AND cm."role" = 'LEARNER'
        JOIN "User" u ON u."id" = cm."userId" AND u."active"
       WHERE ${classInScopeSql(Prisma.sql`ac."classId"`, scope)}
    ),
    best AS (
      SELECT t."assignmentId", t."userId", max(t."score" / nullif(t."maxScore", 0)) AS share
        FROM "Attempt" t
        JOIN assigned USING ("assignmentId", "userId")
       WHERE t."status" = 'SUBMITTED'
       GROUP BY 1, 2
    )
    SELECT open."id", open."title", open."opensAt", open."closesAt",
           (SELECT count(*) FROM assigned WHERE assigned."assignmentId" = open."id")::int AS assigned,
           (SELECT count(*) FROM best WHERE best."assignmentId" = open."id")::int AS submitted,
           (SELECT avg(share) FROM best WHERE best."assignmentId" = open."id")::float8 AS "averageScore"
      FROM open
     WHERE EXISTS (SELECT 1 FROM assigned WHERE assigned."assignmentId" = open."id")
     ORDER BY open."closesAt", open."title"
     LIMIT 100`;
  return rows.map((row) => ({ ...row, completion: row.assigned > 0 ? row.submitted / row.assigned : null }));
}
