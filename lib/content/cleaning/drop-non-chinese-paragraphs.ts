import { countCjk } from "../text/char-classes";
import type { CleaningRule } from "./cleaning-rule";

const MIN_LETTERS = 20;
/** Letters a line without any Chinese needs, in a Chinese document, to be another language's heading (General Program, Chapter I. Membership). */
const MIN_HEADING_LETTERS = 6;

/**
 * Paragraphs in another language (an English abstract, key words, romanised titles): mostly Latin
 * letters, hardly any Chinese. In a document that is mostly Chinese, a shorter line with no Chinese
 * at all is one too: the translated heading of a bilingual edition, which would otherwise become a
 * section title under the Chinese one.
 */
export const dropNonChineseParagraphs: CleaningRule = {
  name: "nonChineseParagraphs",
  apply(lines) {
    const latin = (line: string) => line.match(/[A-Za-z]/g)?.length ?? 0;
    // Chinese enough to be read as a Chinese document: by the same measure a paragraph is, 1 character in 10 (a bilingual edition has more letters than characters).
    const chineseDocument = lines.reduce((sum, line) => sum + countCjk(line), 0) * 10 > lines.reduce((sum, line) => sum + latin(line), 0);
    let count = 0;
    const result = lines.filter((line) => {
      const letters = latin(line);
      const cjk = countCjk(line);
      const foreign = letters >= MIN_LETTERS ? cjk * 10 <= letters : chineseDocument && cjk === 0 && letters >= MIN_HEADING_LETTERS;
      if (!foreign) return true;
      count++;
      return false;
    });
    return { lines: result, count };
  },
};
