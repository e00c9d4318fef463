/** What the Moodle writers (GIFT, Moodle XML) share, and the XML pieces the types' mappings build with. */

/**
 * Moodle accepts only these grade percentages; a 多选题's right answers share 100 % among them
 * (2 → 50, 3 → 33.33333, … 6 → 16.66667).
 */
export const MOODLE_SHARES: Record<number, string> = { 1: "100", 2: "50", 3: "33.33333", 4: "25", 5: "20", 6: "16.66667" };

export function xml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Text shown as HTML in Moodle: escaped, line breaks kept. */
function html(text: string): string {
  return xml(xml(text).replace(/\r?\n/g, "<br>"));
}

export const moodleTextElement = (tag: string, text: string, format = "html") =>
  `    <${tag} format="${format}">\n      <text>${format === "html" ? html(text) : xml(text)}</text>\n    </${tag}>`;

export function moodleAnswer(fraction: string, text: string, format = "html"): string {
  return `    <answer fraction="${fraction}" format="${format}">\n      <text>${format === "html" ? html(text) : xml(text)}</text>\n      <feedback format="html"><text></text></feedback>\n    </answer>`;
}
