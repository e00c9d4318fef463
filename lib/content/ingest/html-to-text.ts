import { tableRowsToText } from "./markdown-to-text";

const BLOCK_END = /<\/(?:p|div|li|h[1-6]|blockquote|section|article|header|footer|dd|dt|pre)\s*>|<br\s*\/?>/gi;
const HEADING = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi;
const TABLE = /<table\b[^>]*>([\s\S]*?)<\/table\s*>/gi;
const ROW = /<tr\b[^>]*>([\s\S]*?)<\/tr\s*>/gi;
const CELL = /<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]\s*>/gi;

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, "").replace(/[ \t]+/g, " ").trim();
}

/**
 * HTML (a .docx converted by mammoth, or a web page pasted into a .txt file) reduced to text:
 * one block per line, headings between blank lines, tables as readable rows, scripts, styles and
 * images dropped. Entities are left to the cleaning rules (encodingDebris).
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|head|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<img\b[^>]*>/gi, "")
    .replace(TABLE, (_table, body: string) => {
      const rows = [...body.matchAll(ROW)].map((row) => [...row[1]!.matchAll(CELL)].map((cell) => stripTags(cell[1]!.replace(BLOCK_END, " "))));
      return `\n\n${tableRowsToText(rows).join("\n")}\n\n`;
    })
    .replace(HEADING, (_heading, _level: string, inner: string) => `\n\n${stripTags(inner)}\n\n`)
    .replace(BLOCK_END, "\n")
    .replace(/<[^>]*>/g, "")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
