import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { assertBankManager } from "./assert-bank-manager";

export interface BankFilterOptions {
  courses: Array<{ id: string; title: string }>;
  modules: Array<{ id: string; title: string; courseId: string; archived: boolean }>;
  documents: Array<{ id: string; title: string }>;
}

/** What the bank can be filtered by: courses, their modules in reading order, and source documents with modules. */
export async function listBankFilterOptions(db: Db, options: { actor: Actor }): Promise<BankFilterOptions> {
  assertBankManager(options.actor);
  const [courses, modules, documents] = await Promise.all([
    db.course.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, title: true } }),
    db.module.findMany({ orderBy: [{ courseId: "asc" }, { position: "asc" }], select: { id: true, title: true, courseId: true, archivedAt: true } }),
    db.sourceDocument.findMany({ where: { modules: { some: {} } }, orderBy: [{ courseId: "asc" }, { position: "asc" }], select: { id: true, title: true } }),
  ]);
  return {
    courses,
    modules: modules.map(({ archivedAt, ...module }) => ({ ...module, archived: archivedAt !== null })),
    documents,
  };
}
