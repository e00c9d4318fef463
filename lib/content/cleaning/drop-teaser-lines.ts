import type { CleaningRule } from "./cleaning-rule";

const TRAILING_ELLIPSIS = /(?:\.{3,}|…+|。{3,}|\.\s?\.\s?\.)\s*$/;
const LOOKAHEAD_LINES = 30;
const MIN_TEASER_LENGTH = 20;

function compact(text: string): string {
  return text.replace(/\s+/g, "");
}

/**
 * Scraped listing pages print a teaser (title plus the first sentences, cut with "...") right
 * before the full text. A line ending in an ellipsis whose text reappears in the lines after it is dropped.
 */
export const dropTeaserLines: CleaningRule = {
  name: "teaserLines",
  apply(lines) {
    let count = 0;
    const result = lines.filter((line, index) => {
      if (!TRAILING_ELLIPSIS.test(line)) return true;
      const teaser = compact(line.replace(TRAILING_ELLIPSIS, ""));
      if (teaser.length < MIN_TEASER_LENGTH) return true;
      const following = compact(lines.slice(index + 1, index + 1 + LOOKAHEAD_LINES).join(""));
      if (!following.includes(teaser)) return true;
      count++;
      return false;
    });
    return { lines: result, count };
  },
};
