import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CourseRows } from "./flatten-built-course";
import { planRowSync, type RowSyncPlan } from "./plan-row-sync";

type Tx = Prisma.TransactionClient;

export type SyncCounts = Record<keyof CourseRows, { created: number; updated: number; archived: number }>;

/**
 * Makes the stored modules of some documents (and their sections, passages and knowledge
 * points) match `rows`: new rows are created, changed rows updated, rows no longer produced
 * archived — never deleted, so learners' history and questions keep pointing at them. Modules
 * of other documents in the course are left alone.
 */
export async function syncCourseModules(
  tx: Tx,
  input: { courseId: string; rows: CourseRows; documentIds: string[] },
): Promise<SyncCounts> {
  const { rows } = input;
  const storedModules = await tx.module.findMany({
    where: { courseId: input.courseId, documentId: { in: input.documentIds } },
  });
  const moduleIds = [...new Set([...rows.modules, ...storedModules].map((row) => row.id))];

  const modules = planRowSync(storedModules, rows.modules, ["documentId", "position", "title"]);
  await applyPlan(
    modules,
    (data) => tx.module.createMany({ data }),
    (row) => tx.module.update({ where: { id: row.id }, data: { ...row, archivedAt: null } }),
    (ids, now) => tx.module.updateMany({ where: { id: { in: ids } }, data: { archivedAt: now } }),
  );

  const sections = planRowSync(await tx.section.findMany({ where: { moduleId: { in: moduleIds } } }), rows.sections, [
    "moduleId",
    "parentId",
    "position",
    "depth",
    "title",
    "numbering",
    "implicit",
  ]);
  await applyPlan(
    sections,
    (data) => createSectionsParentsFirst(tx, data),
    (row) => tx.section.update({ where: { id: row.id }, data: { ...row, archivedAt: null } }),
    (ids, now) => tx.section.updateMany({ where: { id: { in: ids } }, data: { archivedAt: now } }),
  );

  const passages = planRowSync(await tx.passage.findMany({ where: { moduleId: { in: moduleIds } } }), rows.passages, [
    "moduleId",
    "sectionId",
    "position",
    "kind",
    "text",
  ]);
  await applyPlan(
    passages,
    (data) => tx.passage.createMany({ data }),
    (row) => tx.passage.update({ where: { id: row.id }, data: { ...row, archivedAt: null } }),
    (ids, now) => tx.passage.updateMany({ where: { id: { in: ids } }, data: { archivedAt: now } }),
  );

  const points = planRowSync(await tx.knowledgePoint.findMany({ where: { moduleId: { in: moduleIds } } }), rows.knowledgePoints, [
    "moduleId",
    "sectionId",
    "passageId",
    "kind",
    "text",
    "answer",
    "speaker",
    "items",
    "spanStart",
    "spanEnd",
  ]);
  await applyPlan(
    points,
    (data) => tx.knowledgePoint.createMany({ data: data.map(withJsonItems) }),
    (row) => tx.knowledgePoint.update({ where: { id: row.id }, data: { ...withJsonItems(row), archivedAt: null } }),
    (ids, now) => tx.knowledgePoint.updateMany({ where: { id: { in: ids } }, data: { archivedAt: now } }),
  );

  return { modules: countsOf(modules), sections: countsOf(sections), passages: countsOf(passages), knowledgePoints: countsOf(points) };
}

async function applyPlan<Row extends { id: string }>(
  plan: RowSyncPlan<Row>,
  create: (rows: Row[]) => Promise<unknown>,
  update: (row: Row) => Promise<unknown>,
  archive: (ids: string[], now: Date) => Promise<unknown>,
): Promise<void> {
  if (plan.create.length > 0) await create(plan.create);
  for (const row of plan.update) await update(row);
  if (plan.archive.length > 0) await archive(plan.archive, new Date());
}

async function createSectionsParentsFirst(tx: Tx, sections: CourseRows["sections"]): Promise<void> {
  const depths = [...new Set(sections.map((section) => section.depth))].sort((a, b) => a - b);
  for (const depth of depths) await tx.section.createMany({ data: sections.filter((section) => section.depth === depth) });
}

function withJsonItems(row: CourseRows["knowledgePoints"][number]) {
  const { items, ...rest } = row;
  return items === null ? rest : { ...rest, items };
}

function countsOf(plan: RowSyncPlan<{ id: string }>) {
  return { created: plan.create.length, updated: plan.update.length, archived: plan.archive.length };
}
