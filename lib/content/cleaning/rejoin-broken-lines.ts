import { detectHeading, mayOpenHeading, numberingStyle, type HeadingMatch } from "../detect-heading";
import { displayWidth, endsInsideSentence, endsSentence, startsWithContinuation } from "../text/char-classes";
import { ARTICLE } from "../text/legal-articles";
import { FIELD_HEADING } from "../text/field-headings";
import { isDocumentTitleLine, isHeadlineLine, isHeadlineOverByline, isMarkedTitleLine, isTwoPartTitle } from "../structure/classify-lines";
import type { CleaningRule } from "./cleaning-rule";
import { isMarkedHeading, type MarkedHeadings } from "../text/marked-headings";
import { fillsWrapWidth, findWrapWidths } from "./line-width-bands";

/** No heading or title is this wide; an open line this wide was broken inside a paragraph. */
const MAX_HEADING_WIDTH = 40;
const MAX_HEADING_TAIL_WIDTH = 16;
/** An open line of wrapped text this much shorter than the wrap width ended its paragraph there: a title. */
const TITLE_SHARE_OF_WRAP = 0.75;
/** Words that open a paragraph in Chinese prose ("首先，", "第二，", "三是"). */
const PARAGRAPH_OPENER = /^(?:首先|其次|再次|最后|此外|另外|总之|综上所述|第[一二三四五六七八九十]{1,3}[，、,]|[一二三四五六七八九十]{1,3}是)/;

/**
 * `left` and `right` as one text, a space between two Latin words or numbers. `leftEnd` is the text `left` ends with (a
 * growing paragraph's last line: reading the whole paragraph at every line would copy it each time, issue #15).
 */
function glue(left: string, right: string, leftEnd = left): string {
  const needsSpace = /[A-Za-z0-9]$/.test(leftEnd) && /^[A-Za-z0-9]/.test(right);
  return needsSpace ? `${left} ${right}` : `${left}${right}`;
}

/** A heading with no body text after it on its line. */
function isWholeHeading(heading: HeadingMatch | null): boolean {
  return heading !== null && heading.rest === "";
}

function isHeadingBlock(block: string): boolean {
  return isWholeHeading(detectHeading(block));
}

/** A short line without punctuation: a title, when a heading or the end follows it. */
function isTitleLine(line: string): boolean {
  return displayWidth(line) <= 30 && !/[，。；：、！？,.;:!?]/.test(line);
}

interface Context {
  /** The paragraph so far: its first line with the lines joined to it; it ends with `lastLine`. */
  block: string;
  /** The block's first line can open a heading (when it cannot, no line joined after it makes the block one). */
  blockMayBeHeading: boolean;
  lastLine: string;
  next: string;
  blankBefore: boolean;
  lineAfterNext: string | undefined;
  followingText: string | undefined;
  wrapWidths: number[];
  /** The block is the document's first line. */
  first: boolean;
  markedHeadings?: MarkedHeadings;
}

/** A panel's or a step's title: at most this wide (six characters). */
const MAX_PANEL_TITLE_WIDTH = 6;

/** A short unpunctuated line over a line of prose: twice as wide and holding a clause, or three times as wide. */
function isPanelTitle(line: string, following: string | undefined): boolean {
  const text = following?.trim() ?? "";
  const ratio = displayWidth(text) / displayWidth(line);
  return isTitleLine(line) && displayWidth(line) <= MAX_PANEL_TITLE_WIDTH && (ratio >= 3 || (ratio >= 2 && /[，。；、]/.test(text)));
}

/**
 * A line of prose left open before a panel's title: the panel's text, which a web page need not end with a full stop.
 * It holds a clause and ends in a word, or ends in a closing quote (`…称为“入党申请人”`); a title over a name (a report's
 * `2021年度…述职报告` over `王  琛`) does neither.
 */
function isOpenProse(block: string): boolean {
  if (displayWidth(block) <= 2 * MAX_PANEL_TITLE_WIDTH || detectHeading(block) !== null) return false;
  return (/[，、；,;]/.test(block) && /[\p{Script=Han}\p{L}\p{N}）)]$/u.test(block)) || /[”’」』]$/.test(block);
}

/**
 * A short line without any punctuation in wrapped text: a title, never the rest of a paragraph (which would fill the column or
 * end a sentence). A line wholly in brackets ("（全体在职党支部）", who carries out the task the paragraph set) titles nothing.
 */
