import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { chapterModule, classifyRows, parseQuestionRow, type ClassifiedRows, type ImportFileFormat, type ImportModule, type SkippedText, type TemplateRow } from "@/lib/questions/interchange";
import { readQuestionFileInWorker } from "@/lib/server/parsing/parse-in-worker";

type Tx = Db | Prisma.TransactionClient;

/** The course an import goes into: by id (the page) or by slug (the command line). */
export type ImportCourse = { courseId: string } | { courseSlug: string };

/** What is imported: a file, or text pasted on the page (read as a .txt in the text layout). */
export type ImportSource = { fileName: string; bytes: Uint8Array } | { pastedText: string };

export type ReadImportOptions = ImportCourse &
  ImportSource & {
    /** The module a text-layout bank goes into (it names none); the course's first current module when absent. */
    moduleId?: string;
  };

/** The name a pasted text is recorded under (audit, messages). */
export const PASTED_TEXT_NAME = "粘贴的文本.txt";

export interface ReadImport {
  ok: true;
  course: { id: string; slug: string; title: string };
  format: ImportFileFormat;
  fileName: string;
  /** Text-layout imports: the module the questions go into (unless their chapter heading names another). */
  module: ImportModule | null;
  /** The course's modules, current before archived. */
  courseModules: ImportModule[];
  rows: ClassifiedRows;
  skipped: SkippedText[];
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

export function importFile(source: ImportSource): { fileName: string; bytes: Uint8Array } {
  return "pastedText" in source ? { fileName: PASTED_TEXT_NAME, bytes: new TextEncoder().encode(source.pastedText) } : source;
}

/**
 * Reads an import file against a course: each row parsed by the bank's rules, modules found
 * by title among the course's (current before archived) — or, for a text-layout bank, the
 * chosen module — and duplicates of the bank found by content hash. The file is read in a
 * parse worker (a hostile file costs the worker, not the server). Writes nothing.
 */
export async function readQuestionImport(db: Tx, options: ReadImportOptions): Promise<ReadImportResult> {
  const course = await db.course.findUnique({
    where: "courseId" in options ? { id: options.courseId } : { slug: options.courseSlug },
    select: { id: true, slug: true, title: true, modules: { select: { id: true, title: true, archivedAt: true }, orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { position: "asc" }] } },
  });
  if (!course) return { ok: false, error: "请选择要导入到的课程（所选课程不存在）。" };
  const { fileName, bytes } = importFile(options);
  const file = await readQuestionFileInWorker(fileName, bytes);
  if (!file.ok) return file;
  const courseModules: ImportModule[] = course.modules.map(({ id, title }) => ({ id, title }));
  let target: ImportModule | null = null;
  let parsed = file.rows.map((row) => parseQuestionRow(row, courseModules));
  if (file.format === "text") {
    const chosen = options.moduleId ? course.modules.find((candidate) => candidate.id === options.moduleId) : course.modules.find((candidate) => candidate.archivedAt === null);
    if (!chosen) return { ok: false, error: options.moduleId ? "所选单元不属于这门课程。" : "课程中还没有单元，请先上传学习材料建立单元，再导入题目。" };
    const fallback: ImportModule = { id: chosen.id, title: chosen.title };
    target = fallback;
    // A text bank names no module per question: a chapter heading naming one of the course's places its questions there.
    parsed = file.rows.map((row: TemplateRow) => {
      const home = chapterModule(row.chapter, courseModules) ?? fallback;
      return parseQuestionRow({ ...row, cells: { ...row.cells, 所属模块: home.title } }, [home]);
    });
  }
  const existing = await existingHashes(db, parsed.flatMap((row) => (row.ok ? [row.contentHash] : [])));
  return {
    ok: true,
    course: { id: course.id, slug: course.slug, title: course.title },
    format: file.format,
    fileName,
    module: target,
    courseModules,
    rows: classifyRows(parsed, existing),
    skipped: file.skipped ?? [],
  };
}
