/**
 * The one CSV writer of every export (bank, results, reports). Besides RFC 4180 quoting, a text
 * cell that a spreadsheet would read as a formula — starting with = + - @, a tab or a carriage
 * return (OWASP, CSV injection) — gets a leading apostrophe, which spreadsheets show as text and
 * hide. Cells that already start with apostrophes before such a character get one more, so that
 * `restoreNeutralizedCell` (applied by the CSV reader, lib/csv/parse-csv.ts) gives back exactly
 * what was exported: a bank exported as CSV imports unchanged.
 *
 * Numbers are written as numbers (-3 is a number to a spreadsheet, not a formula). In .xlsx
 * files (exceljs) a string is a typed string cell and never a formula, so they need no prefix.
 */

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALIZED = /^'+[=+\-@\t\r]/;

export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The inverse of neutralizeFormula, for cells read back from a CSV file. */
export function restoreNeutralizedCell(text: string): string {
  return NEUTRALIZED.test(text) ? text.slice(1) : text;
}

export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  const text = typeof cell === "number" ? String(cell) : neutralizeFormula(cell);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as a CSV document: UTF-8 with a BOM (so Excel reads the Chinese right), CRLF line ends. */
export function csvDocument(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return `\ufeff${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}
