import type { Db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { classifyRows, parseQuestionRow, type ClassifiedRows, type ImportFileFormat } from "@/lib/questions/interchange";
import { readQuestionFileInWorker } from "@/lib/server/parsing/parse-in-worker";

type Tx = Db | Prisma.TransactionClient;

/** The course an import goes into: by id (the page) or by slug (the command line). */
export type ImportCourse = { courseId: string } | { courseSlug: string };

export interface ReadImport {
  ok: true;
  course: { id: string; slug: string; title: string };
  format: ImportFileFormat;
  rows: ClassifiedRows;
}

export type ReadImportResult = ReadImport | { ok: false; error: string };

/** Questions of the bank with these content hashes: hash → id. */
export async function existingHashes(db: Tx, hashes: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const CHUNK = 1000;
  for (let start = 0; start < hashes.length; start += CHUNK) {
    const rows = await db.question.findMany({ where: { contentHash: { in: hashes.slice(start, start + CHUNK) } }, select: { id: true, contentHash: true } });
    for (const row of rows) found.set(row.contentHash, row.id);
  }
  return found;
}

/**
 * Reads an import file against a course: each row parsed by the bank's rules, modules found
 * by title among the course's (current before archived), duplicates of the bank found by
 * content hash. The file is read in a parse worker (a hostile file costs the worker, not the
 * server). Writes nothing.
 */
export async function readQuestionImport(db: Tx, options: ImportCourse & { fileName: string; bytes: Uint8Array }): Promise<ReadImportResult> {
  const course = await db.course.findUnique({
    where: "courseId" in options ? { id: options.courseId } : { slug: options.courseSlug },
    select: { id: true, slug: true, title: true, modules: { select: { id: true, title: true, archivedAt: true }, orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { position: "asc" }] } },
  });
  if (!course) return { ok: false, error: "请选择要导入到的课程（所选课程不存在）。" };
  const file = await readQuestionFileInWorker(options.fileName, options.bytes);
  if (!file.ok) return file;
  const parsed = file.rows.map((row) => parseQuestionRow(row, course.modules));
  const existing = await existingHashes(db, parsed.flatMap((row) => (row.ok ? [row.contentHash] : [])));
  return { ok: true, course: { id: course.id, slug: course.slug, title: course.title }, format: file.format, rows: classifyRows(parsed, existing) };
}
