import iconv from "iconv-lite";
import { Document, Packer, Paragraph } from "docx";
import { PDFDocument, PDFName, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { ContentError } from "@/lib/content/errors";
import { ingestDocument } from "@/lib/content/ingest/ingest-document";
import { detectEncoding } from "@/lib/content/ingest/decode-text";
import { inspectDocument, type InspectedDocument } from "@/lib/content/inspect-document";
import { readSource } from "./build-helpers";

const SOURCE = "sources/002_69e07ed981a16020.txt";

/** What a learner gets from a document, leaving out how it was stored (file name, format, encoding). */
function structure({ title, modules, knowledgePoints }: InspectedDocument) {
  return { title, modules, knowledgePoints };
}
const TEXT = new TextDecoder().decode(readSource(SOURCE));
/** A short paper: title, abstract, two numbered sections, a quotation. */
const PAPER = [
  "密切党群关系的几点思考",
  "摘要：党群关系是党的生命线。本文讨论密切党群关系的途径。",
  "一、党群关系的重要性",
  "习近平指出：“人心向背关系党的生死存亡。”党群关系是执政的基础。",
  "二、密切党群关系的途径",
  "要坚决反对形式主义、官僚主义、享乐主义、奢靡之风等四风问题。",
];

async function expectContentError(promise: Promise<unknown>, code: string): Promise<ContentError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ContentError);
  expect((error as ContentError).code).toBe(code);
  expect((error as ContentError).userMessage).toMatch(/[\u4e00-\u9fff]/);
  return error as ContentError;
}

/**
 * No CJK font is installed on this machine and none ships with the project's packages, so
 * @pdf-lib/fontkit has nothing to embed. The PDF gets a Type0 font with Identity-H encoding and a
 * ToUnicode CMap but no glyph program: viewers cannot draw it, yet its text layer is exactly what
 * a real PDF's is, which is what extraction reads.
 */
async function pdfWithText(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const chars = [...new Set(lines.join(""))];
  const glyph = new Map(chars.map((char, index) => [char, index + 1]));
  const hex = (value: number) => value.toString(16).padStart(4, "0");
  const cmap = [
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
    "1 begincodespacerange <0000> <FFFF> endcodespacerange",
    ...chunk(chars, 100).flatMap((part) => [`${part.length} beginbfchar`, ...part.map((char) => `<${hex(glyph.get(char)!)}> <${hex(char.charCodeAt(0))}>`), "endbfchar"]),
    "endcmap CMapName currentdict /CMap defineresource pop end end",
  ].join("\n");
  const context = doc.context;
  const descriptor = context.register(context.obj({ Type: "FontDescriptor", FontName: "TestCJK", Flags: 4, FontBBox: [0, -120, 1000, 880], ItalicAngle: 0, Ascent: 880, Descent: -120, CapHeight: 700, StemV: 80 }));
  const systemInfo = context.obj({ Registry: PDFString.of("Adobe"), Ordering: PDFString.of("Identity"), Supplement: 0 });
  const cidFont = context.register(context.obj({ Type: "Font", Subtype: "CIDFontType2", BaseFont: "TestCJK", CIDSystemInfo: systemInfo, FontDescriptor: descriptor, DW: 1000, CIDToGIDMap: "Identity" }));
  const font = context.register(context.obj({ Type: "Font", Subtype: "Type0", BaseFont: "TestCJK", Encoding: "Identity-H", DescendantFonts: [cidFont], ToUnicode: context.register(context.flateStream(cmap)) }));
  const page = doc.addPage([595, 842]);
  page.node.setFontDictionary(PDFName.of("F1"), font);
  const operators = lines.map((line) => `<${[...line].map((char) => hex(glyph.get(char)!)).join("")}> Tj T*`).join("\n");
  page.node.set(PDFName.of("Contents"), context.register(context.flateStream(`BT /F1 10 Tf 14 TL 40 800 Td\n${operators}\nET`)));
  return doc.save();
}

function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, index * size + size));
}

