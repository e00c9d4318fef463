import type { DocumentMetadata } from "./types";

const FIELDS = ["title", "subtitle", "issuer", "date", "documentNumber", "author", "source"] as const;
const MAX_FIELD_LENGTH = 200;

/** Metadata read back from storage: only the known fields, only as short strings; anything else is dropped. */
export function parseDocumentMetadata(value: unknown): DocumentMetadata {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const record = value as Record<string, unknown>;
  const metadata: DocumentMetadata = {};
  for (const field of FIELDS) {
    const text = record[field];
    if (typeof text === "string" && text.trim()) metadata[field] = text.trim().slice(0, MAX_FIELD_LENGTH);
  }
  return metadata;
}

/** What a document states about itself, minus its title (which names the document elsewhere): the part worth storing. */
export function storedDocumentMetadata(metadata: DocumentMetadata | undefined): DocumentMetadata {
  const { title: _title, ...rest } = parseDocumentMetadata(metadata);
  return rest;
}

/**
 * The small line a reader sees under a module's title: subtitle, issuing body, 文号, date, author and
 * source, as the document states them ("中国共产党第十八届中央委员会第六次全体会议 · 2016年10月27日").
 * Null when the document states none of them.
 */
export function documentMetadataLine(metadata: DocumentMetadata): string | null {
  const parts = [metadata.subtitle && `——${metadata.subtitle}`, metadata.issuer, metadata.documentNumber, metadata.date, metadata.author, metadata.source && `来源：${metadata.source}`].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(" · ") : null;
}
