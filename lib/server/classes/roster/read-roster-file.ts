import "server-only";
import { decodeText, looksBinary } from "@/lib/content/ingest/decode-text";
import { parseCsv } from "@/lib/csv/parse-csv";
import { readFirstSheet } from "@/lib/xlsx/read-first-sheet";
import { findRosterColumns } from "./find-roster-columns";
import { ROSTER_MAX_BYTES, ROSTER_MAX_ROWS, type RosterRow } from "./roster-limits";

export type ReadRosterResult = { ok: true; rows: RosterRow[] } | { ok: false; error: string };

const TEMPLATE_HINT = "请下载模板，按“姓名,邮箱”两列填写后上传 .csv 或 .xlsx 文件。";

function fail(error: string): ReadRosterResult {
  return { ok: false, error };
}

/**
 * Reads a roster upload (CSV in UTF-8, GBK or UTF-16, or an Excel .xlsx) into numbered rows
 * of name and email. Refuses, with a Chinese message, anything that is not such a table.
 */
export async function readRosterFile(fileName: string, bytes: Uint8Array): Promise<ReadRosterResult> {
  if (bytes.byteLength === 0) return fail("文件是空的。" + TEMPLATE_HINT);
  if (bytes.byteLength > ROSTER_MAX_BYTES) return fail(`文件超过 ${ROSTER_MAX_BYTES / 1024 / 1024} MB 的上限，请分批导入。`);
  const extension = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";
  let table: string[][];
  if (extension === "xlsx") {
    const read = await readXlsx(bytes);
    if (!read.ok) return read;
    table = read.table;
  } else if (extension === "csv" || extension === "txt") {
    const hasUtf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    if (!hasUtf16Bom && looksBinary(bytes)) return fail("文件不是文本格式的 CSV，无法读取。" + TEMPLATE_HINT);
    const parsed = parseCsv(decodeText(bytes).text);
    if (!parsed.ok) return fail(parsed.error);
    table = parsed.rows;
  } else if (extension === "xls") {
    return fail("不支持旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或 CSV 后上传。");
  } else {
    return fail("不支持这种文件类型。" + TEMPLATE_HINT);
  }
  return rowsOfTable(table);
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === "");
}

function rowsOfTable(table: string[][]): ReadRosterResult {
  const headerIndex = table.findIndex((cells) => !isBlank(cells));
  const header = table[headerIndex];
  if (!header) return fail("文件中没有内容。" + TEMPLATE_HINT);
  const columns = findRosterColumns(header);
  if (!columns.ok) return columns;
  const rows: RosterRow[] = [];
  for (const [index, cells] of table.entries()) {
    if (index <= headerIndex || isBlank(cells)) continue;
    rows.push({ row: index + 1, name: (cells[columns.name] ?? "").trim(), email: (cells[columns.email] ?? "").trim() });
  }
  if (rows.length === 0) return fail("表头下面没有学员，请每行填写一名学员的姓名和邮箱。");
  if (rows.length > ROSTER_MAX_ROWS) return fail(`一次最多导入 ${ROSTER_MAX_ROWS} 名学员，文件中有 ${rows.length} 行，请分批导入。`);
  return { ok: true, rows };
}

async function readXlsx(bytes: Uint8Array): Promise<{ ok: true; table: string[][] } | { ok: false; error: string }> {
  const sheet = await readFirstSheet(bytes, { maxRows: ROSTER_MAX_ROWS });
  if (sheet.ok) return { ok: true, table: sheet.table };
  if (sheet.reason === "TOO_MANY_ROWS") return { ok: false, error: `一次最多导入 ${ROSTER_MAX_ROWS} 名学员，这个文件超过了 ${ROSTER_MAX_ROWS} 行，请分批导入。` };
  if (sheet.reason === "TOO_LARGE") return { ok: false, error: "这个 Excel 文件解压后过大或内部文件过多（可能是恶意构造的压缩文件），已拒绝读取。" };
  return { ok: false, error: "无法读取这个 Excel 文件，它可能已损坏或不是 .xlsx 格式。" + TEMPLATE_HINT };
}
