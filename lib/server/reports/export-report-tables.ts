import "server-only";
import ExcelJS from "exceljs";
import { csvDocument } from "@/lib/csv/write-csv";
import type { ReportTable } from "./report-tables";

/** One table as CSV (lib/csv/write-csv.ts: BOM, CRLF, formula cells neutralised). */
export function reportTableToCsv(table: ReportTable): string {
  return csvDocument([table.headers, ...table.rows]);
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
