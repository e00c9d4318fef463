import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { masteryCells, withNotReviewed, type CountedMasteryCell } from "./mastery-cells";
import { resolveReportScope } from "./report-scope";
import { weakQuestions, type WeakQuestion } from "./weak-questions";

export interface ModuleReportRow {
  classId: string;
  className: string;
  learners: number;
  /** Learners of the class who have opened the module to read. */
  readers: number;
  /** Retention (with reviewed, not-reviewed and overdue cards) and accuracy of the class in this module; null when it has neither cards nor graded answers. */
  cell: CountedMasteryCell | null;
}

export interface ModuleReport {
  module: { id: string; title: string; courseTitle: string };
  /** One row per class in scope (an instructor: the classes they teach). */
  rows: ModuleReportRow[];
  /** The module's least-often-right questions among the learners in scope. */
  weakQuestions: WeakQuestion[];
}

/**
 * Drill-down to one module: per class, how many learners read it, their predicted retention
 * and accuracy in it, and the module's questions they get wrong most. Administrators see every
 * class; instructors the classes they teach. Null for a module that does not exist.
 */
export async function getModuleReport(db: Db, options: { actor: Actor; moduleId: string; now?: Date }): Promise<ModuleReport | null> {
  const scope = await resolveReportScope(db, options.actor);
  const found = await db.module.findUnique({
    where: { id: options.moduleId },
    select: { id: true, title: true, course: { select: { title: true } }, _count: { select: { questions: { where: { status: "ACTIVE" } } } } },
  });
  if (!found) return null;
  const classFilter = scope.classIds ? Prisma.sql`AND k."id" = ANY(${scope.classIds}::text[])` : Prisma.empty;
  const [classes, cells, weak] = await Promise.all([
    db.$queryRaw<Array<{ classId: string; className: string; learners: number; readers: number }>>`
      SELECT k."id" AS "classId", k."name" AS "className",
             count(cm."userId")::int AS learners,
             count(mp."userId")::int AS readers
        FROM "Class" k
        LEFT JOIN "ClassMember" cm ON cm."classId" = k."id" AND cm."role" = 'LEARNER'
        LEFT JOIN "ModuleProgress" mp ON mp."userId" = cm."userId" AND mp."moduleId" = ${found.id}
       WHERE k."archivedAt" IS NULL ${classFilter}
       GROUP BY k."id", k."name"
       ORDER BY k."name", k."id"`,
    masteryCells(db, { scope, rows: "class", now: options.now ?? new Date(), moduleId: found.id }),
    weakQuestions(db, { scope, moduleId: found.id }),
  ]);
  const cellByClass = new Map(cells.map((cell) => [cell.rowId, cell]));
  return {
    module: { id: found.id, title: found.title, courseTitle: found.course.title },
    rows: classes.map((row) => {
      const cell = cellByClass.get(row.classId);
      return { ...row, cell: cell ? withNotReviewed(cell, row.learners, found._count.questions) : null };
    }),
    weakQuestions: weak,
  };
}
