import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { inspectDocument, type InspectedDocument } from "@/lib/content";
import { INVARIANTS, type InvariantName } from "@/lib/content/quality/document-invariants";

/** The corpus of real documents (tests/fixtures/corpus, see its SOURCES.md), holdout/ included. */
export const CORPUS_DIR = path.join(import.meta.dirname, "../fixtures/corpus");
/** The ratchet: (document, invariant) pairs that fail today. The list may only shrink. */
export const KNOWN_VIOLATIONS_PATH = path.join(CORPUS_DIR, "known-violations.json");

export type KnownViolations = Record<string, InvariantName[]>;

const NOT_DOCUMENTS = new Set(["SOURCES.md", "known-violations.json"]);

/** Every corpus document, as a path relative to the corpus folder, in a stable order. */
export function corpusDocuments(folder = CORPUS_DIR, prefix = ""): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) return corpusDocuments(full, `${prefix}${name}/`);
      return NOT_DOCUMENTS.has(name) ? [] : [`${prefix}${name}`];
    });
}

/** One corpus document through the pipeline, named as a user's upload would be (its file name). */
export function inspectCorpusDocument(document: string): Promise<InspectedDocument> {
  return inspectDocument(path.basename(document), new Uint8Array(readFileSync(path.join(CORPUS_DIR, document))));
}

export function readKnownViolations(): KnownViolations {
  return JSON.parse(readFileSync(KNOWN_VIOLATIONS_PATH, "utf8")) as KnownViolations;
}

/** The ratchet file for these results: documents in corpus order, invariants in INVARIANTS order. */
export function knownViolationsJson(results: ReadonlyMap<string, InspectedDocument>): string {
  const entries = [...results].flatMap(([document, inspected]) => {
    const broken = INVARIANTS.filter((invariant) => inspected.invariants.some((violation) => violation.invariant === invariant));
    return broken.length > 0 ? [[document, broken] as const] : [];
  });
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}

/** Per invariant: how many documents break it, and how many titles, passages or sentences in all. */
export function violationSummary(results: ReadonlyMap<string, InspectedDocument>): Array<{ invariant: InvariantName; documents: number; items: number }> {
  return INVARIANTS.map((invariant) => {
    const found = [...results.values()].flatMap((inspected) => inspected.invariants.filter((violation) => violation.invariant === invariant));
    return { invariant, documents: found.length, items: found.reduce((sum, violation) => sum + violation.count, 0) };
  });
}
