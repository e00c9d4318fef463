import { cleanText, type CleanedText } from "./cleaning/clean-text";
import type { RemovedLine } from "./cleaning/cleaning-rule";
import { courseManifestSchema, type CourseManifest, type ManifestDocument } from "./course-manifest";
import { deduplicateOutline, PassageIndex } from "./deduplicate";
import { ContentError } from "./errors";
import { ingestDocument, type IngestedDocument, type IngestOptions } from "./ingest/ingest-document";
import { assignIds } from "./assign-ids";
import { numberRepeatedModuleTitles } from "./number-repeated-titles";
import { discoverDomainTerms } from "./knowledge/extract-terms";
import { extractKnowledgePoints } from "./knowledge/extract-knowledge-points";
import { occurrenceCounter, stableId, normalizeForIdentity } from "./stable-id";
import { buildOutline } from "./structure/build-outline";
import type { DocumentOutline, OutlineModule } from "./structure/outline";
import { walkSections } from "./structure/outline";
import { placeNotes } from "./document-metadata";
import { readDocumentKind } from "./document-kind";
import type { BuiltCourse, DocumentMetadata, DocumentReport, Module, Section } from "./types";

export interface SourceDocument {
  /** Relative to content/, as the manifest names it. */
  path: string;
  bytes: Uint8Array;
}

function fileStem(path: string): string {
  return path.split("/").pop()!.replace(/\.[^.]+$/, "");
}

function applyTitles(outline: DocumentOutline, entry: ManifestDocument): void {
  if (entry.title && outline.modules.length === 1) renameModule(outline.modules[0]!, entry.title);
  outline.modules.forEach((module, index) => {
    const override = entry.moduleTitles?.[`#${index + 1}`] ?? entry.moduleTitles?.[module.title];
    if (override) renameModule(module, override);
  });
}

function renameModule(module: OutlineModule, title: string): void {
  for (const section of walkSections(module.sections)) if (section.implicit) section.title = title;
  module.title = title;
}

function countSections(sections: Section[]): number {
  return sections.reduce((sum, section) => sum + 1 + countSections(section.sections), 0);
}

function countPassages(sections: Section[]): number {
  return sections.reduce((sum, section) => sum + section.passages.length + countPassages(section.sections), 0);
}

interface PreparedDocument {
  entry: ManifestDocument;
  cleaned: CleanedText;
  outline: DocumentOutline;
}

async function prepareDocument(entry: ManifestDocument, documents: SourceDocument[], options: BuildCourseOptions): Promise<PreparedDocument> {
  const document = documents.find((candidate) => candidate.path === entry.path);
  if (!document) throw new ContentError("unreadable-document", `document ${entry.path} is listed in the manifest but was not given`, `课程清单中的文档“${entry.path}”不存在。`);
  const { text, headings } = await (options.ingest ?? ingestDocument)(entry.path, document.bytes, options);
  const cleaned = cleanText(text, { markedHeadings: headings });
  const givenTitle = entry.title ?? cleaned.title;
  const outline = buildOutline(cleaned.lines, givenTitle ?? fileStem(entry.path), { titleFromContent: !givenTitle, titleLine: cleaned.titleLine, markedHeadings: [...(headings ?? []), ...cleaned.headings] });
  if (entry.title) outline.title = entry.title;
  applyTitles(outline, entry);
  return { entry, cleaned, outline };
}

export interface BuildCourseOptions extends IngestOptions {
  /**
   * false: repeated module titles are left as found, for a caller that numbers them later with
   * numberRepeatedModuleTitles against titles it learns then (an upload, numbered against its
   * course's modules when it is previewed and when it is published). Ids do not depend on it.
   */
  numberTitles?: boolean;
  /** Reads a document's bytes to text; ingestDocument unless the caller isolates it (the server parses uploads in a worker). */
  ingest?: (fileName: string, bytes: Uint8Array, options: IngestOptions) => Promise<IngestedDocument>;
}

/**
 * Builds a course from its manifest and the bytes of its documents: ingest, clean, structure,
 * de-duplicate across the whole course (in manifest order), give stable ids, extract knowledge
 * points, and number the modules whose titles repeat (unless `numberTitles` is false).
 */
