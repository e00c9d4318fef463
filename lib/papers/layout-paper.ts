import type { PaperDocument, PaperLine } from "./paper-document";

/**
 * Where each line of a paper document goes on A4 pages: a block (a question and its options) is
 * never split by a page break, a section heading never ends a page without its first question,
 * the 参考答案 part starts a page. Pure: text heights come from the caller's `measure`, so the
 * layout a PDF is drawn from is the one tests check.
 */

/** A4 in PostScript points, margins of 2 cm. */
export const A4 = { width: 595.28, height: 841.89, margin: 56.69 };
const CONTENT_WIDTH = A4.width - 2 * A4.margin;
const BOTTOM = A4.height - A4.margin;
const LINE_GAP = 3;
const BLOCK_GAP = 6;
const WRITING_LINE = 24;
const OPTION_INDENT = 14;

export interface LineStyle {
  size: number;
  bold: boolean;
  align: "left" | "center";
  spaceBefore: number;
}

const LINE_STYLES: Record<PaperLine["kind"], LineStyle> = {
  title: { size: 16, bold: true, align: "center", spaceBefore: 0 },
  subtitle: { size: 10.5, bold: false, align: "center", spaceBefore: 6 },
  fields: { size: 10.5, bold: false, align: "center", spaceBefore: 10 },
  heading: { size: 12, bold: true, align: "left", spaceBefore: 8 },
  text: { size: 10.5, bold: false, align: "left", spaceBefore: 2 },
  options: { size: 10.5, bold: false, align: "left", spaceBefore: 2 },
  writing: { size: 10.5, bold: false, align: "left", spaceBefore: 0 },
};

/** The height of `text` set in `width` points at `size` (wrapping included), with `lineGap` between lines. */
export type MeasureText = (text: string, options: { width: number; size: number; bold: boolean; lineGap: number }) => number;

export interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  style: LineStyle;
}

export interface PlacedLine {
  line: PaperLine;
  /** Top of the line on its page (points from the top edge), after its space before. */
  y: number;
  height: number;
  texts: PlacedText[];
  /** Rules to write on (writing lines): their y positions. */
  rules: number[];
}

export interface PlacedBlock {
  /** Index in the document's blocks. */
  block: number;
  /** 0-based page. */
  page: number;
  top: number;
  bottom: number;
  lines: PlacedLine[];
}

export interface PaperLayout {
  pageCount: number;
  blocks: PlacedBlock[];
}

export const LAYOUT_METRICS = { lineGap: LINE_GAP, contentWidth: CONTENT_WIDTH, top: A4.margin, bottom: BOTTOM };

function placeLine(line: PaperLine, y: number, measure: MeasureText): PlacedLine {
  const style = LINE_STYLES[line.kind];
  const top = y + style.spaceBefore;
  const options = { size: style.size, bold: style.bold, lineGap: LINE_GAP };
  if (line.kind === "writing") {
    const rules = Array.from({ length: line.count }, (_, index) => top + WRITING_LINE * (index + 1));
    return { line, y: top, height: style.spaceBefore + WRITING_LINE * line.count, texts: [], rules };
  }
  if (line.kind === "options") {
    const columnWidth = (CONTENT_WIDTH - OPTION_INDENT) / line.columns;
    const texts = line.cells.map((cell, index): PlacedText => ({ text: cell, x: A4.margin + OPTION_INDENT + index * columnWidth, y: top, width: columnWidth - 6, style }));
    const height = Math.max(...texts.map((text) => measure(text.text, { ...options, width: text.width })));
    return { line, y: top, height: style.spaceBefore + height, texts, rules: [] };
  }
  const text: PlacedText = { text: line.text, x: A4.margin, y: top, width: CONTENT_WIDTH, style };
  return { line, y: top, height: style.spaceBefore + measure(line.text, { ...options, width: CONTENT_WIDTH }), texts: [text], rules: [] };
}

function blockHeight(lines: readonly PaperLine[], measure: MeasureText): number {
  return lines.reduce((sum, line) => sum + placeLine(line, 0, measure).height, 0);
}

const isHeadingOnly = (lines: readonly PaperLine[]) => lines.every((line) => line.kind === "heading");

/** `measure` remembering its answers: a block is measured to decide its page and again to place it. */
function remembered(measure: MeasureText): MeasureText {
  const heights = new Map<string, number>();
  return (text, options) => {
    const key = `${options.width}|${options.size}|${options.bold}|${options.lineGap}|${text}`;
    let height = heights.get(key);
    if (height === undefined) heights.set(key, (height = measure(text, options)));
    return height;
  };
}

export function layoutPaper(document: PaperDocument, measureText: MeasureText): PaperLayout {
  const measure = remembered(measureText);
  const placed: PlacedBlock[] = [];
  let page = 0;
  let y = A4.margin;
  const newPage = () => {
    page += 1;
    y = A4.margin;
  };
  for (const [index, block] of document.blocks.entries()) {
    if (block.pageBreakBefore && placed.length > 0) newPage();
    let needed = blockHeight(block.lines, measure);
    // A heading stays with the block after it, so no page ends on a heading.
    const next = document.blocks[index + 1];
    if (isHeadingOnly(block.lines) && next && !next.pageBreakBefore) needed += BLOCK_GAP + blockHeight(next.lines, measure);
    const fitsOnEmptyPage = needed <= BOTTOM - A4.margin;
    if (block.keepTogether && fitsOnEmptyPage && y + needed > BOTTOM && y > A4.margin) newPage();
    let current: PlacedBlock = { block: index, page, top: y, bottom: y, lines: [] };
    for (const line of block.lines) {
      let lineAt = placeLine(line, y, measure);
      // Only a block taller than a whole page is broken, between its lines.
      if (lineAt.y - LINE_STYLES[line.kind].spaceBefore + lineAt.height > BOTTOM && y > A4.margin) {
        placed.push(current);
        newPage();
        current = { block: index, page, top: y, bottom: y, lines: [] };
        lineAt = placeLine(line, y, measure);
      }
      current.lines.push(lineAt);
      y += lineAt.height;
      current.bottom = y;
    }
    placed.push(current);
    y += BLOCK_GAP;
  }
  return { pageCount: page + 1, blocks: placed };
}
