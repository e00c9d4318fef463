import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { heatmapModules, masteryCells, type HeatmapModule } from "./mastery-cells";
import { toRows, type HeatmapRow } from "./get-mastery-heatmap";
import { resolveClassScope } from "./report-scope";
import { weakQuestions, type WeakQuestion } from "./weak-questions";

export interface ClassHeatmap {
  classId: string;
  className: string;
  modules: HeatmapModule[];
  /** One row per learner of the class. */
  rows: HeatmapRow[];
  /** The class's least-often-right questions (at least WEAK_QUESTION_MIN_RESPONSES graded answers). */
  weakQuestions: WeakQuestion[];
}

/** Inside one class: learners × modules, and the questions the class gets wrong most. Instructors of the class and administrators only. */
export async function getClassHeatmap(db: Db, options: { actor: Actor; classId: string; now?: Date }): Promise<ClassHeatmap | null> {
  const klass = await db.class.findUnique({ where: { id: options.classId }, select: { id: true, name: true } });
  if (!klass) return null;
  const scope = await resolveClassScope(db, options.actor, klass.id);
  const [modules, members, cells, weak] = await Promise.all([
    heatmapModules(db),
    db.classMember.findMany({
      where: { classId: klass.id, role: "LEARNER" },
      orderBy: { user: { name: "asc" } },
      select: { user: { select: { id: true, name: true } } },
    }),
    masteryCells(db, { scope, rows: "learner", now: options.now ?? new Date() }),
    weakQuestions(db, { scope }),
  ]);
  return {
    classId: klass.id,
    className: klass.name,
    modules,
    rows: toRows(members.map((member) => ({ id: member.user.id, name: member.user.name, learners: 1 })), cells, modules),
    weakQuestions: weak,
  };
}
