import { normalizeSpacing } from "./cleaning/normalize-spacing";
import type { DocumentMetadata, DocumentNote } from "./types";

const FIELDS = ["title", "subtitle", "issuer", "date", "documentNumber", "author", "source"] as const;
const MAX_FIELD_LENGTH = 200;
/** A document keeps at most this many explanatory notes, each of at most MAX_NOTE_LENGTH characters (notes are input). */
export const MAX_NOTES = 200;
export const MAX_NOTE_LENGTH = 1000;
const MAX_MARK_LENGTH = 8;
/** How many Chinese characters before a note's call place it in a module. */
export const NOTE_ANCHOR_LENGTH = 12;

/** The Chinese characters of a text, in order: what survives every cleaning repair (punctuation, spacing, note calls). */
export function hanText(text: string): string {
  return (text.match(/\p{Script=Han}/gu) ?? []).join("");
}

/** A link's target: `<…>`, or a URL, path or anchor whose brackets pair up (`…/将军_(象棋)`), or nothing (a URL already dropped). */
const LINK_TARGET = String.raw`(?:<[^>\n]*>|(?:[a-z][a-z0-9+.-]*:|www\.|[#/.])(?:[^()（）\s]|\([^()\s]*\))*)?(?:\s+"[^"\n]*")?`;
/** A Markdown image `![…](…)`: nothing of it is text. */
const IMAGE = new RegExp(String.raw`!\[[^\]\n]*\][(（]\s*${LINK_TARGET}\s*[)）]`, "gi");
/** A Markdown link `[text](target)`, its text one level of brackets deep (`[[1]](…)`), typed with full-width brackets too (`[text]（…）`). */
const LINK = new RegExp(String.raw`\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\][(（]\s*${LINK_TARGET}\s*[)）]`, "gi");
/**
 * A URL as printed (`https://…`, `www.…`, `<https://…>`): its ASCII characters, brackets paired, up to a Chinese
 * character or a space, without the sentence's half-width stop after it (`…/a.html.`).
 */
const BARE_URL = /<(?:[a-z][a-z0-9+.-]*:|www\.)[^>\s]*>|(?:\b(?:https?|ftp):\/\/|\bwww\.)(?:[!#-'*-;=?-~]|\([!-'*-~]*\))+(?<![.,;:!?'])/gi;
const EMPHASIS = /(\*\*|__)(?=\S)([^*_\n]*?\S)\1/g;
const INLINE_TAG = /<\/?(?:a|b|strong|em|i|u|span|font|sup|sub|br)\b[^>]*>/gi;
/** Brackets left with nothing to say once their URL went (`（）`, `（见）`, `（详见：）`). */
const EMPTY_BRACKETS = /[（(]\s*(?:(?:参|详)?见|网址|链接|来源|出处|原文)?\s*[：:，,]?\s*[)）]|【\s*】|\[\s*\]/g;

/**
 * A note's readable text: what a link says without its target, no image, no URL, no emphasis marks or inline tags,
 * spaced as passages are (normalizeSpacing). A note is shown as plain text (DocumentNotes), so whatever markup it still
 * holds would be read as words: a document not read as Markdown keeps its links as typed, and a stored note may predate
 * this repair.
 */
export function readableNoteText(text: string): string {
  const plain = text.replace(IMAGE, "").replace(LINK, "$1").replace(BARE_URL, "").replace(INLINE_TAG, "").replace(EMPHASIS, "$2").replace(EMPTY_BRACKETS, "");
  return normalizeSpacing.apply([plain]).lines[0] ?? "";
}

/** Stored notes read back: well-formed entries only, their text readable (readableNoteText), capped in number and length. */
function parseNotes(value: unknown): DocumentNote[] {
  if (!Array.isArray(value)) return [];
  const notes: DocumentNote[] = [];
  for (const entry of value) {
    if (notes.length === MAX_NOTES) break;
    if (typeof entry !== "object" || entry === null) continue;
    const { mark, text: stored, anchor } = entry as Record<string, unknown>;
    const text = typeof stored === "string" ? readableNoteText(stored) : "";
    if (typeof mark !== "string" || !mark.trim() || !text) continue;
    const note: DocumentNote = { mark: mark.trim().slice(0, MAX_MARK_LENGTH), text: text.slice(0, MAX_NOTE_LENGTH) };
    if (typeof anchor === "string" && hanText(anchor)) note.anchor = hanText(anchor).slice(-NOTE_ANCHOR_LENGTH);
    notes.push(note);
  }
  return notes;
}

/** Metadata read back from storage: only the known fields, only as short strings; anything else is dropped. */
export function parseDocumentMetadata(value: unknown): DocumentMetadata {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const record = value as Record<string, unknown>;
  const metadata: DocumentMetadata = {};
  for (const field of FIELDS) {
    const text = record[field];
    if (typeof text === "string" && text.trim()) metadata[field] = text.trim().slice(0, MAX_FIELD_LENGTH);
  }
  const notes = parseNotes(record.notes);
  if (notes.length > 0) metadata.notes = notes;
  return metadata;
}

/**
 * The notes a module's reading view shows, in the source's order: those whose anchor its text (titles and passages)
 * holds, and, in the document's last module, those without an anchor (placeNotes found no one module for them).
 */
export function notesForModule(notes: readonly DocumentNote[], moduleTexts: readonly string[], lastModule: boolean): DocumentNote[] {
  const text = hanText(moduleTexts.join(""));
  return notes.filter((note) => (note.anchor ? text.includes(note.anchor) : lastModule));
}

/**
 * Keeps a note's anchor only when exactly one of the document's modules holds it (a call whose words recur, or fell in
 * a passage the course holds once elsewhere, tells no module): the others are shown under the last module.
 */
export function placeNotes(notes: readonly DocumentNote[], moduleTexts: readonly string[]): DocumentNote[] {
  const texts = moduleTexts.map(hanText);
  return notes.map(({ anchor, ...note }) => (anchor && texts.filter((text) => text.includes(anchor)).length === 1 ? { ...note, anchor } : note));
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