export async function buildCourse(manifestInput: CourseManifest, documents: SourceDocument[], options: BuildCourseOptions = {}): Promise<BuiltCourse> {
  return (await buildCourseWithCleaning(manifestInput, documents, options)).course;
}

/** What the cleaning of one document removed that the course does not keep: its metadata lines, by the rule that removed each. */
export interface DocumentCleaning {
  path: string;
  metadataLines: RemovedLine[];
}

/**
 * buildCourse, with what its one cleaning pass removed from each document (in manifest order) beside the
 * course: for inspect, which shows it. The course (and the report stored with it) stays as buildCourse gives it.
 */
export async function buildCourseWithCleaning(manifestInput: CourseManifest, documents: SourceDocument[], options: BuildCourseOptions = {}): Promise<{ course: BuiltCourse; cleaning: DocumentCleaning[] }> {
  const manifest = courseManifestSchema.parse(manifestInput);
  const prepared: PreparedDocument[] = [];
  for (const entry of manifest.documents) prepared.push(await prepareDocument(entry, documents, options));

  const index = new PassageIndex();
  const keptModules: OutlineModule[] = [];
  const deduplicated = prepared.map((document) => ({ ...document, ...deduplicateOutline(document.outline, index, keptModules) }));

  const withIds = deduplicated.map((document) => {
    const occurrence = occurrenceCounter();
    const modules = document.outline.modules.map((module) => assignIds(module, document.entry.path, occurrence(normalizeForIdentity(module.title))));
    return { ...document, modules };
  });
  const proseTexts = withIds.flatMap((document) => document.modules.flatMap((module) => allPassageTexts(module.sections)));
  const domainTerms = discoverDomainTerms(proseTexts);

  const modules: Module[] = [];
  const reports: DocumentReport[] = [];
  for (const document of withIds) {
    const built = document.modules.map((module) => ({ ...module, knowledgePoints: extractKnowledgePoints(module, domainTerms) }));
    modules.push(...built);
    reports.push({
      path: document.entry.path,
      title: document.outline.title,
      ...(document.outline.untitled && !document.entry.title && { untitled: true }),
      metadata: documentMetadata(document.outline, document.cleaned.metadata, built),
      kind: readDocumentKind({
        title: document.outline.title,
        texts: built.flatMap((module) => [module.title, ...moduleTexts(module.sections)]),
        metadataLines: document.cleaned.metadataLines.map((removed) => removed.line),
      }),
      modules: built.length,
      sections: built.reduce((sum, module) => sum + countSections(module.sections), 0),
      passages: built.reduce((sum, module) => sum + countPassages(module.sections), 0),
      knowledgePoints: built.reduce((sum, module) => sum + module.knowledgePoints.length, 0),
      duplicatePassages: document.duplicatePassages,
      duplicateModules: document.duplicateModules,
      cleaning: document.cleaned.counts,
    });
  }
  const course: BuiltCourse = {
    id: stableId("course", normalizeForIdentity(manifest.title)),
    title: manifest.title,
    description: manifest.description,
    modules: options.numberTitles === false ? modules : numberRepeatedModuleTitles(modules),
    reports,
  };
  return { course, cleaning: prepared.map((document) => ({ path: document.entry.path, metadataLines: document.cleaned.metadataLines })) };
}

/** The report's metadata: the title found, what the cleaning read, and its notes placed in the document's modules (placeNotes). */
function documentMetadata(outline: { titleFound?: boolean; title: string }, cleaned: DocumentMetadata, modules: Module[]): DocumentMetadata {
  const { notes, ...rest } = cleaned;
  return {
    ...(outline.titleFound && { title: outline.title }),
    ...rest,
    ...(notes && { notes: placeNotes(notes, modules.map((module) => [module.title, ...moduleTexts(module.sections)].join("\n"))) }),
  };
}

function moduleTexts(sections: Section[]): string[] {
  return sections.flatMap((section) => [section.title, ...section.passages.map((passage) => passage.text), ...moduleTexts(section.sections)]);
}

function allPassageTexts(sections: Section[]): string[] {
  return sections.flatMap((section) => [...section.passages.filter((passage) => passage.kind === "prose").map((passage) => passage.text), ...allPassageTexts(section.sections)]);
}
