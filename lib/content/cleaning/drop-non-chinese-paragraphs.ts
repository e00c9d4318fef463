import { countCjk } from "../text/char-classes";
import type { CleaningRule } from "./cleaning-rule";

const MIN_LETTERS = 20;

/** Paragraphs in another language (an English abstract, key words, romanised titles): mostly Latin letters, hardly any Chinese. */
export const dropNonChineseParagraphs: CleaningRule = {
  name: "nonChineseParagraphs",
  apply(lines) {
    let count = 0;
    const result = lines.filter((line) => {
      const letters = line.match(/[A-Za-z]/g)?.length ?? 0;
      if (letters < MIN_LETTERS || countCjk(line) * 10 > letters) return true;
      count++;
      return false;
    });
    return { lines: result, count };
  },
};
