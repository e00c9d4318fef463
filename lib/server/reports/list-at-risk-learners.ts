import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { DEFAULT_AT_RISK_RULES, atRiskReasons, studyDayOf, type AtRiskRules, type LearnerRiskFeatures, type RiskReason } from "@/lib/stats";
import { classInScopeSql, learnerInScopeSql, resolveReportScope, scopedLearnersSql, sqlTimestamp, type ReportScope, withoutJit } from "./report-scope";
import { overdueCardSql } from "./retention-sql";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface AtRiskLearner {
  id: string;
  name: string;
  email: string;
  /** The learner's classes within the scope. */
  classes: Array<{ id: string; name: string }>;
  features: LearnerRiskFeatures;
  reasons: RiskReason[];
}

export interface AtRiskList {
  /** Learners meeting at least one rule (may exceed learners.length). */
  total: number;
  learners: AtRiskLearner[];
  rules: AtRiskRules;
}

interface FeatureRow {
  id: string;
  name: string;
  email: string;
  overdue: number;
  missed: number;
  scores: number[] | null;
  daysSinceActive: number | null;
  daysSinceJoined: number;
  total: number;
  classes: Array<{ id: string; name: string }> | null;
}

/**
 * Learners who need attention and why: the features are aggregated in SQL, which also keeps only
 * learners meeting some rule; lib/stats atRiskReasons then words the reasons with the same rules.
 */
export async function listAtRiskLearners(db: Db, options: { actor: Actor; now?: Date; limit?: number; rules?: AtRiskRules }): Promise<AtRiskList> {
  const scope = await resolveReportScope(db, options.actor);
  return atRiskForScope(db, scope, options.now ?? new Date(), options.limit ?? 200, options.rules ?? DEFAULT_AT_RISK_RULES);
}

