import { buildCourseWithCleaning } from "./build-course";
import type { RemovedLine } from "./cleaning/cleaning-rule";
import { ingestDocument, type IngestedDocument, type IngestOptions } from "./ingest/ingest-document";
import { checkDocumentInvariants, type InvariantViolation } from "./quality/document-invariants";
import { readDocumentKind, type DocumentKind } from "./document-kind";
import type { CleaningCounts, DocumentNote, DocumentReport, KnowledgePoint, KnowledgePointKind, Section } from "./types";

export interface InspectedSection {
  title: string;
  passages: Array<{ text: string }>;
  sections: InspectedSection[];
}

export interface InspectedPoint {
  kind: KnowledgePoint["kind"];
  text: string;
  answer?: string;
  speaker?: string;
  items?: string[];
  /** Passage span as [passage index in reading order, start, end); heading lists name their section instead. */
  span: { passage: number; start: number; end: number } | { section: string };
}

export interface InspectedDocument {
  fileName: string;
  /** The detected format: text, markdown, docx or pdf. */
  format: IngestedDocument["kind"];
  /** A text file's detected encoding; null for .docx and PDF. */
  encoding: IngestedDocument["encoding"];
  title: string;
  /** The document prints no title: `title` is the name it is shown by, never cited. */
  untitled?: boolean;
  /** What kind of document it is and the signals that say so (lib/content/document-kind.ts). */
  kind: DocumentKind;
  /** Document metadata the pipeline kept (issuing body, date …), when it reports any; its notes are `notes`. */
  metadata: Record<string, string>;
  /** An annotated edition's explanatory notes, kept for the reading view and out of the passages (`references`). */
  notes: DocumentNote[];
  counts: { modules: number; sections: number; passages: number; knowledgePoints: number; notes: number };
  /** Share of prose passages that end mid-sentence (a layout break never rejoined). */
  midSentenceShare: number;
  debris: {
    /** What each cleaning rule removed or repaired (rules that did nothing are left out). */
    removed: Partial<CleaningCounts>;
    /** Passages that still hold Markdown, HTML, link or URL debris. */
    inPassages: string[];
    /** The metadata lines the cleaning removed, each with the name of the rule that removed it (`byline`, `date` …). */
    metadataLines: RemovedLine[];
  };
  knowledgePointsByKind: Partial<Record<KnowledgePointKind, number>>;
  /** Invariants the document breaks (see lib/content/quality/document-invariants.ts); empty when clean. */
  invariants: InvariantViolation[];
  /** Source sentences found in no passage. */
  lostSentences: string[];
  modules: Array<{ title: string; sections: InspectedSection[] }>;
  knowledgePoints: InspectedPoint[];
}

function inspectSection(section: Section): InspectedSection {
  return {
    title: section.title,
    passages: section.passages.map((passage) => ({ text: passage.text })),
    sections: section.sections.map(inspectSection),
  };
}

function passageOrder(sections: Section[], into: string[] = []): string[] {
  for (const section of sections) {
    into.push(...section.passages.map((passage) => passage.id));
    passageOrder(section.sections, into);
  }
  return into;
}

function sectionTitles(sections: Section[], into = new Map<string, string>()): Map<string, string> {
  for (const section of sections) {
    into.set(section.id, section.title);
    sectionTitles(section.sections, into);
  }
  return into;
}

function countByKind(points: KnowledgePoint[]): Partial<Record<KnowledgePointKind, number>> {
  const counts: Partial<Record<KnowledgePointKind, number>> = {};
  for (const point of points) counts[point.kind] = (counts[point.kind] ?? 0) + 1;
  return counts;
}

/**
 * One document through the whole pipeline (the same buildCourse that content:build and uploads
 * use, with the document as a course of its own), as plain JSON for review: the CLI's --json
 * output, and what the corpus invariants test checks.
 */
export async function inspectDocument(fileName: string, bytes: Uint8Array, options: IngestOptions = {}): Promise<InspectedDocument> {
  const title = fileName.split("/").pop()!.replace(/\.[^.]+$/, "");
  const ingested = await ingestDocument(fileName, bytes, options);
  // The document read once: buildCourse cleans the text ingested here, and hands out what its cleaning removed.
  const { course, cleaning } = await buildCourseWithCleaning({ title, description: title, documents: [{ path: fileName }] }, [{ path: fileName, bytes }], { ...options, ingest: async () => ingested });
  const allSections = course.modules.flatMap((module) => module.sections);
  const order = passageOrder(allSections);
  const titles = sectionTitles(allSections);
  const report: DocumentReport | undefined = course.reports[0];
  const { notes = [], ...metadata } = report?.metadata ?? {};
  // What buildCourse's cleaning removed as metadata (the course does not keep it).
  const metadataLines = cleaning[0]?.metadataLines ?? [];
  const bylines = metadataLines.filter(({ rule }) => rule === "reporter-byline").map(({ line }) => line);
  const quality = checkDocumentInvariants({ fileName, sourceText: ingested.sourceText, course, bylines });
  const points = course.modules.flatMap((module) => module.knowledgePoints);
  return {
    fileName,
    format: ingested.kind,
    encoding: ingested.encoding,
    title: report?.title ?? title,
    ...(report?.untitled && { untitled: true }),
    kind: report?.kind ?? readDocumentKind({ title: report?.title ?? title, texts: [] }),
    // Reports carry document metadata once the pipeline keeps it (front matter, issuing body).
    metadata,
    notes,
    counts: {
      modules: course.modules.length,
      sections: report?.sections ?? 0,
      passages: report?.passages ?? 0,
      knowledgePoints: points.length,
      notes: notes.length,
    },
    midSentenceShare: quality.midSentenceShare,
    debris: {
      removed: Object.fromEntries(Object.entries(report?.cleaning ?? {}).filter(([, count]) => count > 0)),
      inPassages: quality.debris,
      metadataLines,
    },
    knowledgePointsByKind: countByKind(points),
    invariants: quality.violations,
    lostSentences: quality.lostSentences,
    modules: course.modules.map((module) => ({ title: module.title, sections: module.sections.map(inspectSection) })),
    knowledgePoints: course.modules.flatMap((module) =>
      module.knowledgePoints.map((point) => ({
        kind: point.kind,
        text: point.text,
        ...(point.answer !== undefined && { answer: point.answer }),
        ...(point.speaker !== undefined && { speaker: point.speaker }),
        ...(point.items !== undefined && { items: point.items }),
        span: point.span ? { passage: order.indexOf(point.span.passage), start: point.span.start, end: point.span.end } : { section: titles.get(point.section) ?? "" },
      })),
    ),
  };
}
