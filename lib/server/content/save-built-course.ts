import type { BuiltCourse } from "@/lib/content";
import { stableId } from "@/lib/content";
import type { Db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { flattenBuiltCourse, type CourseRows } from "./flatten-built-course";
import { planRowSync, type RowSyncPlan } from "./plan-row-sync";

type Tx = Prisma.TransactionClient;

export interface CourseSourceFile {
  /** Relative to content/. */
  path: string;
  mediaType: string;
  sha256: string;
  byteSize: number;
}

export interface SaveBuiltCourseInput {
  course: BuiltCourse;
  slug: string;
  files: CourseSourceFile[];
  fingerprint: string;
  newQuestionStatus?: QuestionStatus;
}

export type SyncCounts = Record<keyof CourseRows, { created: number; updated: number; archived: number }>;

export function documentIdFor(courseId: string, path: string): string {
  return stableId("document", courseId, path);
}

/**
 * Stores a built course so that the database matches it: new rows are created, changed rows
 * updated, rows the build no longer has are archived (never deleted: learners' history and
 * questions keep pointing at them). Re-saving an unchanged build writes nothing.
 */
export async function saveBuiltCourse(db: Db, input: SaveBuiltCourseInput): Promise<SyncCounts> {
  const { course } = input;
  const rows = flattenBuiltCourse(course, (path) => documentIdFor(course.id, path));
  const passageTexts = new Map<string, string[]>();
  const documentOfModule = new Map(rows.modules.map((row) => [row.id, row.documentId]));
  for (const passage of rows.passages) {
    const documentId = documentOfModule.get(passage.moduleId);
    if (documentId) passageTexts.set(documentId, [...(passageTexts.get(documentId) ?? []), passage.text]);
  }

  return db.$transaction(
    async (tx) => {
      await tx.course.upsert({
        where: { id: course.id },
        create: {
          id: course.id,
          slug: input.slug,
          title: course.title,
          description: course.description,
          newQuestionStatus: input.newQuestionStatus ?? "DRAFT",
          sourceFingerprint: input.fingerprint,
        },
        update: { slug: input.slug, title: course.title, description: course.description, sourceFingerprint: input.fingerprint },
      });
      for (const [position, file] of input.files.entries()) {
        const id = documentIdFor(course.id, file.path);
        const data = {
          courseId: course.id,
          fileName: file.path,
          mediaType: file.mediaType,
          title: course.reports.find((report) => report.path === file.path)?.title ?? file.path,
          sha256: file.sha256,
          byteSize: file.byteSize,
          text: (passageTexts.get(id) ?? []).join("\n\n"),
          status: "PUBLISHED" as const,
          position,
        };
        await tx.sourceDocument.upsert({ where: { id }, create: { id, ...data }, update: data });
      }

      const storedModules = await tx.module.findMany({ where: { courseId: course.id } });
      const allModuleIds = [...new Set([...rows.modules, ...storedModules].map((row) => row.id))];
      const modules = planRowSync(storedModules, rows.modules, ["documentId", "position", "title"]);
      await applyPlan(modules, (data) => tx.module.createMany({ data }), (row) => tx.module.update({ where: { id: row.id }, data: { ...row, archivedAt: null } }), (ids, now) => tx.module.updateMany({ where: { id: { in: ids } }, data: { archivedAt: now } }));

      const sections = planRowSync(
        await tx.section.findMany({ where: { moduleId: { in: allModuleIds } } }),
        rows.sections,
        ["moduleId", "parentId", "position", "depth", "title", "numbering", "implicit"],
      );
      // Parents first: a child's parentId must exist when it is created.
      await applyPlan(sections, (data) => createSectionsInOrder(tx, data), (row) => tx.section.update({ where: { id: row.id }, data: { ...row, archivedAt: null } }), (ids, now) => tx.section.updateMany({ where: { id: { in: ids } }, data: { archivedAt: now } }));

      const passages = planRowSync(
        await tx.passage.findMany({ where: { moduleId: { in: allModuleIds } } }),
        rows.passages,
        ["moduleId", "sectionId", "position", "kind", "text"],
      );
      await applyPlan(passages, (data) => tx.passage.createMany({ data }), (row) => tx.passage.update({ where: { id: row.id }, data: { ...row, archivedAt: null } }), (ids, now) => tx.passage.updateMany({ where: { id: { in: ids } }, data: { archivedAt: now } }));

      const storedPoints = await tx.knowledgePoint.findMany({ where: { moduleId: { in: allModuleIds } } });
      const points = planRowSync(
        storedPoints,
        rows.knowledgePoints,
        ["moduleId", "sectionId", "passageId", "kind", "text", "answer", "speaker", "items", "spanStart", "spanEnd"],
      );
      await applyPlan(
        points,
        (data) => tx.knowledgePoint.createMany({ data: data.map(withJsonItems) }),
        (row) => tx.knowledgePoint.update({ where: { id: row.id }, data: { ...withJsonItems(row), archivedAt: null } }),
        (ids, now) => tx.knowledgePoint.updateMany({ where: { id: { in: ids } }, data: { archivedAt: now } }),
      );

      return {
        modules: countsOf(modules),
        sections: countsOf(sections),
        passages: countsOf(passages),
        knowledgePoints: countsOf(points),
      };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
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

async function createSectionsInOrder(tx: Tx, sections: CourseRows["sections"]): Promise<void> {
  const byDepth = [...sections].sort((a, b) => a.depth - b.depth);
  for (let depth = 0; byDepth.length > 0; depth += 1) {
    const level = byDepth.filter((section) => section.depth === depth);
    if (level.length > 0) await tx.section.createMany({ data: level });
    byDepth.splice(0, level.length);
  }
}

function withJsonItems(row: CourseRows["knowledgePoints"][number]) {
  const { items, ...rest } = row;
  return items === null ? rest : { ...rest, items };
}

function countsOf(plan: RowSyncPlan<{ id: string }>) {
  return { created: plan.create.length, updated: plan.update.length, archived: plan.archive.length };
}
