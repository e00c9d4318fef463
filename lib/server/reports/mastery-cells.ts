import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/prisma";
import { cardRetentionSql, decaySql, overdueCardSql, reviewedCardSql } from "./retention-sql";
import { classInScopeSql, type ReportScope, withoutJit } from "./report-scope";

/** One heatmap cell: a row (class or learner) × a module. */
export interface MasteryCell {
  rowId: string;
  moduleId: string;
  /** Mean predicted retention (lib/srs/retention) of the learners' reviewed cards of active questions. */
  retention: number | null;
  /** Reviewed cards the retention is the mean of. */
  cards: number;
  /** Of those, cards whose due time has passed. */
  overdue: number;
  /** Share of graded responses that were correct. */
  accuracy: number | null;
  responses: number;
}

/**
 * Retention and accuracy per (class or learner) × module (or one module), aggregated in SQL. Retention is
 * the definition of lib/srs/retention (each learner's own decay, fractional days since the last
 * review) computed by its SQL twin (./retention-sql), over reviewed cards of active questions.
 * Accuracy reads the `LearnerModuleMastery` rollup (graded responses per learner × module, kept by
 * triggers on Response and Question, docs/REPORTS.md) instead of every response.
 */
export async function masteryCells(db: Db, options: { scope: ReportScope; rows: "class" | "learner"; now: Date; moduleId?: string }): Promise<MasteryCell[]> {
  const { scope, now } = options;
  const cardModule = options.moduleId ? Prisma.sql`q."moduleId" = ${options.moduleId}` : Prisma.sql`q."moduleId" IS NOT NULL`;
  const rollupModule = options.moduleId ? Prisma.sql`s."moduleId" = ${options.moduleId}` : Prisma.sql`TRUE`;
  const rowColumn = options.rows === "class" ? Prisma.sql`cm."classId"` : Prisma.sql`cm."userId"`;
  const inScope = classInScopeSql(Prisma.sql`cm."classId"`, scope);
  const decay = decaySql(Prisma.sql`ls."fsrsParameters"`);
  const [retention, accuracy] = await Promise.all([
    withoutJit(db).$queryRaw<Array<{ rowId: string; moduleId: string; retention: number; cards: number; overdue: number }>>`
      SELECT ${rowColumn} AS "rowId", q."moduleId" AS "moduleId",
             avg(${cardRetentionSql(decay, now)})::float8 AS retention,
             count(*)::int AS cards,
             count(*) FILTER (WHERE ${overdueCardSql(now)})::int AS overdue
        FROM "Card" c
        JOIN "ClassMember" cm ON cm."userId" = c."userId" AND cm."role" = 'LEARNER'
        JOIN "Class" k ON k."id" = cm."classId" AND k."archivedAt" IS NULL
        JOIN "Question" q ON q."id" = c."questionId" AND q."status" = 'ACTIVE'
        LEFT JOIN "LearnerSettings" ls ON ls."userId" = c."userId"
       WHERE ${reviewedCardSql}
         AND ${cardModule} AND ${inScope}
       GROUP BY 1, 2`,
    withoutJit(db).$queryRaw<Array<{ rowId: string; moduleId: string; correct: number; responses: number }>>`
      SELECT ${rowColumn} AS "rowId", s."moduleId" AS "moduleId",
             sum(s."correct")::int AS correct,
             sum(s."responses")::int AS responses
        FROM "LearnerModuleMastery" s
        JOIN "ClassMember" cm ON cm."userId" = s."userId" AND cm."role" = 'LEARNER'
        JOIN "Class" k ON k."id" = cm."classId" AND k."archivedAt" IS NULL
       WHERE ${inScope} AND ${rollupModule}
       GROUP BY 1, 2
      HAVING sum(s."responses") > 0`,
  ]);
  const cells = new Map<string, MasteryCell>();
  const cell = (rowId: string, moduleId: string) => {
    const key = `${rowId}\u0000${moduleId}`;
    let found = cells.get(key);
    if (!found) {
      found = { rowId, moduleId, retention: null, cards: 0, overdue: 0, accuracy: null, responses: 0 };
      cells.set(key, found);
    }
    return found;
  };
  for (const row of retention) Object.assign(cell(row.rowId, row.moduleId), { retention: row.retention, cards: row.cards, overdue: row.overdue });
  for (const row of accuracy) {
    Object.assign(cell(row.rowId, row.moduleId), { accuracy: row.responses > 0 ? row.correct / row.responses : null, responses: row.responses });
  }
  return [...cells.values()];
}

/** The modules heatmaps show as columns: every module not archived, by course and position, with its active questions. */
export async function heatmapModules(db: Db) {
  const modules = await db.module.findMany({
    where: { archivedAt: null },
    orderBy: [{ course: { title: "asc" } }, { position: "asc" }],
    select: { id: true, title: true, position: true, course: { select: { id: true, title: true } }, _count: { select: { questions: { where: { status: "ACTIVE" } } } } },
  });
  return modules.map((module) => ({ id: module.id, title: module.title, position: module.position, courseTitle: module.course.title, questions: module._count.questions }));
}

/** A cell with the cards its learners have not reviewed: learners × the module's active questions − reviewed cards. */
export type CountedMasteryCell = MasteryCell & { notReviewed: number };

export function withNotReviewed(cell: MasteryCell, learners: number, questions: number): CountedMasteryCell {
  return { ...cell, notReviewed: Math.max(learners * questions - cell.cards, 0) };
}

export type HeatmapModule = Awaited<ReturnType<typeof heatmapModules>>[number];
