import { numberingStyle, type HeadingStyle } from "../detect-heading";
import { chineseNumeralValue } from "../text/chinese-numerals";

/** The numberings of a list's items, whose siblings count up one by one. */
const ITEM_STYLES = new Set<HeadingStyle>(["cn-paren", "arabic", "arabic-paren", "circled"]);
const CIRCLED_ONE = "①".codePointAt(0)!;
/** An item's own number: `①` 1, `（3）` 3, `12、` 12, `（二）` 2. */
const NUMBER = /^\s*[（(〔【]?\s*(\d{1,2}|[一二三四五六七八九十]{1,3}|[①-⑳])/u;
/** An item that ends its statement: a stop, a clause mark, a lead's colon, a dash or an ellipsis, before closing quotes or brackets. */
const ENDED = /[。！？!?；;：:，,、…—][”’」』"'）)】]*$/;
/** A short title with no punctuation at all (`1.递交入党申请`): a list of such titles is a table of steps, not of statements. */
const TITLE_ITEM = /^[^，,。；;：:、！？!?]{1,12}$/u;
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

/**
 * A list's items, one to a line, that leave out their stops (exam answers' points `①巩固和发展了我国的社会主义制度` /
 * `②为开创…提供了宝贵经验` / `③丰富了…的理论和实践`, a guide's fields `2、推优时间：每年4月、11月`): each item is a
 * statement of its own, closed as a Markdown list's items are (markdownToText): "；" after each but the last, "。" after
 * the last. Items are lines numbered in one style that count up one by one with no line between them; a run of short
 * titles without any punctuation (a guide's table of steps) is left as it is.
 */
export function closeListItems(lines: readonly string[]): { lines: string[]; count: number } {
  const result = [...lines];
  let count = 0;
  const items = lines.map(readItem);
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
    if (run.length >= MIN_RUN && !run.every((item) => TITLE_ITEM.test(item.text))) {
      run.forEach((item, at) => {
        const line = result[item.index]!.trimEnd();
        if (ENDED.test(line) || !item.text) return;
        result[item.index] = `${line}${at === run.length - 1 ? "。" : "；"}`;
        count++;
      });
    }
    start = end;
  }
  return { lines: result, count };
}