describe("ingestDocument", () => {
  it("reads UTF-8 with and without a byte-order mark", async () => {
    const plain = new TextEncoder().encode(PAPER.join("\n"));
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect((await ingestDocument("a.txt", plain)).text).toBe(PAPER.join("\n"));
    expect((await ingestDocument("a.txt", withBom)).text).toBe(PAPER.join("\n"));
  });

  it("detects GBK text and gives a GBK copy of a source the same structure as the UTF-8 original", async () => {
    const gbk = new Uint8Array(iconv.encode(TEXT, "gbk"));
    expect(detectEncoding(gbk)).toBe("gb18030");
    // GBK has no code for two characters of this source ("｡", U+F020); compare with the text GBK can hold.
    const representable = new TextEncoder().encode(iconv.decode(Buffer.from(gbk), "gbk"));
    expect(representable.length).toBeGreaterThan(TEXT.length);
    const [fromGbk, fromUtf8] = await Promise.all([inspectDocument("copy.txt", gbk), inspectDocument("copy.txt", representable)]);
    expect(structure(fromGbk)).toEqual(structure(fromUtf8));
    expect([fromGbk.encoding, fromUtf8.encoding]).toEqual(["gb18030", "utf-8"]);
    expect(fromGbk.modules.length).toBeGreaterThan(1);
  });

  it("reads Markdown without its markup", async () => {
    const markdown = `# ${PAPER[0]}\n\n**摘要**：党群关系是党的*生命线*。\n\n- [链接](http://example.com)文字`;
    const { text } = await ingestDocument("a.md", new TextEncoder().encode(markdown));
    expect(text).not.toMatch(/[#*[\]()]/);
    expect(text).toContain("党群关系是党的生命线。");
  });

  it("gives a .docx the same structure as the same text in a plain file", async () => {
    const doc = new Document({ sections: [{ children: PAPER.map((line) => new Paragraph(line)) }] });
    const docx = new Uint8Array(await Packer.toBuffer(doc));
    const [fromDocx, fromText] = await Promise.all([inspectDocument("paper.docx", docx), inspectDocument("paper.txt", new TextEncoder().encode(PAPER.join("\n")))]);
    expect(structure(fromDocx)).toEqual(structure(fromText));
    expect([fromDocx.format, fromText.format]).toEqual(["docx", "text"]);
    expect(fromText.modules[0]?.sections.map((section) => section.title)).toEqual(["摘要", "党群关系的重要性", "密切党群关系的途径"]);
  });

  it("gives a PDF with a text layer the same structure as the same text in a plain file", async () => {
    const pdf = await pdfWithText(PAPER);
    const [fromPdf, fromText] = await Promise.all([inspectDocument("paper.pdf", pdf), inspectDocument("paper.txt", new TextEncoder().encode(PAPER.join("\n")))]);
    expect(structure(fromPdf)).toEqual(structure(fromText));
    expect(fromPdf.format).toBe("pdf");
  });

  it("rejects an empty file", async () => {
    await expectContentError(ingestDocument("a.txt", new Uint8Array()), "empty-file");
  });

  it("rejects a file over the size limit", async () => {
    await expectContentError(ingestDocument("a.txt", new Uint8Array(2048).fill(0x41), { maxBytes: 1024 }), "file-too-large");
  });

  it("rejects a binary file", async () => {
    await expectContentError(ingestDocument("a.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3])), "binary-file");
  });

  it("rejects an unsupported type such as an old .doc or a spreadsheet", async () => {
    await expectContentError(ingestDocument("a.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1])), "unsupported-type");
    await expectContentError(ingestDocument("a.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2])), "unsupported-type");
  });

  it("rejects a PDF without a text layer", async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    await expectContentError(ingestDocument("scan.pdf", await doc.save()), "pdf-without-text");
  });

  it("rejects a file with no recognisable Chinese text", async () => {
    await expectContentError(ingestDocument("a.txt", new TextEncoder().encode("hello world, nothing here")), "no-text");
  });

  it("rejects a damaged .docx with a clear message", async () => {
    await expectContentError(ingestDocument("a.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])), "unreadable-document");
  });
});
