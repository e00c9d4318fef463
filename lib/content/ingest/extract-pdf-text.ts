import { extractText, getDocumentProxy } from "unpdf";
import { normalizeRadicals } from "../text/radicals";

/**
 * The text layer of a PDF, one printed line per line, pages separated by a blank line, with
 * radical code points (`⽂` for 文, which Chromium-printed PDFs use) read as the characters they draw.
 * unpdf declares Node >= 22 but its bundled PDF.js build runs on Node 20.19+ (checked by the tests).
 */
export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    return normalizeRadicals(text.join("\n\n"));
  } finally {
    await pdf.cleanup();
  }
}