function isShortUnpunctuated(line: string, wrapWidths: number[]): boolean {
  return (
    wrapWidths.length > 0 &&
    displayWidth(line) <= Math.min(...wrapWidths) * TITLE_SHARE_OF_WRAP &&
    !/[，。；：、！？,.;:!?]/.test(line) &&
    !/^[（(][^（()）]+[）)]$/.test(line.trim())
  );
}


/**
 * A heading wrapped onto a second short line: "二、执政为民：中国共产党实现 / 党群关系和谐的核心",
 * "第一章 乡镇领导班子成员和基层站所 / 负责人廉洁履行职责行为规范". The tail is short and has no
 * punctuation; it is followed by a blank line, or, in wrapped text, by a heading or by prose (a
 * short title after it would make it a subtitle instead). A heading that fills the column was cut
 * by the wrap and goes on whatever follows.
 */
function continuesHeading(heading: HeadingMatch, { block, lastLine, next, blankBefore, lineAfterNext, wrapWidths }: Context): boolean {
  if (heading.style === "label" || blankBefore || endsSentence(block) || ARTICLE.test(next)) return false;
  // A notice's field heading ("二、活动时间", "三、时间地点") over its value ("2022年6月至7月上旬"): the value is its text.
  if (block === lastLine && FIELD_HEADING.test(heading.title.trim())) return false;
  if (fillsWrapWidth(lastLine, wrapWidths)) return true;
  // A heading takes one short tail, never a second.
  if (block !== lastLine || displayWidth(next) > MAX_HEADING_TAIL_WIDTH || /[，。；：、！？,.;:!?]/.test(next)) return false;
  if (!lineAfterNext?.trim()) return true;
  if (wrapWidths.length === 0 || displayWidth(block) + displayWidth(next) > MAX_HEADING_WIDTH) return false;
  const after = lineAfterNext.trim();
  return detectHeading(after) !== null || ARTICLE.test(after) || !isTitleLine(after);
}

/**
 * A document's first line that is a title by its shape (no clause punctuation at all) over a line
 * that opens prose: the title of a page printed to PDF fills the column like any wrapped line.
 */
function isUnpunctuatedTitle(line: string, next: string): boolean {
  return isDocumentTitleLine(line) && !/[，,]/.test(line) && /[，。；、]/.test(next);
}

/** A subheading is at most this share of the wrap width; the paragraph's first line under it fills the column. */
const SUBHEADING_SHARE_OF_WRAP = 0.6;

/**
 * In wrapped text, a line of its own (after a finished sentence or a break) that is two short
 * phrases around a comma, well short of the column, over a line that fills the column: a
 * subheading over its paragraph, not the paragraph's first line (which would fill the column too).
 */
function isTwoPartSubheading({ block, lastLine, next, wrapWidths }: Context): boolean {
  return (
    block === lastLine &&
    isTwoPartTitle(lastLine) &&
    displayWidth(lastLine) <= Math.min(...wrapWidths) * SUBHEADING_SHARE_OF_WRAP &&
    fillsWrapWidth(next, wrapWidths)
  );
}

/** The first line from `from` on that holds text, read up to it (not a copy of all the lines after it: issue #15). */
function nextTextLine(lines: string[], from: number): string | undefined {
  for (let at = from; at < lines.length; at++) if (lines[at]!.trim()) return lines[at];
  return undefined;
}

/** The last line from `from` back that holds text. */
function previousTextLine(lines: string[], from: number): string | undefined {
  for (let at = from; at >= 0; at--) if (lines[at]!.trim()) return lines[at];
  return undefined;
}

