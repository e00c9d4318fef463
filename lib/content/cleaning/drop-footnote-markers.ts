import { CJK } from "../text/char-classes";
import type { CleaningRule } from "./cleaning-rule";

/** "[1]", "[3](422)", "[6](193−194)", "[2,5]", "^①", "^12", superscript digits, ① glued after text, ⑴ glued after a word. */
const MARKERS = new RegExp(
  [
    "[\\[［〔]\\s*\\d{1,3}(?:\\s*[,，\\-–—]\\s*\\d{1,3})*\\s*[\\]］〕](?:\\s*[(（]\\s*\\d{1,4}(?:\\s*[−\\-–—~～]\\s*\\d{1,4})?\\s*[)）])?",
    "\\^\\s*(?:[①-⑳]|\\d{1,3})",
    "[¹²³⁴⁵⁶⁷⁸⁹⁰]+",
    `(?<=[${CJK}”」』）)》。，；：])[①-⑳](?=[，。；：！？”、)）\\s]|$)`,
  ].join("|"),
  "g",
);

/**
 * A parenthesized figure (U+2474–U+2487) glued to a word or a closing mark calls a note, as an edition of the Selected
 * Works marks them (`五四运动⑴的`, `很对的⑵。`); after `：；，。`, a space or at a line start it numbers an item and stays.
 */
const PARENTHESIZED_CALL = new RegExp(`(?<=[${CJK}”」』）)》])[⑴-⒇]`, "g");

/** A line that numbers items with parenthesized figures (`分三步：⑴调查；⑵分析`, `包括⑴经济利益和⑵政治利益`): ⑴ and ⑵, one after a clause sign or a joining word. */
function enumeratesWithParenthesizedFigures(line: string): boolean {
  return line.includes("⑴") && line.includes("⑵") && /(?:^|[\s：:；;，,、和及与或])[⑴-⒇]/.test(line);
}

/** The line without its parenthesized note calls (`五四运动⑴的` → `五四运动的`), unless it numbers items with them. */
export function withoutParenthesizedCalls(line: string): string {
  return enumeratesWithParenthesizedFigures(line) ? line : line.replace(PARENTHESIZED_CALL, "");
}

export const dropFootnoteMarkers: CleaningRule = {
  name: "footnoteMarkers",
  apply(lines) {
    let count = 0;
    const result = lines.map((line) => {
      let cleaned = line.replace(MARKERS, () => (count++, ""));
      if (!enumeratesWithParenthesizedFigures(cleaned)) cleaned = cleaned.replace(PARENTHESIZED_CALL, () => (count++, ""));
      return cleaned === line ? line : cleaned.trim();
    });
    return { lines: result, count };
  },
};
