import { CJK } from "../text/char-classes";
import type { CleaningRule } from "./cleaning-rule";

/** "[1]", "[3](422)", "[6](193−194)", "[2,5]", "^①", "^12", superscript digits, and ① glued after text. */
const MARKERS = new RegExp(
  [
    "[\\[［〔]\\s*\\d{1,3}(?:\\s*[,，\\-–—]\\s*\\d{1,3})*\\s*[\\]］〕](?:\\s*[(（]\\s*\\d{1,4}(?:\\s*[−\\-–—~～]\\s*\\d{1,4})?\\s*[)）])?",
    "\\^\\s*(?:[①-⑳]|\\d{1,3})",
    "[¹²³⁴⁵⁶⁷⁸⁹⁰]+",
    `(?<=[${CJK}”」』）)》。，；：])[①-⑳](?=[，。；：！？”、)）\\s]|$)`,
  ].join("|"),
  "g",
);

export const dropFootnoteMarkers: CleaningRule = {
  name: "footnoteMarkers",
  apply(lines) {
    let count = 0;
    const result = lines.map((line) => {
      const cleaned = line.replace(MARKERS, () => (count++, ""));
      return cleaned === line ? line : cleaned.trim();
    });
    return { lines: result, count };
  },
};
