import { numberingStyle } from "../detect-heading";
import { CJK } from "../text/char-classes";
import type { CleaningRule } from "./cleaning-rule";

const PAGE_LINE = /^(?:[-—–·\s]*\d{1,4}[-—–·\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|Page\s*\d+(?:\s*of\s*\d+)?)$/i;
const TRAILING_NUMBER = new RegExp(`(?<=[${CJK}，、])\\s+\\d{1,3}$`);
/**
 * The textbook pages a study note's numbered question points to, after the question's end mark: "2、…的经验教训。86-89",
 * "1、…哪些思想成果？75-84**", "4、…主要内容。7,13,9-13". Never a count of the sentence (that stands before its mark).
 */
const HEADING_PAGE_REFERENCE = /(?<=[。？?])\s*\d{1,3}(?:\s*[-–—~～,，、]\s*\d{1,3})*\s*\**\s*$/;
/** A number before one of these continues the sentence ("2010 年 3 / 月"): not a page number. */
const UNIT_START = /^[年月日号个人次届条项万亿千百元岁倍%％多余名位家所种点时分秒]/;

/**
 * Page numbers: lines that are only a number ("12", "- 12 -", "第 3 页"), a number left at the end of a line where a page
 * broke a sentence, and the textbook pages a numbered question of study notes points to after its end mark.
 */
export const dropPageNumbers: CleaningRule = {
  name: "pageNumbers",
  apply(lines) {
    let count = 0;
    const result: string[] = [];
    lines.forEach((line, index) => {
      if (line.trim() && PAGE_LINE.test(line.trim())) {
        count++;
        return;
      }
      if (numberingStyle(line.trim()) && HEADING_PAGE_REFERENCE.test(line)) {
        count++;
        result.push(line.replace(HEADING_PAGE_REFERENCE, ""));
        return;
      }
      if (TRAILING_NUMBER.test(line)) {
        const next = lines.slice(index + 1).find((candidate) => candidate.trim()) ?? "";
        if (next && new RegExp(`^[${CJK}]`).test(next.trim()) && !UNIT_START.test(next.trim())) {
          count++;
          result.push(line.replace(TRAILING_NUMBER, ""));
          return;
        }
      }
      result.push(line);
    });
    return { lines: result, count };
  },
};
