import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Tab, TabStopType, TextRun, type IParagraphOptions } from "docx";
import type { PaperDocument, PaperLine } from "./paper-document";

/** A4 in twips (1/20 pt) and margins of 2.5 cm: the page every printer here takes. */
const PAGE = { width: 11906, height: 16838, margin: 1418 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Body 五号 (10.5 pt), headings 小四 (12 pt), title 三号 (16 pt); sizes in half-points. */
const SIZES = { body: 21, heading: 24, title: 32 };
const FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "宋体" };
const HEADING_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "黑体" };

function runs(line: PaperLine): TextRun[] {
  if (line.kind !== "options") return line.kind === "writing" ? [] : [new TextRun(line.text)];
  return line.cells.flatMap((cell, index) => (index === 0 ? [new TextRun(cell)] : [new TextRun({ children: [new Tab(), cell] })]));
}

function paragraphOptions(line: PaperLine): IParagraphOptions {
  switch (line.kind) {
    case "title":
      return { alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: line.text, bold: true, size: SIZES.title, font: HEADING_FONT })] };
    case "subtitle":
    case "fields":
      return { alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: runs(line) };
    case "heading":
      return { spacing: { before: 240, after: 120 }, children: [new TextRun({ text: line.text, bold: true, size: SIZES.heading, font: HEADING_FONT })] };
    case "options": {
      const width = CONTENT_WIDTH / line.columns;
      const tabStops = Array.from({ length: line.columns - 1 }, (_, index) => ({ type: TabStopType.LEFT, position: Math.round(width * (index + 1)) }));
      return { indent: { left: 420 }, tabStops, children: runs(line) };
    }
    case "writing":
      return { children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: "888888", space: 1 } }, spacing: { before: 240 } };
    case "text":
      return { children: runs(line) };
  }
}

/**
 * A paper document as a Word file: one paragraph per line (the import reads a .docx paragraph
 * by paragraph), options set in equal columns by tab stops, a question's paragraphs kept on one
 * page (keep with next, keep lines together), the 参考答案 part on a new page.
 */
export async function writePaperDocx(document: PaperDocument): Promise<Uint8Array> {
  const paragraphs: Paragraph[] = [];
  for (const block of document.blocks) {
    const lines = block.lines.flatMap((line): PaperLine[] => (line.kind === "writing" ? Array.from({ length: line.count }, () => line) : [line]));
    lines.forEach((line, index) => {
      const last = index === lines.length - 1;
      paragraphs.push(
        new Paragraph({
          ...paragraphOptions(line),
          keepLines: block.keepTogether,
          keepNext: block.keepTogether && !last,
          pageBreakBefore: index === 0 && block.pageBreakBefore === true,
        }),
      );
    });
  }
  const file = new Document({
    title: document.name,
    creator: "党课学堂",
    styles: { default: { document: { run: { size: SIZES.body, font: FONT } } } },
    sections: [{ properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } }, children: paragraphs }],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}
