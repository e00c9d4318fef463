import { tableRowsToText } from "./markdown-to-text";

const BLOCK_END = /<\/(?:p|div|li|h[1-6]|blockquote|section|article|header|footer|dd|dt|pre)\s*>|<br\s*\/?>/gi;
const HEADING = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi;
const TABLE = /<table\b[^>]*>([\s\S]*?)<\/table\s*>/gi;
const ROW = /<tr\b[^>]*>([\s\S]*?)<\/tr\s*>/gi;
const CELL = /<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]\s*>/gi;

/**
 * A picture and the text right after it, with only tags between (`<img …/></p><p style="text-align: center">陈独秀</p>`).
 * The text is its caption when short and without a sentence end, and not set as a heading (`<strong>`, `<b>`, `<h1>`–`<h6>`).
 */
const PICTURE_THEN_TEXT = /<img\b[^>]*>((?:\s*<(?!\/?(?:strong|b|h[1-6])\b)[^>]*>)*\s*)([^<]+)(?=<)/gi;
const CAPTION_WIDTH = 30;
const SENTENCE_END = /[。！？!?；;][”’」』）)]*$/;

/** The picture's match without its caption (the picture itself goes with the other images). */
function withoutCaption(whole: string, tags: string, text: string): string {
  const caption = text.replace(/\s+/g, " ").trim();
  return caption.length > 0 && caption.length <= CAPTION_WIDTH && !SENTENCE_END.test(caption) ? tags : whole;
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, "").replace(/[ \t]+/g, " ").trim();
}

/**
 * HTML (a .docx converted by mammoth, or a web page pasted into a .txt file) reduced to text:
 * one block per line, headings between blank lines, tables as readable rows, scripts, styles,
 * images and their short captions dropped. Entities are left to the cleaning rules (encodingDebris).
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|head|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, "")
    // A news page's photo and the line under it (`陈独秀`, `北京大学的几位教师`) go together: the caption is not a heading of the text.
    .replace(PICTURE_THEN_TEXT, withoutCaption)
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
