import { CJK } from "../text/char-classes";
import type { CleaningRule } from "./cleaning-rule";
import { closeListItems } from "./close-list-items";
import { isMarkedHeading } from "../text/marked-headings";

const HALF_TO_FULL: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）" };
const NEAR_CJK = new RegExp(`(?<=[${CJK}])\\s*([,;:?!])|([,;:?!])(?=\\s*[${CJK}])`, "g");
const PAREN_WITH_CJK = new RegExp(`\\(([^()]*[${CJK}][^()]*)\\)`, "g");
const PERIOD_AFTER_CJK = new RegExp(`(?<=[${CJK}”）》」』])[.．｡](?![.．\\d])`, "g");
const OUTLINE_NUMBER = /^\s*[〇一二三四五六七八九十百]{1,3}$/;
const ELLIPSIS = new RegExp(`(?<=[${CJK}，、”])(?:\\.{3,}|。{3,}|…(?!…)|…{3,})`, "g");
const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;
const SMALL_FORMS: Record<string, string> = { "､": "、", "｢": "“", "｣": "”" };

/**
 * Full-width Chinese punctuation in Chinese text: ",;:?!()" next to Chinese, "." ending a Chinese sentence, "..." as "……";
 * and the stops a list's items left out, one item to a line (closeListItems).
 */
export const normalizePunctuation: CleaningRule = {
  name: "punctuation",
  apply(lines, context) {
    let count = 0;
    const bump = (replacement: string) => (count++, replacement);
    const result = lines.map((line) =>
      line
        .replace(FULL_WIDTH_ALNUM, (char) => bump(String.fromCharCode(char.charCodeAt(0) - 0xfee0)))
        .replace(/[､｢｣]/g, (char) => bump(SMALL_FORMS[char]!))
        .replace(ELLIPSIS, () => bump("……"))
        // "一．设计题目" is an outline number, not a sentence ending after "一".
        .replace(PERIOD_AFTER_CJK, (period: string, offset: number, whole: string) => (OUTLINE_NUMBER.test(whole.slice(0, offset)) ? period : bump("。")))
        .replace(PAREN_WITH_CJK, (_match, inner: string) => bump(`（${inner}）`))
        .replace(NEAR_CJK, (_match, before: string | undefined, after: string | undefined) => bump(HALF_TO_FULL[(before ?? after)!]!)),
    );
    const closed = closeListItems(result, (line) => isMarkedHeading(line, context?.markedHeadings));
    return { lines: closed.lines, count: count + closed.count };
  },
};
