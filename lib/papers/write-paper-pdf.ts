import { existsSync } from "node:fs";
import PDFDocument from "pdfkit";
import { A4, LAYOUT_METRICS, layoutPaper, type MeasureText, type PaperLayout } from "./layout-paper";
import type { PaperDocument } from "./paper-document";

/**
 * The CJK fonts the PDF embeds (subset to the characters used): Noto Sans CJK from the system
 * package fonts-noto-cjk (Debian/Ubuntu), a .ttc collection read by the face's PostScript name.
 */
const PAPER_FONTS = {
  regular: { path: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", face: "NotoSansCJKsc-Regular" },
  bold: { path: "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", face: "NotoSansCJKsc-Bold" },
};

export class PaperFontMissingError extends Error {
  constructor(path: string) {
    super(`服务器缺少中文字体（${path}，Debian/Ubuntu 的 fonts-noto-cjk 软件包），无法生成 PDF 试卷；请管理员安装后重试，或导出 Word 试卷。`);
    this.name = "PaperFontMissingError";
  }
}

function newPdf(title: string): PDFKit.PDFDocument {
  for (const font of Object.values(PAPER_FONTS)) if (!existsSync(font.path)) throw new PaperFontMissingError(font.path);
  // No margins of pdfkit's own: the layout places every line, and text never flows onto a page pdfkit adds.
  const pdf = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, info: { Title: title, Creator: "党课学堂" } });
  pdf.registerFont("regular", PAPER_FONTS.regular.path, PAPER_FONTS.regular.face);
  pdf.registerFont("bold", PAPER_FONTS.bold.path, PAPER_FONTS.bold.face);
  return pdf;
}

function measureWith(pdf: PDFKit.PDFDocument): MeasureText {
  return (text, options) => pdf.font(options.bold ? "bold" : "regular").fontSize(options.size).heightOfString(text === "" ? " " : text, { width: options.width, lineGap: options.lineGap });
}

/** A paper document as an A4 PDF with its Chinese font embedded, drawn from its layout (returned with it, for checking). */
export async function writePaperPdf(document: PaperDocument): Promise<{ bytes: Uint8Array; layout: PaperLayout }> {
  const pdf = newPdf(document.name);
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on("end", resolve);
    pdf.on("error", reject);
  });
  const layout = layoutPaper(document, measureWith(pdf));
  for (let page = 0; page < layout.pageCount; page++) {
    pdf.addPage({ size: "A4", margin: 0 });
    for (const block of layout.blocks.filter((candidate) => candidate.page === page)) {
      for (const line of block.lines) {
        for (const text of line.texts) {
          pdf.font(text.style.bold ? "bold" : "regular").fontSize(text.style.size).text(text.text, text.x, text.y, { width: text.width, align: text.style.align, lineGap: LAYOUT_METRICS.lineGap });
        }
        for (const rule of line.rules) pdf.moveTo(A4.margin, rule).lineTo(A4.width - A4.margin, rule).lineWidth(0.5).strokeColor("#888888").stroke();
      }
    }
    const footer = `第 ${page + 1} 页 共 ${layout.pageCount} 页`;
    pdf.font("regular").fontSize(9).fillColor("#000000").text(footer, A4.margin, A4.height - A4.margin / 2 - 6, { width: LAYOUT_METRICS.contentWidth, align: "center", lineBreak: false });
  }
  pdf.end();
  await ended;
  return { bytes: new Uint8Array(Buffer.concat(chunks)), layout };
}