function shouldJoin(context: Context): boolean {
  const { block, lastLine, next, lineAfterNext, followingText, wrapWidths } = context;
  if (startsWithContinuation(next)) return true;
  // A heading the author marked is a line of its own when it reads as a title, whatever its commas
  // (a marked line too long to title anything stays with the text it opens, as before).
  // (The title test first: it rejects a long block by its length, without reading it.)
  const markedTitle = (line: string) => isMarkedTitleLine(line) && isMarkedHeading(line, context.markedHeadings);
  if (markedTitle(block) || markedTitle(next)) return false;
  // The document's headline the metadata rule found over a byline it dropped, however wide: the title, not a paragraph's start.
  if (context.first && isMarkedHeading(block, context.markedHeadings) && isHeadlineOverByline(block)) return false;
  if (detectHeading(next)) return false;
  const blockHeading = context.blockMayBeHeading ? detectHeading(block) : null;
  if (blockHeading?.label === "关键词") return false;
  if (blockHeading?.rest && !endsSentence(blockHeading.rest)) return true;
  if (isWholeHeading(blockHeading)) return continuesHeading(blockHeading!, context);
  // A document's headline or unpunctuated title over its first paragraph: not prose cut short. In
  // wrapped text (a PDF column) only when set apart by a blank line (a page title over its rule).
  if (context.first && (wrapWidths.length === 0 || context.blankBefore) && (isHeadlineLine(lastLine) || isUnpunctuatedTitle(lastLine, next))) return false;
  // After a finished sentence, an article (第X条) opens its own paragraph even when the sentence
  // filled its last line; inside a sentence "第二十条的规定" is a cross-reference the wrap moved.
  if (endsSentence(lastLine)) {
    const subheading = followingText !== undefined && isTwoPartSubheading({ ...context, block: next, lastLine: next, next: followingText.trim() });
    return fillsWrapWidth(lastLine, wrapWidths) && !PARAGRAPH_OPENER.test(next) && !ARTICLE.test(next) && !(isShortUnpunctuated(next, wrapWidths) && lineAfterNext !== undefined) && !subheading;
  }
  if (endsInsideSentence(lastLine)) return true;
  if (wrapWidths.length > 0) {
    // In wrapped text every open line that is not a heading continues, unless it is a title: a
    // line that stops well short of the wrap width with no clause inside it (a document's title
    // over its first paragraph, "农村基层干部廉洁履行职责若干规定（试行）").
    const shortTitle = displayWidth(lastLine) <= Math.min(...wrapWidths) * TITLE_SHARE_OF_WRAP && !/[，、；：,;:]/.test(lastLine);
    return !shortTitle && !isTwoPartSubheading(context);
  }
  if (isTitleLine(next) && (followingText === undefined || detectHeading(followingText.trim()) !== null)) return false;
  // A word or two between two lines of prose (a process page's step over its panel: "…称为“发展对象”" / "预备党员" /
  // "党员发展对象在经过…后，") heads what follows; a sentence broken by hand never leaves so little on a line.
  if (isPanelTitle(next, followingText) && isOpenProse(block)) return false;
  if (/[；;：:]$/.test(lastLine)) return false;
  // An open line holding a finished sentence, or a long clause, is prose cut short, not a title.
  if (/[。！？!?]/.test(lastLine) || (/[，、]/.test(lastLine) && displayWidth(lastLine) > 10)) return true;
  return displayWidth(lastLine) > MAX_HEADING_WIDTH;
}

/**
 * A line of its own between blank lines that reads as a heading the author left unmarked: short, a phrase or two around a
 * comma with no sentence stop, after a finished paragraph (or at the start) and over a paragraph of finished sentences at
 * least twice its width ("杨某严重违反了党的政治纪律，并涉嫌违法犯罪" over "案例一的焦点是…。"). A PDF's printed line left
 * open before a page break fills the column and goes on mid-sentence.
 */
function isUnmarkedHeadingLine(lines: string[], index: number): boolean {
  const line = lines[index]!.trim();
  if (!line || lines[index - 1]?.trim() || lines[index + 1] === undefined || lines[index + 1]!.trim()) return false;
  if (!isMarkedTitleLine(line) || endsInsideSentence(line) || /^[“"‘]/.test(line) || detectHeading(line) !== null) return false;
  const previous = previousTextLine(lines, index - 1)?.trim();
  const next = nextTextLine(lines, index + 1)?.trim();
  if (previous !== undefined && !endsSentence(previous) && !isHeadingBlock(previous) && !isMarkedTitleLine(previous)) return false;
  return next !== undefined && endsSentence(next) && /[。！？]/.test(next) && displayWidth(next) >= 2 * displayWidth(line);
}

/**
 * True when blank lines mark the paragraphs (Markdown, most text files written by hand): most
 * lines are followed by a blank line. A PDF extraction has blank lines only between pages.
 */
function separatesParagraphsByBlankLines(lines: string[]): boolean {
  let text = 0;
  let headingLines = 0;
  let beforeBlank = 0;
  let openBeforeBlank = 0;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    text++;
    if (index + 1 < lines.length && !lines[index + 1]!.trim()) {
      beforeBlank++;
      // A long line left open before a blank line is a printed line of a PDF, not a paragraph.
      // A numbered heading ("一、深化理论武装，筑牢思想根基") is left open by nature.
      // An unmarked heading is left open too (counted apart: it takes no share of the paragraphs).
      if (isUnmarkedHeadingLine(lines, index)) headingLines++;
      else if (!endsSentence(line) && !/[：:；;]$/.test(line) && !isHeadingBlock(line) && (displayWidth(line) > MAX_HEADING_WIDTH * 0.75 || /[，、,]/.test(line))) openBeforeBlank++;
    }
  });
  // Headings stand between paragraphs, at most one over each.
  return text >= 4 && beforeBlank >= text * 0.5 && openBeforeBlank <= beforeBlank * 0.1 && headingLines <= beforeBlank - headingLines;
}

