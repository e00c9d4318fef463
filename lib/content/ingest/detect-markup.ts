/** What a text file really holds, whatever its extension: plain text, Markdown or HTML. */
export type TextMarkup = "plain" | "markdown" | "html";

const SAMPLE_LINES = 400;
const HTML_TAG = /<\/?(?:p|br|div|span|h[1-6]|li|ul|ol|table|tr|td|th|strong|b|em|a|font|section|article)\b[^>]*>/gi;

/**
 * Markdown is recognised by its signs: ATX headings, Setext underlines, bold runs, links, list
 * bullets, code fences, table rows. One sign may be an accident of plain text; two kinds, or a
 * heading and one more sign, are Markdown.
 */
export function detectMarkup(text: string): TextMarkup {
  const sample = text.split("\n", SAMPLE_LINES);
  const joined = sample.join("\n");
  if (/<(?:html|body)\b/i.test(joined)) return "html";
  // Markdown headings win over tags: Markdown may hold HTML blocks (a study note's <div> cards).
  const firstLine = sample.find((line) => line.trim()) ?? "";
  const markdownHeadings = sample.some((line) => /^\s{0,3}#{2,6}\s+\S/.test(line)) || /^#\s+\S/.test(firstLine);
  // A YAML block at the top is Markdown's front matter (an Obsidian note coloured with `<font>` tags is still Markdown).
  const frontMatter = firstLine.trim() === "---" && sample.slice(1, 40).some((line) => /^[\w-]+\s*:\s/.test(line));
  if (!markdownHeadings && !frontMatter && (joined.match(HTML_TAG)?.length ?? 0) >= 5) return "html";
  const kinds = {
    heading: sample.filter((line) => /^\s{0,3}#{1,6}\s+\S/.test(line)).length,
    setext: sample.filter((line, index) => index > 0 && /^\s{0,3}(?:={3,}|-{3,})\s*$/.test(line) && /\S/.test(sample[index - 1]!)).length,
    bold: joined.match(/\*\*[^*\n]+\*\*|__[^_\n]+__/g)?.length ?? 0,
    // "[3](422)" is a footnote marker with its page, not a link: a link's target is not a number.
    link: joined.match(/\[[^\]\n]+\]\((?![\d\s,\-–—−~～]+\))[^)\n]+\)/g)?.length ?? 0,
    bullet: sample.filter((line) => /^\s*[-*+]\s+\S/.test(line)).length,
    fence: sample.filter((line) => /^\s*```/.test(line)).length,
    table: sample.filter((line) => /^\s*\|.*\|\s*$/.test(line)).length,
  };
  // "## 标题" (two or more #) or a "# 标题" opening the file, a YAML block at the top: no plain text starts so.
  if (markdownHeadings) return "markdown";
  if (frontMatter) return "markdown";
  // Unambiguous on their own: a link with its target, two bold lines ("**一、…**"), a table, a fence pair.
  const boldLines = sample.filter((line) => /^\s*(\*\*|__)[^*_]+\1\s*$/.test(line)).length;
  if (kinds.link > 0 || boldLines >= 2 || kinds.table >= 2 || kinds.fence >= 2) return "markdown";
  const present = Object.values(kinds).filter((count) => count > 0).length;
  const total = Object.values(kinds).reduce((sum, count) => sum + count, 0);
  if (kinds.heading > 0 && total >= 2) return "markdown";
  if (present >= 2 && total >= 3) return "markdown";
  return "plain";
}
