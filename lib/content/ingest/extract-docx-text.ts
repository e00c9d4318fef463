import mammoth from "mammoth";
import { htmlToText } from "./html-to-text";

export interface DocxTextOptions {
  /**
   * Write Word's automatic list numbers into the text (`1. ` for the outer level, `A. ` for the
   * next): a question bank numbered by Word itself would otherwise lose its question numbers and
   * option letters, which mammoth renders as bare list items.
   */
  numberLists?: boolean;
}

/**
 * The text of a Word .docx file, one paragraph per line. Read through mammoth's HTML rather than
 * its raw text: headings keep their own lines and tables become readable rows (the raw text
 * runs a table's cells together). Images are not converted (they would be inlined as base64).
 */
export async function extractDocxText(bytes: Uint8Array, options: DocxTextOptions = {}): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result = await mammoth.convertToHtml({ buffer }, { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })) });
  const html = options.numberLists ? numberListItems(result.value) : result.value;
  return htmlToText(html).replace(/\n{2,}/g, "\n");
}

/** Each `<li>` of an ordered list prefixed with its number (outer level) or letter (nested levels). */
export function numberListItems(html: string): string {
  const lists: Array<{ ordered: boolean; count: number }> = [];
  return html.replace(/<(\/?)(ol|ul|li)\b[^>]*>/gi, (tag, closing: string, name: string) => {
    const kind = name.toLowerCase();
    if (kind !== "li") {
      if (closing) {
        lists.pop();
        return tag;
      }
      // A nested list starts on a line of its own, not after its parent item's text.
      const nested = lists.length > 0;
      lists.push({ ordered: kind === "ol", count: 0 });
      return nested ? `<br>${tag}` : tag;
    }
    const list = lists.at(-1);
    if (closing || !list?.ordered) return tag;
    list.count += 1;
    const nested = lists.filter((candidate) => candidate.ordered).length > 1;
    const label = nested ? String.fromCharCode(64 + Math.min(list.count, 26)) : String(list.count);
    return `${tag}${label}. `;
  });
}