/**
 * Rejoins lines that a PDF extraction or a page break cut inside a sentence, keeping real paragraph
 * and heading breaks. Output has one line per paragraph and no blank lines.
 */
export const rejoinBrokenLines: CleaningRule = {
  name: "brokenLines",
  apply(lines, context) {
    const blankSeparated = separatesParagraphsByBlankLines(lines);
    // Where blank lines separate paragraphs, only lines inside a paragraph of several lines can show a wrap width.
    const wrapWidths = findWrapWidths(blankSeparated ? lines.filter((line, index) => line.trim() && (lines[index - 1]?.trim() || lines[index + 1]?.trim())) : lines);
    const blocks: string[] = [];
    const headings: string[] = [];
    let lastLine = "";
    let blockMayBeHeading = false;
    let blankBefore = false;
    let count = 0;
    lines.forEach((raw, index) => {
      const line = raw.trim();
      if (!line) {
        blankBefore = true;
        return;
      }
      const block = blocks[blocks.length - 1];
      const lineAfterNext = lines[index + 1];
      const followingText = nextTextLine(lines, index + 1);
      // A numbered line after a blank line opens an item of its own (an exam sheet's next question `33.如何…：` under the
      // last point of the answer before, which left out its stop), wherever blank lines stand; a list's lead (`注意事项：`)
      // still takes its first item.
      const numberedItem = numberingStyle(line) !== null && block !== undefined && !/[：:]$/.test(block);
      const paragraphBreak = (blankSeparated || numberedItem) && blankBefore && !startsWithContinuation(line);
      // In text whose paragraphs blank lines part, a heading the author left unmarked is one for the outline.
      if (blankSeparated && isUnmarkedHeadingLine(lines, index)) headings.push(line);
      const joinContext: Context | undefined =
        block === undefined ? undefined : { block, blockMayBeHeading, lastLine, next: line, blankBefore, lineAfterNext, followingText, wrapWidths, first: blocks.length === 1 && block === lastLine, markedHeadings: context?.markedHeadings };
      if (joinContext && !paragraphBreak && shouldJoin(joinContext)) {
        blocks[blocks.length - 1] = glue(joinContext.block, line, lastLine);
        // Punctuation pushed onto its own line by a footnote marker belongs to the line before.
        if (startsWithContinuation(line)) lastLine = glue(lastLine, line);
        else lastLine = line;
        count++;
      } else {
        if (joinContext && wrapWidths.length > 0 && isTwoPartSubheading(joinContext)) headings.push(joinContext.block);
        // Panels of a process page (a step's title over its text, the next step's title under it), in text whose lines are
        // its paragraphs (not blank-separated like Markdown): the title heads its panel, and the text before it ends its
        // sentence there.
        if (joinContext && wrapWidths.length === 0 && !blankSeparated && isPanelTitle(line, followingText)) {
          const open = !joinContext.first && isOpenProse(joinContext.block);
          if (open) blocks[blocks.length - 1] = `${joinContext.block}。`;
          if (open || joinContext.first || endsSentence(joinContext.block)) headings.push(line);
        }
        blocks.push(line);
        blockMayBeHeading = mayOpenHeading(line);
        lastLine = line;
      }
      blankBefore = false;
    });
    return { lines: blocks, count, headings };
  },
};
