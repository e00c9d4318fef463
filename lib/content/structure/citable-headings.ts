import { COMMON_SURNAME } from "../text/surnames";
import { MERGED_TITLE } from "./size-modules";

/**
 * A news lead standing as a heading: who spoke and when (5日上午), or ending on the verb that introduces the speech
 * (某某在…时强调): a sentence of the report cut at its line end, not a section a reader looks the text up under (issue 16).
 * A headline that reports what someone stressed (某某多次强调要…) is a title and stays, and so does a heading with a
 * time in brackets, a note on when its part takes place (活动时间表（11月28日下午）): tested with bracketed notes removed.
 */
const NEWS_LEAD = /\d{1,2}日(?:上午|下午|晚上?|早上?)|[在时][^，。]{0,30}(?:强调|指出|表示)$/;
/** A note in brackets inside a heading: （…） or (…), not nested. */
const BRACKETED_NOTE = /（[^（）]*）|\([^()]*\)/g;

/** A document number line (第31号, 〔2016〕12号): the number of an order or a file, no section. */
const DOCUMENT_NUMBER = /^(?:[^，。]{0,12}令)?第\d+号$|[〔［\[]\d{4}[〕］\]]\s*\d+\s*号$/;

/**
 * A reporter's or author's name standing alone as a heading (金正波 under an article's title in a newspaper page): a
 * byline, not a section a reader looks the text up under ("见“金正波”" tells nothing). A section named for a person
 * (黄继光) loses only its citation: the 解析 cites the document. Three characters, a surname first and no word's ending
 * last (高质量, 方法论, 白皮书 stay): two-character words too often open with a surname's character (方法, 文化).
 */
const BARE_NAME = new RegExp(`^${COMMON_SURNAME}[\\u4e00-\\u9fa5](?![化性观法业制度论学策书篇部局会院所类型式量率])[\\u4e00-\\u9fa5]$`, "u");

/** Brackets closed that were never opened (版）, the tail of a wrapped byline) or opened and never closed: a fragment of a line. */
function unbalancedBrackets(title: string): boolean {
  let depth = 0;
  for (const char of title) {
    if (char === "（" || char === "(") depth++;
    else if (char === "）" || char === ")") {
      if (depth === 0) return true;
      depth--;
    }
  }
  return depth !== 0;
}

/**
 * True when a heading is no section to cite as a 出处: the fragment of a wrapped line (版）, no word at all: #01, [[]]),
 * a news lead, or a document number (第31号). A 解析 then cites the document alone: never debris, nor the heading above
 * a fragment, which is as often an issuer's line (QUESTIONS.md E, issue 16). The structure keeps such a line a heading
 * (its text stays where it was) and marks it `uncitable` (assign-ids.ts).
 */
export function isUncitableHeading(title: string): boolean {
  const words = title.replace(/[^\u4e00-\u9fa5A-Za-z]/g, "");
  return unbalancedBrackets(title) || words.length === 0 || NEWS_LEAD.test(title.replace(BRACKETED_NOTE, "")) || DOCUMENT_NUMBER.test(title.trim()) || BARE_NAME.test(title.trim());
}

/**
 * A module's title names no place to cite: debris (isUncitableHeading), or the title sizeModules gives merged units
 * (总则等3章), which names them for the reading list while each unit keeps its own heading, cited instead.
 */
export function isUncitableModuleTitle(title: string): boolean {
  return MERGED_TITLE.test(title) || isUncitableHeading(title);
}
