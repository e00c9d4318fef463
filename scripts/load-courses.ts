import fs from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/prisma";
import { CLEANING_RULES, parseCourseManifest } from "@/lib/content";
import { generateCourseBank, type GeneratedCourseBank } from "@/lib/server/bank/generate-course-bank";
import { QUESTION_TYPE_LABELS } from "@/lib/format/question-type-labels";
import { QUESTION_TYPES } from "@/lib/questions/types";
import { buildCourseFromFolder, findCourseManifests, hashSourceTree, type CourseFolderBuild } from "@/lib/server/content/build-course-from-folder";

export const CONTENT_DIR = path.resolve("content");

export interface LoadCoursesOptions {
  /** Rebuild (and regenerate) even when the sources and the code did not change. */
  force?: boolean;
  /** Load only the course with this slug. */
  courseSlug?: string;
}

export interface LoadedCourse extends CourseFolderBuild {
  /** The generated and stored bank, when the course was (re)built. */
  bank: GeneratedCourseBank | null;
}

/**
 * Builds every course under content/ whose sources, pipeline or question generator changed,
 * then generates and stores its question bank, printing progress and a summary.
 */
export async function loadCourses(db: Db, options: LoadCoursesOptions = {}): Promise<LoadedCourse[]> {
  const manifests = findCourseManifests(CONTENT_DIR).filter((manifestPath) => !options.courseSlug || courseSlugOf(manifestPath) === options.courseSlug);
  if (manifests.length === 0) {
    console.log(options.courseSlug ? `▸ No course with the slug ${options.courseSlug} in content/` : "▸ No course manifest in content/: nothing to load");
    return [];
  }
  // The generator is part of the pipeline: changing it regenerates the banks.
  const pipelineFingerprint = hashSourceTree(path.resolve("lib/content"), path.resolve("lib/questions"));
  const results: LoadedCourse[] = [];
  for (const manifestPath of manifests) {
    const label = path.relative(process.cwd(), manifestPath);
    process.stdout.write(`▸ ${label}: building… `);
    const started = performance.now();
    // The first course's questions are usable at once; later uploads start as drafts.
    const result = await buildCourseFromFolder(db, { manifestPath, pipelineFingerprint, force: options.force, newQuestionStatus: "ACTIVE" });
    console.log(result.upToDate ? "up to date" : `done in ${Math.round(performance.now() - started)} ms`);
    if (result.course && result.counts) printSummary(result);
    const bank = result.course ? await generateCourseBank(db, { course: result.course }) : null;
    if (bank) printBankSummary(bank);
    results.push({ ...result, bank });
  }
  return results;
}

/** The slug buildCourseFromFolder stores a course under: the manifest's, else its folder's name. */
function courseSlugOf(manifestPath: string): string {
  const manifest = parseCourseManifest(JSON.parse(fs.readFileSync(manifestPath, "utf8")));
  return manifest.slug ?? path.basename(path.dirname(manifestPath));
}

function printSummary({ course, counts }: CourseFolderBuild): void {
  if (!course || !counts) return;
  console.log(`\n  ${course.title}: ${course.modules.length} modules`);
  const rows = course.reports.map((report) => ({
    document: report.path,
    modules: report.modules,
    sections: report.sections,
    passages: report.passages,
    "knowledge points": report.knowledgePoints,
    "repeats dropped": report.duplicatePassages + report.duplicateModules,
  }));
  console.table(rows);
  const ruleNames = [...new Set(CLEANING_RULES.map((rule) => rule.name))];
  const removed = ruleNames.map((name) => [name, course.reports.reduce((sum, report) => sum + (report.cleaning[name] ?? 0), 0)] as const).filter(([, count]) => count > 0);
  console.log(`  Cleaning: ${removed.map(([rule, count]) => `${rule} ${count}`).join(", ") || "nothing to clean"}`);
  const changes = Object.entries(counts)
    .map(([table, change]) => `${table} +${change.created} ~${change.updated} -${change.archived}`)
    .join(", ");
  console.log(`  Stored (created ~updated -archived): ${changes}\n`);
}

function printBankSummary({ bank, counts, generateMs, saveMs }: GeneratedCourseBank): void {
  const byType = QUESTION_TYPES.map((type) => `${QUESTION_TYPE_LABELS[type]} ${bank.accepted.filter((question) => question.type === type).length}`).join(", ");
  const sourceQuestions = bank.accepted.filter((question) => question.type === "SINGLE_CHOICE" && question.focus === "speaker").length;
  console.log(
    `  Questions: ${bank.accepted.length} published (${byType}; 出处 ${sourceQuestions}), ${bank.review.length} to review (DRAFT), ${bank.rejected.length} rejected, generated in ${Math.round(generateMs)} ms`,
  );
  console.log(
    `  Bank stored in ${Math.round(saveMs)} ms: +${counts.created} new, ${counts.unchanged + counts.updated} kept (~${counts.updated} updated), ` +
      `${counts.revived} revived, -${counts.retired} retired, ${counts.untouched} left to instructors; ${counts.rejectedStored} rejected candidates written\n`,
  );
}
