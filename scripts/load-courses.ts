import path from "node:path";
import type { Db } from "@/lib/db/prisma";
import { CLEANING_RULES } from "@/lib/content";
import { buildCourseFromFolder, findCourseManifests, hashSourceTree, type CourseFolderBuild } from "@/lib/server/content/build-course-from-folder";

export const CONTENT_DIR = path.resolve("content");

/** Builds every course under content/ whose sources or pipeline changed, printing progress and a summary. */
export async function loadCourses(db: Db, options: { force?: boolean } = {}): Promise<CourseFolderBuild[]> {
  const manifests = findCourseManifests(CONTENT_DIR);
  if (manifests.length === 0) {
    console.log("▸ No course manifest in content/: nothing to load");
    return [];
  }
  const pipelineFingerprint = hashSourceTree(path.resolve("lib/content"));
  const results: CourseFolderBuild[] = [];
  for (const manifestPath of manifests) {
    const label = path.relative(process.cwd(), manifestPath);
    process.stdout.write(`▸ ${label}: building… `);
    const started = performance.now();
    // The first course's questions are usable at once; later uploads start as drafts.
    const result = await buildCourseFromFolder(db, { manifestPath, pipelineFingerprint, force: options.force, newQuestionStatus: "ACTIVE" });
    console.log(result.upToDate ? "up to date" : `done in ${Math.round(performance.now() - started)} ms`);
    if (result.course && result.counts) printSummary(result);
    results.push(result);
  }
  return results;
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
