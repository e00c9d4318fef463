import { CJK } from "../text/char-classes";
import type { CleaningRule } from "./cleaning-rule";

const WIDE = `${CJK}，。、；：！？“”‘’（）《》〈〉【】…—·`;
/** Chinese is written without spaces; PDF extraction leaves them around numbers and at line ends. */
const SPACE_IN_CHINESE = new RegExp(`(?<=[${WIDE}])\\s+(?=[${WIDE}\\dA-Za-z])|(?<=[\\dA-Za-z%])\\s+(?=[${WIDE}])`, "g");

export const normalizeSpacing: CleaningRule = {
  name: "spacing",
  apply(lines) {
    let count = 0;
    const result = lines.map((line) => line.replace(SPACE_IN_CHINESE, () => (count++, "")).replace(/\s{2,}/g, " ").trim());
    return { lines: result.filter(Boolean), count };
  },
};
