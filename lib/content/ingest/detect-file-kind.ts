export type FileKind = "text" | "markdown" | "docx" | "pdf" | "unsupported";

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function extension(fileName: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(fileName);
  return match ? match[1]!.toLowerCase() : "";
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const TEXT_EXTENSIONS = new Set(["txt", "text", ""]);
const MARKDOWN_EXTENSIONS = new Set(["md", "markdown"]);

/** Decides how to read a file from its first bytes and its name: TXT, Markdown, .docx and PDF only. */
export function detectFileKind(fileName: string, bytes: Uint8Array): FileKind {
  const ext = extension(fileName);
  if (startsWith(bytes, PDF)) return "pdf";
  if (startsWith(bytes, ZIP)) return ext === "docx" || ext === "" ? "docx" : "unsupported";
  if (startsWith(bytes, OLE)) return "unsupported";
  if (MARKDOWN_EXTENSIONS.has(ext)) return "markdown";
  if (TEXT_EXTENSIONS.has(ext)) return "text";
  // A .pdf or .docx without its signature is damaged; any other named format (.xlsx, .doc,
  // .html, .jpg …) is not a course document, whatever its bytes look like.
  return "unsupported";
}
