import ExcelJS from "exceljs";
import type { Cell, ReportTable } from "./report-tables";

function csvCell(cell: Cell): string {
  if (cell === null) return "";
  const text = String(cell);
  // A leading = + - @ would run as a formula in Excel: prefix it with an apostrophe.
  const safe = typeof cell === "string" && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One table as CSV: UTF-8 with a BOM (Excel then reads the Chinese right), CRLF line ends. */
export function reportTableToCsv(table: ReportTable): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map(csvCell).join(","));
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

/** Several tables as one .xlsx workbook, a sheet each, with a bold frozen header. */
export async function reportTablesToXlsx(tables: readonly ReportTable[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "党课学堂";
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31));
    sheet.addRow(table.headers);
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: "frozen", ySplit: 1 }];
    for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? ""));
    sheet.columns.forEach((column, index) => {
      const longest = Math.max(...[table.headers[index] ?? "", ...table.rows.map((row) => String(row[index] ?? ""))].map((text) => text.length));
      column.width = Math.min(Math.max(longest * 1.6 + 2, 8), 60);
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
