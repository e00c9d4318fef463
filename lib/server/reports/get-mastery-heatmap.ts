import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { heatmapModules, masteryCells, withNotReviewed, type CountedMasteryCell, type HeatmapModule, type MasteryCell } from "./mastery-cells";
import { resolveReportScope } from "./report-scope";

export interface HeatmapRow {
  id: string;
  name: string;
  learners: number;
  /** Keyed by module id; a module with no cards and no responses has no cell. */
  cells: Record<string, CountedMasteryCell>;
}

export interface MasteryHeatmap {
  modules: HeatmapModule[];
  rows: HeatmapRow[];
}

/** Classes × modules: predicted retention and accuracy of each class's learners (an instructor: the classes they teach). */
export async function getMasteryHeatmap(db: Db, options: { actor: Actor; now?: Date }): Promise<MasteryHeatmap> {
  const scope = await resolveReportScope(db, options.actor);
  const [modules, classes, cells] = await Promise.all([
    heatmapModules(db),
    db.class.findMany({
      where: { archivedAt: null, ...(scope.classIds ? { id: { in: scope.classIds } } : {}) },
      orderBy: { name: "asc" },
      select: { id: true, name: true, _count: { select: { members: { where: { role: "LEARNER" } } } } },
    }),
    masteryCells(db, { scope, rows: "class", now: options.now ?? new Date() }),
  ]);
  return { modules, rows: toRows(classes.map((k) => ({ id: k.id, name: k.name, learners: k._count.members })), cells, modules) };
}

export function toRows(heads: Array<{ id: string; name: string; learners: number }>, cells: MasteryCell[], modules: HeatmapModule[]): HeatmapRow[] {
  const questions = new Map(modules.map((module) => [module.id, module.questions]));
  const byRow = new Map<string, MasteryCell[]>();
  for (const cell of cells) byRow.set(cell.rowId, [...(byRow.get(cell.rowId) ?? []), cell]);
  return heads.map((head) => ({
    ...head,
    cells: Object.fromEntries((byRow.get(head.id) ?? []).map((cell) => [cell.moduleId, withNotReviewed(cell, head.learners, questions.get(cell.moduleId) ?? 0)])),
  }));
}
