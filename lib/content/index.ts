/** The content pipeline: source documents in, course structure and knowledge points out. Pure: no database, no framework. */
export { buildCourse, buildCourseWithCleaning, type BuildCourseOptions, type DocumentCleaning, type SourceDocument } from "./build-course";
export { inspectDocument, type InspectedDocument, type InspectedPoint, type InspectedSection } from "./inspect-document";
export { courseManifestSchema, parseCourseManifest, type CourseManifest, type ManifestDocument } from "./course-manifest";
export { ingestDocument, DEFAULT_MAX_BYTES, type IngestedDocument, type IngestOptions } from "./ingest/ingest-document";
export { cleanText, CLEANING_RULES, type CleanedText } from "./cleaning/clean-text";
export { buildOutline } from "./structure/build-outline";
export { detectHeading, type HeadingMatch, type HeadingStyle } from "./detect-heading";
export { splitSentences } from "./split-sentences";
export { stableId, normalizeForIdentity } from "./stable-id";
export { scopeCourseIds } from "./scope-course-ids";
export { numberRepeatedModuleTitles } from "./number-repeated-titles";
export { documentMetadataLine, notesForModule, parseDocumentMetadata, storedDocumentMetadata, MAX_NOTES, MAX_NOTE_LENGTH } from "./document-metadata";
export { ContentError, type ContentErrorCode } from "./errors";
export { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, readDocumentKind, type DocumentKind, type DocumentKindName } from "./document-kind";
export type * from "./types";
