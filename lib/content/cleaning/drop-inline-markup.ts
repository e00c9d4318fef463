import type { CleaningRule } from "./cleaning-rule";

const ATX_MARKS = /^\s{0,3}#{1,6}\s+(?=\S)/;
const RULE_LINE = /^\s*(?:[-*_]\s*){3,}$/;
const STRONG = /(\*\*|__)(?=\S)([^*_\n]*?\S)\1/g;
/** "_来源：…_": an underscore pair around text with Chinese in it, opening at a line start or after a space. */
const EMPHASIS = /(^|[\s\u3000])_(?=\S)([^_\n]*[\u4e00-\u9fff][^_\n]*?)_(?=$|[\s\u3000])/g;

/**
 * Markdown signs left in text that was not read as Markdown: a .docx or PDF made from a Markdown
 * file keeps its `###`, `**加粗**`, `_来源：…_` and `---` rules (a plain party document never
 * uses them). Running before the metadata rule lets an emphasised byline be recognised as one.
 */
export const dropInlineMarkup: CleaningRule = {
  name: "inlineMarkup",
  apply(lines) {
    let count = 0;
    const result: string[] = [];
    for (const line of lines) {
      if (RULE_LINE.test(line) && line.trim()) {
        count++;
        continue;
      }
      let cleaned = line.replace(ATX_MARKS, "");
      cleaned = cleaned.replace(STRONG, "$2").replace(EMPHASIS, "$1$2");
      if (cleaned !== line) count++;
      result.push(cleaned);
    }
    return { lines: result, count };
  },
};
