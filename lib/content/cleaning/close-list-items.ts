import { numberingStyle, type HeadingStyle } from "../detect-heading";
import { chineseNumeralValue } from "../text/chinese-numerals";

/** The numberings of a list's items, whose siblings count up one by one. */
const ITEM_STYLES = new Set<HeadingStyle>(["cn-paren", "arabic", "arabic-paren", "circled"]);
const CIRCLED_ONE = "①".codePointAt(0)!;
/** An item's own number: `①` 1, `（3）` 3, `12、` 12, `（二）` 2. */
const NUMBER = /^\s*[（(〔【]?\s*(\d{1,2}|[一二三四五六七八九十]{1,3}|[①-⑳])/u;
/** An item that ends its statement: a stop, a clause mark, a lead's colon, a dash or an ellipsis, before closing quotes or brackets. */
const ENDED = /[。！？!?；;：:，,、…—][”’」』"'）)】]*(?:[（(][^（()）]{1,40}[）)])?$/;
/** An item whose quotation or bracket is still open goes on in a line the layout broke off: it is no whole statement. */
function isOpen(text: string): boolean {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  return count(/“/g) > count(/”/g) || count(/[（(]/g) > count(/[）)]/g) || count(/《/g) > count(/》/g);
}
/** A short title with no punctuation at all (`1.递交入党申请`): a list of such titles is a table of steps, not of statements. */
const TITLE_ITEM = /^[^，,。；;：:、！？!?]{1,8}$/u;
const MIN_RUN = 2;

interface Item {
  index: number;
  style: HeadingStyle;
  number: number;
  text: string;
}

function readItem(line: string, index: number): Item | null {
  const style = numberingStyle(line);
  if (!style || !ITEM_STYLES.has(style)) return null;
  const mark = NUMBER.exec(line);
  if (!mark) return null;
  const raw = mark[1]!;
  const number = /\d/.test(raw) ? Number(raw) : /[①-⑳]/u.test(raw) ? raw.codePointAt(0)! - CIRCLED_ONE + 1 : chineseNumeralValue(raw);
  return { index, style, number, text: line.trim().slice(mark[0].length).replace(/^[）)〕】、．.\s]+/, "") };
}

/** An ordinal point's opener (`第二，`) right after the last word of the point before it, with no mark between. */
const GLUED_ORDINAL = /(?<=[\p{Script=Han}”’」』）)])(?=第[二三四五六七八九十][，,、])/gu;

/** A lead's last word, with no mark after it, right before its points' 第一，. */
const GLUED_LEAD = /[\p{Script=Han}”’」』）)]$/u;

/**
 * Points counted 第一，第二，… written one after another on a line without a stop between them (an exam sheet's
 * `第一，中国的现代化是人口规模巨大的现代化第二，中国的现代化是…`): each point ends with "；" where the next one opens.
 * Only on a line that opens its count with 第一，, so a 第二 inside a sentence (`第二，` after `他说`) is left alone.
 */
export function closeOrdinalPoints(line: string): string {
  const first = line.search(/第一[，,、]/);
  if (first < 0) return line;
  const points = line.slice(first).replace(GLUED_ORDINAL, "；");
  if (points === line.slice(first)) return line;
  // The count glued to the lead before it (`抓住…的利益问题第一，建设…第二，…`): the lead introduces the points, "：".
  const lead = line.slice(0, first);
  return `${GLUED_LEAD.test(lead) ? `${lead}：` : lead}${points}`;
}

/**
 * A list's items, one to a line, that leave out their stops (exam answers' points `①巩固和发展了我国的社会主义制度` /
 * `②为开创…提供了宝贵经验` / `③丰富了…的理论和实践`, a guide's fields `2、推优时间：每年4月、11月`): each item is a
 * statement of its own, closed as a Markdown list's items are (markdownToText): "；" after each but the last, "。" after
 * the last. Items are lines numbered in one style that count up one by one with no line between them; a run of short
 * titles without any punctuation (a guide's table of steps) is left as it is.
 */
export function closeListItems(lines: readonly string[], isHeading: (line: string) => boolean = () => false): { lines: string[]; count: number } {
  let count = 0;
  const result = lines.map((line) => {
    const closed = closeOrdinalPoints(line);
    if (closed !== line) count++;
    return closed;
  });
  // A heading its author marked (Markdown `### 4. …`) is no item, whatever its number.
  const items = result.map((line, index) => (isHeading(line) ? null : readItem(line, index)));
  let start = 0;
  while (start < lines.length) {
    const first = items[start];
    if (!first) {
      start++;
      continue;
    }
    let end = start + 1;
    while (end < lines.length && items[end]?.style === first.style && items[end]!.number === items[end - 1]!.number + 1) end++;
    const run = items.slice(start, end) as Item[];
    // The last item is whole only where the next line opens something numbered, or the text ends: a line of other text
    // after it may be its own rest, which a PDF broke off (`（十）领导…党的工作机关、党` over `委直属事业单位…`).
    const after = end < lines.length ? result[end]! : undefined;
    const lastIsWhole = after === undefined || numberingStyle(after) !== null || isHeading(after);
    if (run.length >= MIN_RUN && !run.every((item) => TITLE_ITEM.test(item.text))) {
      run.forEach((item, at) => {
        const line = result[item.index]!.trimEnd();
        const last = at === run.length - 1;
        // A contents entry with its page after a tab (`1.出行规划\t1`) is no statement.
        if (ENDED.test(line) || !item.text || isOpen(item.text) || /\t|[.…·]{3,}\s*\d+$/.test(item.text) || (last && !lastIsWhole)) return;
        // An item of several sentences ends as a sentence does; a point of one clause, with "；" before the next.
        result[item.index] = `${line}${last || /[。！？!?]/.test(item.text) ? "。" : "；"}`;
        count++;
      });
    }
    start = end;
  }
  return { lines: result, count };
}