export async function atRiskForScope(db: Db, scope: ReportScope, now: Date, limit: number, rules: AtRiskRules): Promise<AtRiskList> {
  const at = sqlTimestamp(now);
  const today = studyDayOf(now);
  const lookback = sqlTimestamp(new Date(now.getTime() - rules.missedLookbackDays * DAY_MS));
  const nowSeconds = now.getTime() / 1000;
  const days = (column: Prisma.Sql) => Prisma.sql`floor((${nowSeconds}::float8 - extract(epoch FROM ${column})::float8) / 86400)::int`;
  const classScope = classInScopeSql(Prisma.sql`cm."classId"`, scope);
  const window = rules.recentWindow;
  const rows = await withoutJit(db).$queryRaw<FeatureRow[]>`
    WITH overdue AS (
      SELECT c."userId", count(*)::int AS n FROM "Card" c
        JOIN "Question" q ON q."id" = c."questionId" AND q."status" = 'ACTIVE'
       WHERE ${overdueCardSql(now)} AND ${learnerInScopeSql(Prisma.sql`c."userId"`, scope)}
       GROUP BY 1
    ),
    missed AS (
      SELECT cm."userId", count(DISTINCT a."id")::int AS n
        FROM "ClassMember" cm
        JOIN "AssignmentClass" ac ON ac."classId" = cm."classId"
        JOIN "Assignment" a ON a."id" = ac."assignmentId"
       WHERE cm."role" = 'LEARNER' AND ${classScope}
         AND a."closesAt" < ${at} AND a."closesAt" >= ${lookback} AND cm."joinedAt" < a."closesAt"
         AND ${learnerInScopeSql(Prisma.sql`cm."userId"`, scope)}
         AND NOT EXISTS (SELECT 1 FROM "Attempt" t WHERE t."assignmentId" IS NOT NULL AND t."status" = 'SUBMITTED' AND t."assignmentId" = a."id" AND t."userId" = cm."userId")
       GROUP BY 1
    ),
    ranked AS (
      SELECT t."userId", t."score" / t."maxScore" AS share,
             row_number() OVER (PARTITION BY t."userId" ORDER BY t."submittedAt" DESC, t."id") AS rn
        FROM "Attempt" t
       WHERE t."assignmentId" IS NOT NULL AND t."status" = 'SUBMITTED' AND t."maxScore" > 0 AND t."score" IS NOT NULL
         AND t."submittedAt" <= ${at} AND ${learnerInScopeSql(Prisma.sql`t."userId"`, scope)}
    ),
    scores AS (
      SELECT "userId", array_agg(share::float8 ORDER BY rn) AS scores,
             avg(share) FILTER (WHERE rn <= ${window}) AS recent,
             avg(share) FILTER (WHERE rn > ${window}) AS earlier,
             count(*) AS n
        FROM ranked WHERE rn <= ${window * 2}
       GROUP BY 1
    ),
    features AS MATERIALIZED (
      SELECT s."userId",
             coalesce(o.n, 0) AS overdue,
             coalesce(m.n, 0) AS missed,
             sc.scores, sc.recent, sc.earlier, coalesce(sc.n, 0) AS scored,
             (SELECT max(d."day") FROM "LearnerActivityDay" d WHERE d."userId" = s."userId" AND d."day" <= ${today}::date) AS last_active,
             coalesce((SELECT min(cm."joinedAt") FROM "ClassMember" cm WHERE cm."userId" = s."userId" AND cm."role" = 'LEARNER' AND ${classScope}),
                      (SELECT u."createdAt" FROM "User" u WHERE u."id" = s."userId")) AS joined
        FROM (${scopedLearnersSql(scope)}) s
        LEFT JOIN overdue o ON o."userId" = s."userId"
        LEFT JOIN missed m ON m."userId" = s."userId"
        LEFT JOIN scores sc ON sc."userId" = s."userId"
    ),
    flagged AS (
      SELECT f.*, ${today}::date - f.last_active AS "daysSinceActive",
             greatest(${days(Prisma.sql`f.joined`)}, 0) AS "daysSinceJoined"
        FROM features f
    ),
    hits AS (
      SELECT f.*,
             (f.overdue >= ${rules.overdueReviews})::int
             + (f.missed >= ${rules.missedAssignments})::int
             + (f.scored >= ${window + 2} AND f.earlier - f.recent >= ${rules.scoreDrop - 1e-9}::float8)::int
             + (f."daysSinceJoined" >= ${rules.inactiveDays} AND (f."daysSinceActive" IS NULL OR f."daysSinceActive" >= ${rules.inactiveDays}))::int AS rules_met
        FROM flagged f
    ),
    top AS (
      SELECT h.*, count(*) OVER () AS total FROM hits h
       WHERE h.rules_met > 0
       ORDER BY h.rules_met DESC, h.missed DESC, h.overdue DESC, h."userId"
       LIMIT ${limit}
    )
    SELECT u."id", u."name", u."email", top.overdue, top.missed, top.scores, top."daysSinceActive", top."daysSinceJoined", top.total::int AS total,
           (SELECT json_agg(json_build_object('id', k."id", 'name', k."name") ORDER BY k."name")
              FROM "ClassMember" cm JOIN "Class" k ON k."id" = cm."classId"
             WHERE cm."userId" = top."userId" AND cm."role" = 'LEARNER' AND ${classScope}) AS classes
      FROM top JOIN "User" u ON u."id" = top."userId"
     ORDER BY top.rules_met DESC, top.missed DESC, top.overdue DESC, u."id"`;
  const learners = rows.map((row) => {
    const features: LearnerRiskFeatures = {
      overdueReviews: row.overdue,
      missedAssignments: row.missed,
      recentScores: row.scores ?? [],
      daysSinceActive: row.daysSinceActive,
      daysSinceJoined: row.daysSinceJoined,
    };
    return { id: row.id, name: row.name, email: row.email, classes: row.classes ?? [], features, reasons: atRiskReasons(features, rules) };
  });
  return { total: rows[0]?.total ?? 0, learners, rules };
}
