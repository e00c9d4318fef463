import type { CleaningRule } from "./cleaning-rule";

/** Two or more full-width spaces inside a line: the first-line indent of a paragraph that lost its line break. */
const INNER_INDENT = /(?<=\S)[ \t]*\u3000{2,}[ \t\u3000]*(?=\S)/g;
/** What ends a paragraph: a sentence end, a closing quote or bracket after one, a lead's colon. */
const PARAGRAPH_END = /[。！？!?；;：:…”’」』）)]$/;
/** Fewer inner indents than this on a line are spacing (a spaced title, `第一章　总　　则`), not paragraphs. */
const MIN_INDENTS = 2;

/**
 * Splits paragraphs run together on one line, each still opening with its two-character
 * full-width indent (`　　`): a page scraped without its `<p>` breaks, saved as one long line (a
 * crawler's text file of speeches or news reports). A line is split at every inner indent when it
 * holds two or more and at least half of them follow the end of a sentence, so a title spaced out
 * with full-width spaces or a table row is left alone.
 */
export const splitIndentedParagraphs: CleaningRule = {
  name: "indentedParagraphs",
  apply(lines) {
    let count = 0;
    const result = lines.flatMap((line) => {
      const indents = [...line.matchAll(INNER_INDENT)];
      if (indents.length < MIN_INDENTS) return [line];
      const afterSentence = indents.filter((match) => PARAGRAPH_END.test(line.slice(0, match.index))).length;
      if (afterSentence * 2 < indents.length) return [line];
      count += indents.length;
      return line.split(INNER_INDENT).map((paragraph) => `\u3000\u3000${paragraph.trim()}`);
    });
    return { lines: result, count };
  },
};
