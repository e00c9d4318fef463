import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { checkZipArchive, inflateZipEntry, OFFICE_ZIP_LIMITS } from "@/lib/zip/check-zip-archive";
import type { ZipEntry } from "@/lib/zip/read-zip-directory";
import { workbookForStreaming } from "./workbook-for-streaming";

export type FirstSheetResult =
  | {
      ok: true;
      /** Cell texts by row and column, from 0; rows and cells that are missing are empty. */
      table: string[][];
      /** Merged ranges such as "A2:B2". */
      merges: string[];
      /** The first cell holding a formula, such as "C3", or null. */
      formulaCell: string | null;
    }
  | { ok: false; reason: "UNREADABLE" }
  /** The archive would inflate to too much or holds too many entries (a zip bomb). */
  | { ok: false; reason: "TOO_LARGE" }
  /** Reading stopped at `maxRows` (and a few blank rows of slack): the sheet has more. */
  | { ok: false; reason: "TOO_MANY_ROWS" };

/** Rows past maxRows that may still be read: a few blank or stray rows under a full sheet. */
const ROW_SLACK = 50;

/** "A", "B", … "Z", "AA" … for a column number from 1. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

function isFormula(value: ExcelJS.CellValue): boolean {
  return typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);
}

/**
 * The first worksheet of an .xlsx file as a table of cell texts, for importers. The zip archive is
 * checked first (checkZipArchive: a bomb is TOO_LARGE); the sheet is then read as a stream
 * (exceljs's WorkbookReader, given the parts in the order it reads best: workbookForStreaming) and reading stops as soon as it passes `maxRows` rows with values, so
 * a sheet of 100,000 rows costs no more than one of maxRows. A file that is not an .xlsx or does
 * not load is UNREADABLE.
 */
export async function readFirstSheet(bytes: Uint8Array, options: { maxRows: number }): Promise<FirstSheetResult> {
  const zip = checkZipArchive(bytes, OFFICE_ZIP_LIMITS);
  if (!zip.ok) return { ok: false, reason: zip.reason === "UNREADABLE" ? "UNREADABLE" : "TOO_LARGE" };
  const workbook = workbookForStreaming(bytes, zip.entries);
  if (!workbook) return { ok: false, reason: "UNREADABLE" };
  const input = Readable.from([workbook.zip]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore" });
  const table: string[][] = [];
  let formulaCell: string | null = null;
  let sheetRead = false;
  try {
    for await (const worksheet of reader) {
      sheetRead = true;
      let rowsWithValues = 0;
      for await (const row of worksheet) {
        if (!row.hasValues) continue;
        if (++rowsWithValues > options.maxRows + 1 + ROW_SLACK) return { ok: false, reason: "TOO_MANY_ROWS" };
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
          if (isFormula(cell.value)) formulaCell ??= `${columnLetter(columnNumber)}${row.number}`;
          cells[columnNumber - 1] = cell.text ?? "";
        });
        table[row.number - 1] = Array.from(cells, (text) => text ?? "");
      }
      break;
    }
  } catch {
    return { ok: false, reason: "UNREADABLE" };
  }
  if (!sheetRead) return { ok: false, reason: "UNREADABLE" };
  // The streaming reader skips <mergeCells>; the sheet's XML is small now that its rows are counted.
  const merges = mergedRanges(bytes, zip.entries.find((entry) => entry.name === `xl/worksheets/sheet${workbook.sheetNumber}.xml`));
  return { ok: true, table: Array.from(table, (cells) => cells ?? []), merges, formulaCell };
}

function mergedRanges(bytes: Uint8Array, entry: ZipEntry | undefined): string[] {
  if (!entry) return [];
  const inflated = inflateZipEntry(bytes, entry);
  if (!inflated.ok) return [];
  const xml = Buffer.from(inflated.content.buffer, inflated.content.byteOffset, inflated.content.byteLength).toString("utf8");
  return Array.from(xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*?\bref="([^"]+)"/g), (match) => match[1]!);
}
