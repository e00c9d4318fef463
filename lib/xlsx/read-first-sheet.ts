import ExcelJS from "exceljs";

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
  | { ok: false; reason: "TOO_MANY_ROWS"; rows: number };

/** "A", "B", … "Z", "AA" … for a column number from 1. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/**
 * The first worksheet of an .xlsx file as a table of cell texts (exceljs), for importers. A file
 * that is not an .xlsx (every one is a zip archive) or does not load is UNREADABLE; a sheet with
 * more than `maxRows` rows (a few blank rows of slack) is refused before it is read cell by cell.
 */
export async function readFirstSheet(bytes: Uint8Array, options: { maxRows: number }): Promise<FirstSheetResult> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, reason: "UNREADABLE" };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return { ok: false, reason: "UNREADABLE" };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, reason: "UNREADABLE" };
  if (sheet.actualRowCount > options.maxRows + 50) return { ok: false, reason: "TOO_MANY_ROWS", rows: sheet.actualRowCount - 1 };
  const table: string[][] = [];
  let formulaCell: string | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      if (cell.type === ExcelJS.ValueType.Formula || cell.formula) formulaCell ??= `${columnLetter(columnNumber)}${rowNumber}`;
      cells[columnNumber - 1] = cell.text ?? "";
    });
    table[rowNumber - 1] = Array.from(cells, (text) => text ?? "");
  });
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  return { ok: true, table: Array.from(table, (cells) => cells ?? []), merges, formulaCell };
}
