import { crc32, deflateRawSync } from "node:zlib";
import { entryDataRange } from "@/lib/zip/check-zip-archive";
import type { ZipEntry } from "@/lib/zip/read-zip-directory";

/** The parts exceljs's streaming reader needs before a sheet, so that it reads the sheet as it comes. */
const LEADING_PARTS = ["xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml"];
const EMPTY_PARTS: Record<string, string> = {
  "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
  "xl/sharedStrings.xml": '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
};

interface Part {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  data: Uint8Array;
}

/**
 * A copy of a checked .xlsx holding only the parts reading its first sheet needs, in the order
 * exceljs's WorkbookReader wants them. Excel writes the shared strings after the sheets; met in that
 * order the reader spools each sheet whole to a temporary file before reading a row (and leaves the
 * file behind when reading stops early). Compressed data is copied as it is, never inflated here.
 * Returns null when the workbook has no worksheet.
 */
export function workbookForStreaming(bytes: Uint8Array, entries: ZipEntry[]): { zip: Buffer; sheetNumber: number } | null {
  const sheets = entries
    .map((entry) => ({ entry, number: Number(/^xl\/worksheets\/sheet(\d+)\.xml$/.exec(entry.name)?.[1] ?? Number.NaN) }))
    .filter((sheet) => Number.isInteger(sheet.number))
    .sort((a, b) => a.number - b.number);
  const first = sheets[0];
  if (!first) return null;
  const parts: Part[] = [];
  for (const name of LEADING_PARTS) {
    const entry = entries.find((candidate) => candidate.name === name);
    const part = entry ? copiedPart(bytes, entry) : EMPTY_PARTS[name] !== undefined ? emptyPart(name, EMPTY_PARTS[name]!) : null;
    if (part) parts.push(part);
  }
  const sheet = copiedPart(bytes, first.entry);
  if (!sheet) return null;
  parts.push(sheet);
  return { zip: zipOfParts(parts), sheetNumber: first.number };
}

function copiedPart(bytes: Uint8Array, entry: ZipEntry): Part | null {
  const range = entryDataRange(bytes, entry);
  return range ? { ...entry, data: bytes.subarray(range.start, range.end) } : null;
}

function emptyPart(name: string, xml: string): Part {
  const raw = Buffer.from(xml);
  const data = deflateRawSync(raw);
  return { name, method: 8, crc32: crc32(raw), compressedSize: data.byteLength, uncompressedSize: raw.byteLength, data };
}

/** Local headers with their sizes filled in (no data descriptors), a central directory and its end record. */
function zipOfParts(parts: Part[]): Buffer {
  const pieces: Uint8Array[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.crc32, 14);
    local.writeUInt32LE(part.compressedSize, 18);
    local.writeUInt32LE(part.uncompressedSize, 22);
    local.writeUInt16LE(name.byteLength, 26);
    pieces.push(local, name, part.data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(part.method, 10);
    central.writeUInt32LE(part.crc32, 16);
    central.writeUInt32LE(part.compressedSize, 20);
    central.writeUInt32LE(part.uncompressedSize, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    offset += 30 + name.byteLength + part.data.byteLength;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt32LE(directoryBytes.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...pieces, directoryBytes, end]);
}
