import { inflateRawSync } from "node:zlib";
import { readZipDirectory, type ZipEntry } from "./read-zip-directory";

export interface ZipLimits {
  maxEntries: number;
  /** The sum of the entries' uncompressed sizes. */
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed size of one entry; deflate reaches about 1,000 on repeated bytes. */
  maxRatio: number;
  /** Entries smaller than this (uncompressed) are not held to maxRatio: they can do no harm. */
  ratioFloorBytes: number;
}

/** Limits for Office files (.docx, .xlsx) of up to 20 MB: far above what a real one holds. */
export const OFFICE_ZIP_LIMITS: ZipLimits = {
  maxEntries: 1000,
  maxTotalBytes: 100 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
};

export type ZipCheck =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; reason: "UNREADABLE"; detail: string }
  | { ok: false; reason: "TOO_MANY_ENTRIES"; detail: string }
  | { ok: false; reason: "TOO_LARGE"; detail: string };

const LOCAL_HEADER = 0x04034b50;

function refuse(reason: "UNREADABLE" | "TOO_MANY_ENTRIES" | "TOO_LARGE", detail: string): Exclude<ZipCheck, { ok: true }> {
  return { ok: false, reason, detail };
}

/**
 * Decides whether a zip archive is safe to hand to a library that inflates it whole. First from
 * its central directory alone (entry count, total declared size, each entry's ratio, entries
 * overlapping one another), then — because declared sizes can lie — by inflating each entry
 * with its declared size as a hard cap on the output: an entry that inflates to more than it
 * declared is refused the moment it passes its declaration. At most `maxTotalBytes` are
 * inflated, one entry at a time, and nothing is kept.
 */
export function checkZipArchive(bytes: Uint8Array, limits: ZipLimits): ZipCheck {
  const directory = readZipDirectory(bytes, { maxEntries: limits.maxEntries });
  if (!directory.ok) {
    if (directory.reason === "TOO_MANY_ENTRIES") return refuse("TOO_MANY_ENTRIES", `${directory.entries} entries, over ${limits.maxEntries}`);
    if (directory.reason === "ZIP64") return refuse("TOO_LARGE", "a ZIP64 archive");
    return refuse("UNREADABLE", directory.reason === "NOT_A_ZIP" ? "not a zip archive" : "truncated or damaged central directory");
  }
  let totalBytes = 0;
  let totalCompressed = 0;
  for (const entry of directory.entries) {
    if (entry.method !== 0 && entry.method !== 8) return refuse("UNREADABLE", `${entry.name}: compression method ${entry.method}`);
    totalBytes += entry.uncompressedSize;
    totalCompressed += entry.compressedSize;
    if (totalBytes > limits.maxTotalBytes) return refuse("TOO_LARGE", `declares over ${limits.maxTotalBytes} bytes uncompressed`);
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) return refuse("TOO_LARGE", `${entry.name}: compression ratio ${Math.round(ratio)}`);
  }
  // Entries sharing their compressed data (the "overlapping" bomb) declare more than the file holds.
  if (totalCompressed > bytes.byteLength) return refuse("TOO_LARGE", "entries overlap");
  for (const entry of directory.entries) {
    const inflated = inflateZipEntry(bytes, entry);
    if (!inflated.ok) return inflated;
  }
  return { ok: true, entries: directory.entries };
}

/** Where an entry's compressed data lies in the archive, or null when its local header is missing or cut. */
export function entryDataRange(bytes: Uint8Array, entry: ZipEntry): { start: number; end: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.byteLength || view.getUint32(header, true) !== LOCAL_HEADER) return null;
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const end = start + entry.compressedSize;
  return end > bytes.byteLength ? null : { start, end };
}

/** One entry's bytes, never more than it declares (an entry that inflates to more is refused). */
export function inflateZipEntry(bytes: Uint8Array, entry: ZipEntry): { ok: true; content: Uint8Array } | Exclude<ZipCheck, { ok: true }> {
  const range = entryDataRange(bytes, entry);
  if (!range) return refuse("UNREADABLE", `${entry.name}: truncated or missing local header`);
  const { start, end } = range;
  if (entry.method === 0) {
    return entry.compressedSize === entry.uncompressedSize ? { ok: true, content: bytes.subarray(start, end) } : refuse("TOO_LARGE", `${entry.name}: stored size differs from its declaration`);
  }
  let inflated: Buffer;
  try {
    // One byte more than declared, so that an entry that lies is caught rather than cut.
    inflated = inflateRawSync(bytes.subarray(start, end), { maxOutputLength: entry.uncompressedSize + 1 });
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return refuse("TOO_LARGE", `${entry.name}: inflates to more than its declared ${entry.uncompressedSize} bytes`);
    return refuse("UNREADABLE", `${entry.name}: ${(error as Error).message}`);
  }
  if (inflated.byteLength !== entry.uncompressedSize) {
    return refuse(inflated.byteLength > entry.uncompressedSize ? "TOO_LARGE" : "UNREADABLE", `${entry.name}: inflates to ${inflated.byteLength} bytes, declared ${entry.uncompressedSize}`);
  }
  return { ok: true, content: inflated };
}
