import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { heatmapModules, masteryCells, type HeatmapModule } from "./mastery-cells";
import { toRows, type HeatmapRow } from "./get-mastery-heatmap";
import { resolveClassScope } from "./report-scope";

export interface WeakQuestion {
  id: string;
  stem: string;
  moduleId: string | null;
  responses: number;
  accuracy: number;
}

export interface ClassHeatmap {
  classId: string;
  className: string;
  modules: HeatmapModule[];
  /** One row per learner of the class. */
  rows: HeatmapRow[];
  /** The class's least-often-right questions (at least MIN_RESPONSES graded answers). */
  weakQuestions: WeakQuestion[];
}

export const WEAK_QUESTION_MIN_RESPONSES = 5;

/** Inside one class: learners × modules, and the questions the class gets wrong most. Instructors of the class and administrators only. */
export async function getClassHeatmap(db: Db, options: { actor: Actor; classId: string; now?: Date }): Promise<ClassHeatmap | null> {
  const klass = await db.class.findUnique({ where: { id: options.classId }, select: { id: true, name: true } });
  if (!klass) return null;
  const scope = await resolveClassScope(db, options.actor, klass.id);
  const [modules, members, cells, weakQuestions] = await Promise.all([
    heatmapModules(db),
    db.classMember.findMany({
      where: { classId: klass.id, role: "LEARNER" },
      orderBy: { user: { name: "asc" } },
      select: { user: { select: { id: true, name: true } } },
    }),
    masteryCells(db, { scope, rows: "learner", now: options.now ?? new Date() }),
    db.$queryRaw<WeakQuestion[]>`
      SELECT q."id", q."stem", q."moduleId", w.responses, w.accuracy
        FROM (
          SELECT x."questionId", count(*)::int AS responses, (count(*) FILTER (WHERE x."correct"))::float8 / count(*) AS accuracy
            FROM "Response" x
            JOIN "ClassMember" cm ON cm."userId" = x."userId" AND cm."role" = 'LEARNER' AND cm."classId" = ${klass.id}
           WHERE x."correct" IS NOT NULL
           GROUP BY x."questionId"
          HAVING count(*) >= ${WEAK_QUESTION_MIN_RESPONSES}
        ) w
        JOIN "Question" q ON q."id" = w."questionId"
       ORDER BY w.accuracy, w.responses DESC, q."id"
       LIMIT 10`,
  ]);
  return {
    classId: klass.id,
    className: klass.name,
    modules,
    rows: toRows(members.map((member) => ({ id: member.user.id, name: member.user.name, learners: 1 })), cells),
    weakQuestions,
  };
}
