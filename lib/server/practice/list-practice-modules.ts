import "server-only";
import type { Db } from "@/lib/db/prisma";

/** Current modules with how many active questions each offers for practice. */
export async function listPracticeModules(db: Db) {
  const [modules, counts] = await Promise.all([
    db.module.findMany({
      where: { archivedAt: null },
      orderBy: [{ course: { createdAt: "asc" } }, { position: "asc" }],
      select: { id: true, title: true, course: { select: { title: true } } },
    }),
    db.question.groupBy({ by: ["moduleId"], where: { status: "ACTIVE" }, _count: { _all: true } }),
  ]);
  const byModule = new Map(counts.map((row) => [row.moduleId, row._count._all]));
  return modules.map((row) => ({ ...row, questions: byModule.get(row.id) ?? 0 }));
}
