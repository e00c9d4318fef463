import { checkZipArchive, OFFICE_ZIP_LIMITS } from "../../zip/check-zip-archive";
import { archiveTooLargeError, binaryFileError, ContentError, emptyFileError, fileTooLargeError, noTextError, pdfWithoutTextError, unreadableDocumentError, unsupportedTypeError } from "../errors";
import { countCjk } from "../text/char-classes";
import { decodeText, hasUtf16Bom, looksBinary, type TextEncoding } from "./decode-text";
import { detectFileKind, type FileKind } from "./detect-file-kind";
import { extractDocxText } from "./extract-docx-text";
import { extractPdfText } from "./extract-pdf-text";
import { detectMarkup, type TextMarkup } from "./detect-markup";
import { htmlToText } from "./html-to-text";
import { readMarkdown } from "./markdown-to-text";

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Fewer Chinese characters than this is not a document worth building a course from. */
const MIN_CJK_CHARS = 10;

export interface IngestOptions {
  maxBytes?: number;
}

export interface IngestedDocument {
  kind: Exclude<FileKind, "unsupported">;
  /** What the text was written in, read from its content: a .txt may hold Markdown or HTML. */
  markup: TextMarkup;
  text: string;
  /** How a text file was encoded; null for .docx and PDF. */
  encoding: TextEncoding | null;
  /** The text as decoded or extracted, before Markdown is turned into text: what the author wrote. */
  sourceText: string;
  /** Lines of `text` its author marked as headings (Markdown `#`, Setext, an `<h1>`–`<h6>` line, a bold line of its own); empty when the format marks none. */
  headings: string[];
}

type ReadText = Omit<IngestedDocument, "kind">;

async function readKind(fileName: string, kind: FileKind, bytes: Uint8Array): Promise<ReadText> {
  switch (kind) {
    case "pdf": {
      const text = await extractPdfText(bytes);
      return { text, markup: "plain", encoding: null, sourceText: text, headings: [] };
    }
    case "docx": {
      // mammoth inflates the whole archive before reading a word: check it first.
      const zip = checkZipArchive(bytes, OFFICE_ZIP_LIMITS);
      if (!zip.ok) throw zip.reason === "UNREADABLE" ? unreadableDocumentError(fileName, zip.detail) : archiveTooLargeError(fileName, zip.detail);
      const text = await extractDocxText(bytes);
      return { text, markup: "html", encoding: null, sourceText: text, headings: [] };
    }
    case "markdown":
    case "text": {
      if (!hasUtf16Bom(bytes) && looksBinary(bytes)) throw binaryFileError(fileName);
      const { text, encoding } = decodeText(bytes);
      // By content, not by extension: a .txt copy of a Markdown file, or a web page pasted into one.
      const detected = detectMarkup(text);
      const markup = kind === "markdown" && detected === "plain" ? "markdown" : detected;
      if (markup === "html") return { text: htmlToText(text), markup, encoding, sourceText: text, headings: [] };
      if (markup === "markdown") return { ...readMarkdown(text), markup, encoding, sourceText: text };
      return { text, markup, encoding, sourceText: text, headings: [] };
    }
    default:
      throw unsupportedTypeError(fileName, kind);
  }
}

/** Bytes of an uploaded file to plain text, or a ContentError saying (in Chinese) why not. */
export async function ingestDocument(fileName: string, bytes: Uint8Array, options: IngestOptions = {}): Promise<IngestedDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw emptyFileError(fileName);
  if (bytes.length > maxBytes) throw fileTooLargeError(fileName, bytes.length, maxBytes);
  const kind = detectFileKind(fileName, bytes);
  if (kind === "unsupported") throw unsupportedTypeError(fileName, fileName.split(".").pop() ?? "unknown");
  let read: ReadText;
  try {
    read = await readKind(fileName, kind, bytes);
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw unreadableDocumentError(fileName, error);
  }
  const { text } = read;
  if (countCjk(text) < MIN_CJK_CHARS) {
    if (kind === "pdf") throw pdfWithoutTextError(fileName);
    if (!text.trim()) throw emptyFileError(fileName);
    throw noTextError(fileName);
  }
  return { kind, ...read };
}
