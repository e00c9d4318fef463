import mammoth from "mammoth";
import { htmlToText } from "./html-to-text";

/**
 * The text of a Word .docx file, one paragraph per line. Read through mammoth's HTML rather than
 * its raw text: headings keep their own lines and tables become readable rows (the raw text
 * runs a table's cells together). Images are not converted (they would be inlined as base64).
 */
export async function extractDocxText(bytes: Uint8Array): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result = await mammoth.convertToHtml({ buffer }, { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })) });
  return htmlToText(result.value).replace(/\n{2,}/g, "\n");
}
