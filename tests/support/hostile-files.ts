// Hostile files made on the fly for the security catalogue (tests/security) and the zip tests:
// zip bombs, archives whose declared sizes lie, too many entries, truncated archives. Nothing
// big is committed; a half-gigabyte bomb is deflated from a repeated chunk in a second or two.
import { Buffer } from "node:buffer";
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

export interface ZipInput {
  name: string;
  /** Raw deflate data (or the stored bytes, with `stored`). */
  data: Uint8Array;
  crc: number;
  uncompressedSize: number;
  stored?: boolean;
  /** What the central directory claims; defaults to the truth. */
  declaredUncompressedSize?: number;
}

export function deflatedEntry(name: string, content: string | Uint8Array): ZipInput {
  const raw = typeof content === "string" ? Buffer.from(content) : content;
  return { name, data: deflateRawSync(raw), crc: crc32(raw), uncompressedSize: raw.byteLength };
}

/** An entry of `prefix`, then `repeat` copies of `chunk`, then `suffix`, deflated as a stream (never held whole). */
export async function repeatedEntry(name: string, parts: { prefix: string; chunk: string; repeat: number; suffix: string }): Promise<ZipInput> {
  const deflate = createDeflateRaw({ level: 9 });
  const output: Buffer[] = [];
  deflate.on("data", (piece: Buffer) => output.push(piece));
  const finished = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  const chunk = Buffer.from(parts.chunk);
  let crc = 0;
  let size = 0;
  const write = async (piece: Buffer) => {
    crc = crc32(piece, crc);
    size += piece.byteLength;
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once("drain", resolve));
  };
  await write(Buffer.from(parts.prefix));
  for (let index = 0; index < parts.repeat; index++) await write(chunk);
  await write(Buffer.from(parts.suffix));
  deflate.end();
  await finished;
  return { name, data: Buffer.concat(output), crc, uncompressedSize: size };
}

/** A zip archive of these entries; `declaredUncompressedSize` lets an entry lie in both headers. */
export function zipArchive(entries: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const declared = entry.declaredUncompressedSize ?? entry.uncompressedSize;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt16LE(entry.stored ? 0 : 8, 8);
    header.writeUInt32LE(entry.crc >>> 0, 14);
    header.writeUInt32LE(entry.data.byteLength, 18);
    header.writeUInt32LE(declared, 22);
    header.writeUInt16LE(name.byteLength, 26);
    locals.push(header, name, Buffer.from(entry.data));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.stored ? 0 : 8, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.byteLength, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    offset += 30 + name.byteLength + entry.data.byteLength;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

const WORD_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** The parts every .docx has around word/document.xml. */
function docxParts(document: ZipInput): ZipInput[] {
  return [
    deflatedEntry(
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    deflatedEntry(
      "_rels/.rels",
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    document,
  ];
}

/** A .docx whose document.xml is `megabytes` MB of one paragraph's text: valid XML, ratio near 1,000. */
export async function docxBomb(megabytes: number): Promise<Buffer> {
  const document = await repeatedEntry("word/document.xml", {
    prefix: `<?xml version="1.0" encoding="UTF-8"?><w:document ${WORD_NS}><w:body><w:p><w:r><w:t>`,
    chunk: "党".repeat((1024 * 1024) / 3) + "a",
    repeat: megabytes,
    suffix: "</w:t></w:r></w:p></w:body></w:document>",
  });
  return zipArchive(docxParts(document));
}

/** A real, small .docx (ten Chinese paragraphs) whose document.xml declares `declared` bytes. */
export function docxDeclaring(declared: { document: number } | null, paragraphs = 10): Buffer {
  const body = Array.from({ length: paragraphs }, (_, index) => `<w:p><w:r><w:t>第${index + 1}段：党员要密切联系群众，坚持全心全意为人民服务的根本宗旨。</w:t></w:r></w:p>`).join("");
  const document = deflatedEntry("word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document ${WORD_NS}><w:body>${body}</w:body></w:document>`);
  if (declared) document.declaredUncompressedSize = declared.document;
  return zipArchive(docxParts(document));
}

/** A .docx whose document.xml inflates to `megabytes` MB but declares a tenth of its compressed size. */
export async function docxLyingBomb(megabytes: number): Promise<Buffer> {
  const document = await repeatedEntry("word/document.xml", {
    prefix: `<?xml version="1.0" encoding="UTF-8"?><w:document ${WORD_NS}><w:body><w:p><w:r><w:t>`,
    chunk: "a".repeat(1024 * 1024),
    repeat: megabytes,
    suffix: "</w:t></w:r></w:p></w:body></w:document>",
  });
  document.declaredUncompressedSize = Math.max(1, Math.floor(document.data.byteLength / 10));
  return zipArchive(docxParts(document));
}

/** A zip of `count` tiny entries. */
export function zipOfManyEntries(count: number): Buffer {
  return zipArchive(Array.from({ length: count }, (_, index) => deflatedEntry(`word/part${index}.xml`, "<a/>")));
}

/** A zip whose central directory declares an entry of about 4 GB (just under the ZIP64 mark). */
export function zipDeclaringHugeEntry(): Buffer {
  const entry = deflatedEntry("word/document.xml", "<a/>");
  entry.declaredUncompressedSize = 0xfffffffe;
  return zipArchive(docxParts(entry).slice(0, 2).concat(entry));
}

/** An .xlsx whose first sheet's XML inflates to `megabytes` MB: a header row, then the same row over and over. */
export async function xlsxBomb(megabytes: number): Promise<Buffer> {
  const row = '<row><c t="inlineStr"><is><t>张三</t></is></c><c t="inlineStr"><is><t>a@example.com</t></is></c></row>';
  const sheet = await repeatedEntry("xl/worksheets/sheet1.xml", {
    prefix: '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    chunk: row.repeat(Math.floor((1024 * 1024) / row.length)),
    repeat: megabytes,
    suffix: "</sheetData></worksheet>",
  });
  return zipArchive([
    deflatedEntry(
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    deflatedEntry(
      "xl/workbook.xml",
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    sheet,
  ]);
}

/** The first `fraction` of a file's bytes: a download cut short. */
export function truncated(bytes: Uint8Array, fraction = 0.6): Buffer {
  return Buffer.from(bytes.subarray(0, Math.floor(bytes.byteLength * fraction)));
}

/** A roster .xlsx of `count` distinct learners (inline strings, as some exporters write): 100,000 rows is about 2 MB. */
export function rosterXlsxOfRows(count: number): Buffer {
  const rows = ['<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>邮箱</t></is></c></row>'];
  for (let index = 2; index <= count + 1; index++) {
    rows.push(`<row r="${index}"><c r="A${index}" t="inlineStr"><is><t>学员${index}</t></is></c><c r="B${index}" t="inlineStr"><is><t>learner${index}@example.com</t></is></c></row>`);
  }
  return zipArchive([
    deflatedEntry(
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    deflatedEntry(
      "xl/workbook.xml",
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    deflatedEntry(
      "xl/worksheets/sheet1.xml",
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`,
    ),
  ]);
}
