import type { CleaningRule } from "./cleaning-rule";

const INVISIBLE = /[\u200b-\u200f\u2028\u2029\u2060\ufeff\u00ad]/g;
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/** Unifies line breaks and spaces: full-width, no-break and zero-width spaces, control characters, trailing blanks. */
export const normalizeWhitespace: CleaningRule = {
  name: "whitespace",
  apply(lines) {
    let count = 0;
    const result = lines.map((line) => {
      const cleaned = line
        .replace(INVISIBLE, () => (count++, ""))
        .replace(CONTROL, () => (count++, ""))
        .replace(ODD_SPACES, () => " ")
        .trim();
      return cleaned;
    });
    return { lines: result, count };
  },
};
