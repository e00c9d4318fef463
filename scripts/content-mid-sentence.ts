/**
 * npm run content:mid-sentence — for every non-holdout document of the corpus (tests/fixtures/corpus
 * outside holdout/) and of tests/fixtures/quality/docs (docs.json holdout flags), the share of prose
 * passages ending mid-sentence, by the test the mid-sentence-passages invariant uses.
 *   --show   also print each such passage's end and the start of the passage after it
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { buildCourse } from "../lib/content/build-course";
import { midSentencePassages } from "../lib/content/quality/document-invariants";
import type { Passage } from "../lib/content/types";

const ROOT = path.join(import.meta.dirname, "..");
const CORPUS = "tests/fixtures/corpus";
const QUALITY_DOCS = "tests/fixtures/quality/docs";
const NOT_DOCUMENTS = new Set(["SOURCES.md", "known-violations.json", "README.md"]);

function nonHoldoutDocuments(): string[] {
  const { documents } = JSON.parse(readFileSync(path.join(ROOT, "tests/fixtures/quality/docs.json"), "utf8")) as { documents: Array<{ file?: string; holdout: boolean }> };
  const holdout = new Set(documents.filter((document) => document.holdout && document.file).map((document) => document.file!));
  const files = [CORPUS, QUALITY_DOCS].flatMap((folder) =>
    readdirSync(path.join(ROOT, folder), { withFileTypes: true })
      .filter((entry) => entry.isFile() && !NOT_DOCUMENTS.has(entry.name))
      .map((entry) => `${folder}/${entry.name}`),
  );
  return files.filter((file) => !holdout.has(file) && !file.includes("/holdout/")).sort();
}

async function main(): Promise<void> {
  const show = process.argv.includes("--show");
  let prose = 0;
  let cut = 0;
  for (const file of nonHoldoutDocuments()) {
    const fileName = path.basename(file);
    const title = fileName.replace(/\.[^.]+$/, "");
    const bytes = new Uint8Array(readFileSync(path.join(ROOT, file)));
    const course = await buildCourse({ title, description: title, documents: [{ path: fileName }] }, [{ path: fileName, bytes }]);
    const passages: Passage[] = course.modules.flatMap((module) => {
      const walk = (sections: typeof module.sections): Passage[] => sections.flatMap((section) => [...section.passages, ...walk(section.sections)]);
      return walk(module.sections);
    });
    const proseCount = passages.filter((passage) => passage.kind === "prose").length;
    const mid = midSentencePassages(course.modules);
    prose += proseCount;
    cut += mid.length;
    if (mid.length === 0) continue;
    console.log(`${((100 * mid.length) / proseCount).toFixed(1).padStart(5)} %  ${mid.length}/${proseCount}  ${file}`);
    if (!show) continue;
    for (const passage of mid) {
      const next = passages[passages.indexOf(passage) + 1];
      console.log(`    …${passage.text.slice(-30).replace(/\n/g, "⏎")}  ‖  ${next ? next.text.slice(0, 30).replace(/\n/g, "⏎") : "(end)"}`);
    }
  }
  console.log(`total ${cut}/${prose} = ${((100 * cut) / prose).toFixed(2)} %`);
}

void main();
