import { beforeAll, describe, expect, test } from "vitest";
import type { InspectedDocument } from "@/lib/content";
import { corpusDocuments, inspectCorpusDocument, readKnownViolations, violationSummary } from "../../support/corpus";

// Every real document of tests/fixtures/corpus (holdout/ included) through the pipeline that
// content:build and uploads use, checked against invariants rather than snapshots. Most
// documents break some invariant today, so the test is a ratchet: known-violations.json lists
// the (document, invariant) pairs that fail now; a new failure fails the test, and so does a
// listed one that no longer happens (the list may only shrink).
const documents = corpusDocuments();
const known = readKnownViolations();
const results = new Map<string, InspectedDocument>();
const REGENERATE = "npm run content:corpus-violations";

describe("every corpus document built into a course", () => {
  beforeAll(async () => {
    for (const document of documents) results.set(document, await inspectCorpusDocument(document));
    console.log("Corpus invariants: documents breaking each (items in all)");
    console.table(violationSummary(results));
  }, 300_000);

  test("the corpus holds the documents known-violations.json names", () => {
    expect(documents.length).toBeGreaterThanOrEqual(18);
    expect(Object.keys(known).filter((document) => !documents.includes(document))).toEqual([]);
  });

  test("the corpus covers the formats and encodings users upload", () => {
    const inspected = [...results.values()];
    const count = (predicate: (document: InspectedDocument) => boolean) => inspected.filter(predicate).length;
    expect(count((document) => document.format === "docx")).toBeGreaterThanOrEqual(2);
    expect(count((document) => document.format === "pdf")).toBeGreaterThanOrEqual(2);
    expect(count((document) => document.format === "markdown")).toBeGreaterThanOrEqual(1);
    expect(count((document) => document.encoding === "gb18030")).toBeGreaterThanOrEqual(1);
    expect(count((document) => document.encoding === "utf-16le" || document.encoding === "utf-16be")).toBeGreaterThanOrEqual(1);
    expect(documents.filter((document) => document.startsWith("holdout/")).length).toBeGreaterThanOrEqual(Math.floor(documents.length / 4));
  });

  test.each(documents)("%s breaks no invariant beyond those known-violations.json lists for it", (document) => {
    const inspected = results.get(document)!;
    const listed = new Set(known[document] ?? []);
    const fresh = inspected.invariants.filter((violation) => !listed.has(violation.invariant));
    expect(
      fresh.map(({ invariant, count, examples }) => ({ invariant, count, examples })),
      `${document} breaks invariants it did not break before: fix the pipeline (see the examples)`,
    ).toEqual([]);
    const fixed = [...listed].filter((invariant) => !inspected.invariants.some((violation) => violation.invariant === invariant));
    expect(fixed, `${document} no longer breaks these: remove them from tests/fixtures/corpus/known-violations.json (${REGENERATE})`).toEqual([]);
  });
});
