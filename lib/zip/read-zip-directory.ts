/**
 * A zip archive's central directory, read without inflating anything: what each entry says it
 * holds. Office files (.docx, .xlsx) are zip archives; reading the directory first lets an
 * importer refuse a zip bomb before any library inflates it. Only the plain (non-ZIP64) format
 * is read: no Office file of the sizes Dangke accepts needs ZIP64, and a ZIP64 directory is
 * refused as too large.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; other methods are refused by the checks. */
  method: number;
  compressedSize: number;
  /** As declared by the archive, which may lie: checkZipArchive inflates with this as a cap. */
  uncompressedSize: number;
  crc32: number;
  localHeaderOffset: number;
}

export type ZipDirectory =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; reason: "NOT_A_ZIP" | "TRUNCATED" | "ZIP64" }
  | { ok: false; reason: "TOO_MANY_ENTRIES"; entries: number };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_HEADER = 0x02014b50;
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_RECORD_BYTES - MAX_COMMENT_BYTES);
  for (let offset = view.byteLength - END_RECORD_BYTES; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === END_OF_DIRECTORY) return offset;
  }
  return -1;
}

/**
 * Reads the central directory. `maxEntries` is checked against the count the end record
 * declares, before a single directory entry is parsed.
 */
export function readZipDirectory(bytes: Uint8Array, options: { maxEntries: number }): ZipDirectory {
  if (bytes.byteLength < END_RECORD_BYTES || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, reason: "NOT_A_ZIP" };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return { ok: false, reason: "TRUNCATED" };
  const declaredEntries = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (declaredEntries === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff) return { ok: false, reason: "ZIP64" };
  if (declaredEntries > options.maxEntries) return { ok: false, reason: "TOO_MANY_ENTRIES", entries: declaredEntries };
  if (directoryOffset + directorySize > end) return { ok: false, reason: "TRUNCATED" };

  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  for (let index = 0; index < declaredEntries; index++) {
    if (offset + 46 > end || view.getUint32(offset, true) !== DIRECTORY_HEADER) return { ok: false, reason: "TRUNCATED" };
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const uncompressedSize = view.getUint32(offset + 24, true);
    const localHeaderOffset = view.getUint32(offset + 42, true);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) return { ok: false, reason: "ZIP64" };
    const next = offset + 46 + nameLength + extraLength + commentLength;
    if (next > end) return { ok: false, reason: "TRUNCATED" };
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      compressedSize,
      uncompressedSize,
      crc32: view.getUint32(offset + 16, true),
      localHeaderOffset,
    });
    offset = next;
  }
  return { ok: true, entries };
}
