import { isChoice, type QualityRule } from "./rule";

const MAX_RATIO = 2.5;
const MIN_GAP = 3;

/** Options of very different lengths: the odd one out gives itself away. */
export const unevenOptions: QualityRule = {
  code: "UNEVEN_OPTIONS",
  description: "option lengths are not comparable",
  rejects({ question }) {
    if (!isChoice(question) || question.options.length === 0) return false;
    const lengths = question.options.map((option) => option.text.length);
    const longest = Math.max(...lengths);
    const shortest = Math.min(...lengths);
    return longest > shortest * MAX_RATIO && longest - shortest >= MIN_GAP;
  },
};
