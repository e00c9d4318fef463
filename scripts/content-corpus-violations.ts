/**
 * npm run content:corpus-violations — runs every corpus document (tests/fixtures/corpus) through
 * the content pipeline, prints which invariants each breaks and a summary per invariant, and
 * rewrites tests/fixtures/corpus/known-violations.json, the ratchet the corpus invariants test
 * holds the pipeline to. Run it after fixing a rule, and commit the shorter list.
 *   --check   print only; leave the file as it is
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { InspectedDocument } from "../lib/content";
import { corpusDocuments, inspectCorpusDocument, KNOWN_VIOLATIONS_PATH, knownViolationsJson, violationSummary } from "../tests/support/corpus";

async function main(): Promise<void> {
  const results = new Map<string, InspectedDocument>();
  for (const document of corpusDocuments()) {
    const inspected = await inspectCorpusDocument(document);
    results.set(document, inspected);
    const broken = inspected.invariants.map((violation) => `${violation.invariant} (${violation.count})`);
    console.log(`${broken.length === 0 ? "✓" : "✗"} ${document}${broken.length ? `: ${broken.join(", ")}` : ""}`);
  }
  console.table(violationSummary(results));
  if (process.argv.includes("--check")) return;
  writeFileSync(KNOWN_VIOLATIONS_PATH, knownViolationsJson(results));
  console.log(`Wrote ${path.relative(process.cwd(), KNOWN_VIOLATIONS_PATH)}`);
}

void main();
