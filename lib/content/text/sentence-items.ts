import { detectHeading, numberingStyle, type HeadingStyle } from "../detect-heading";

/** Item numbering (never 第X章/节/篇, never 一、 parts). */
const ITEM_STYLES = new Set<HeadingStyle>(["cn-paren", "arabic", "arabic-multi", "arabic-paren", "circled"]);
const MIN_ITEMS = 4;
/** Share of a style's lines that must be one sentence each for the style to number sentences. */
const SENTENCE_SHARE = 0.6;
/** A line that is one sentence: no sentence end before its last one. */
const ONE_SENTENCE = /^[^。！？!?]*[。！？!?；;][”’」』）)]*$/;

/**
 * Numbering styles that number sentences, not titles: in an 80-item list (`1.严禁…。`,
 * `21.接待单位不得超标准接待；县级以上…标准。`) most lines of the style are one sentence each, so
 * the few with two sentences (`16.接待对象应当…一次。接待对象在10人以内的…。`) are items too, not a
 * title over a paragraph. Only a one-sentence line next to a sibling counts: a report's or an
 * essay's `（一）思想认识的隔阂疏远了党群关系。` is one sentence too, but a paragraph follows it.
 */
export function sentenceItemStyles(lines: string[]): Set<HeadingStyle> {
  const counts = new Map<HeadingStyle, { lines: number; sentences: number }>();
  const text = lines.filter((line) => line.trim());
  const styles = text.map((line) => numberingStyle(line));
  text.forEach((line, index) => {
    const style = styles[index];
    if (!style || !ITEM_STYLES.has(style)) return;
    const count = counts.get(style) ?? { lines: 0, sentences: 0 };
    count.lines++;
    // An item sits next to its sibling; a heading that is one sentence has its paragraph under it.
    const besideSibling = styles[index - 1] === style || styles[index + 1] === style;
    if (besideSibling && ONE_SENTENCE.test(line.trim())) count.sentences++;
    counts.set(style, count);
  });
  const itemStyles = new Set([...counts].filter(([, count]) => count.lines >= MIN_ITEMS && count.sentences >= count.lines * SENTENCE_SHARE).map(([style]) => style));
  for (const style of pointParagraphStyles(text, styles)) itemStyles.add(style);
  return itemStyles;
}

/** A numbered line that opens its paragraph with a sentence and goes on after it on the same line. */
const OPENS_PARAGRAPH = /[。！？!?][”’」』]*(?=[^\s”’」』])/;

/**
 * Numbering styles that open paragraphs, not titles: every line of the style is a paragraph whose first sentence states
 * its point (`（一）…一般包括三种情形。其一，…`), and at least one such sentence is too long for any title
 * (`（三）注意该违纪行为与《刑法》第二百五十六条规定的破坏选举罪、…的区别。另外，…`). Split into titles, the short points
 * would be headings and the long one a paragraph under the heading before it; kept whole, the points stay siblings.
 */
function pointParagraphStyles(text: string[], styles: Array<HeadingStyle | null>): HeadingStyle[] {
  const found: HeadingStyle[] = [];
  for (const style of new Set(styles)) {
    if (!style || !ITEM_STYLES.has(style)) continue;
    const lines = text.filter((_line, index) => styles[index] === style).map((line) => line.trim());
    if (lines.length < 2 || !lines.every((line) => OPENS_PARAGRAPH.test(line))) continue;
    if (lines.some((line) => detectHeading(line) === null)) found.push(style);
  }
  return found;
}
