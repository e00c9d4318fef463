import { CsvError, parse } from "csv-parse/sync";
import { restoreNeutralizedCell } from "./write-csv";

const DELIMITERS = [",", "\t", ";", "，"] as const;

/** The delimiter used most often outside quotes on the first line (comma when none is). */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? "";
  const unquoted = firstLine.replace(/"[^"]*"/g, "");
  let best: string = ",";
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = unquoted.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

export type ParseCsvResult = { ok: true; rows: string[][] } | { ok: false; error: string };

/**
 * Splits CSV text into rows of cells with csv-parse (RFC 4180: quoted cells may hold delimiters,
 * line breaks and doubled quotes; CRLF, LF or CR line endings). Rows may differ in length, a
 * stray quote inside an unquoted cell is kept as text, and empty lines stay as rows so row
 * numbers match what a spreadsheet shows. A cell our CSV writer prefixed with an apostrophe
 * against formula injection loses that apostrophe. Text that cannot be read as CSV (a quote never
 * closed) is refused with the line, in Chinese.
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): ParseCsvResult {
  try {
    const rows = parse(text, { delimiter, bom: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
    // Cells our exports neutralised against formula injection (write-csv.ts) read back as they were.
    return { ok: true, rows: rows.map((row) => row.map(restoreNeutralizedCell)) };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    return { ok: false, error: `CSV 文件${line ? `第 ${line} 行附近` : ""}格式有误（引号没有成对），请检查后重新上传。` };
  }
}
