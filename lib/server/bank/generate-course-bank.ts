import "server-only";
import type { BuiltCourse } from "@/lib/content";
import type { Db } from "@/lib/db/prisma";
import type { QuestionBank } from "@/lib/questions";
import { generateBankWithRewrites } from "@/lib/server/llm/generate-bank-with-rewrites";
import { saveGeneratedBank, type SavedBankCounts } from "./save-generated-bank";

export interface GenerateCourseBankOptions {
  /** A course built from its manifest and already stored (its modules, passages and knowledge points exist). */
  course: BuiltCourse;
}

export interface GeneratedCourseBank {
  bank: QuestionBank;
  counts: SavedBankCounts;
  generateMs: number;
  saveMs: number;
}

/**
 * Generates the question bank of a course built from its manifest (with the optional LLM rewrite
 * of its new questions, docs/BANK.md "Machine rewriting") and stores it. The
 * generation covers the manifest's modules, archived ones included (their questions retire);
 * questions of modules added by uploads are left alone.
 */
export async function generateCourseBank(db: Db, { course }: GenerateCourseBankOptions): Promise<GeneratedCourseBank> {
  const started = performance.now();
  const bank = await generateBankWithRewrites(db, course);
  const generated = performance.now();
  const modules = await db.module.findMany({
    where: {
      courseId: course.id,
      OR: [{ id: { in: course.modules.map((module) => module.id) } }, { documentId: null }, { document: { uploadedById: null } }],
    },
    select: { id: true },
  });
  const counts = await saveGeneratedBank(db, { courseId: course.id, bank, moduleIds: modules.map((module) => module.id) });
  return { bank, counts, generateMs: generated - started, saveMs: performance.now() - generated };
}
