import { createHash } from "node:crypto";

/**
 * The source files whose code decides which questions a course gets and how they read: the
 * content pipeline (structure, knowledge points) and the question generators with their gate.
 * Not the evaluation, the interchange formats, or the version file itself. The question-type
 * registry (lib/questions/types) counts: beside grading it holds the question's shape and
 * what makes its id (testedAnswers), so a change to grading alone changes the version too.
 */
export function isGeneratorSource(path: string): boolean {
  if (!path.endsWith(".ts")) return false;
  if (path.startsWith("lib/content/")) return true;
  if (!path.startsWith("lib/questions/")) return false;
  return !/^lib\/questions\/(eval|interchange|generator-version)\//.test(path) && path !== "lib/questions/version.ts";
}

/** The generator's version: a hash of its source files (paths relative to the repository, / separators). */
export function generatorVersionOf(files: ReadonlyArray<{ path: string; text: string }>): string {
  const hash = createHash("sha256");
  for (const file of [...files].filter((candidate) => isGeneratorSource(candidate.path)).sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash.update(file.path).update("\0").update(file.text.replace(/\r\n/g, "\n")).update("\0");
  }
  return `generator-${hash.digest("hex").slice(0, 12)}`;
}
