import { decodeText, looksBinary } from "@/lib/content/ingest/decode-text";
import { extractDocxText } from "@/lib/content/ingest/extract-docx-text";
import { parseCsv } from "@/lib/csv/parse-csv";
import { checkZipArchive, OFFICE_ZIP_LIMITS } from "@/lib/zip/check-zip-archive";
import { readFirstSheet } from "@/lib/xlsx/read-first-sheet";
import { isQuestionType, parseStoredKey } from "../types";
import { difficultyCell, questionCells } from "./bank-question";
import { ALL_COLUMNS, BLANK_SEPARATOR, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, OPTION_COLUMNS, TEMPLATE_COLUMNS, type TemplateColumn, type TemplateRow } from "./columns";
import { TYPE_LABELS } from "./type-labels";
import { readTextBank, type SkippedText } from "./read-text-bank";

/** `text`: the common text layout (文本导入), from .txt, .md, .docx or pasted text. */
export type ImportFileFormat = "xlsx" | "csv" | "json" | "text";
export type ReadQuestionFileResult = { ok: true; format: ImportFileFormat; rows: TemplateRow[]; skipped?: SkippedText[] } | { ok: false; error: string };

const HINT = "请上传按模板填写的 .xlsx、.csv，导出的 .json，或按题号排版的 Word（.docx）、文本（.txt）题库。";
const TEXT_HINT = "题目应以题号开头（如“1.”“1、”“（1）”），选项以“A.”“B.”开头，答案写在题干括号中（如“（C）”）或“答案：”行。";
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

const ARCHIVE_TOO_LARGE = "这个 Excel 文件解压后过大或内部文件过多（可能是恶意构造的压缩文件），已拒绝读取。";
const DOCX_TOO_LARGE = "这个 Word 文件解压后过大或内部文件过多（可能是恶意构造的压缩文件），已拒绝读取。";
const DOCX_UNREADABLE = "无法读取这个 Word 文件，它可能已损坏或不是 .docx 格式。";

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

function tooMany(rows: number) {
  return fail(`一次最多导入 ${IMPORT_MAX_ROWS} 道题，文件中有 ${rows} 行，请分成几个文件导入。`);
}

/**
 * Reads an import file — the template as .xlsx or CSV (UTF-8 or GBK), or a JSON export — into
 * numbered rows of the template's cells. Anything else is refused with a Chinese message.
 */
export async function readQuestionFile(fileName: string, bytes: Uint8Array): Promise<ReadQuestionFileResult> {
  if (bytes.byteLength === 0) return fail("文件是空的。" + HINT);
  if (bytes.byteLength > IMPORT_MAX_BYTES) return fail(`文件超过 ${IMPORT_MAX_BYTES / 1024 / 1024} MB 的上限，请分成几个文件导入。`);
  const extension = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";
  if (extension === "xlsx") {
    const table = await readXlsx(bytes);
    return table.ok ? rowsOfTable("xlsx", table.table) : table;
  }
  if (extension === "csv" || TEXT_EXTENSIONS.has(extension)) {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    if (!utf16 && looksBinary(bytes)) return fail((extension === "csv" ? "文件不是文本格式的 CSV，无法读取。" : "文件不是文本文件，无法读取。") + HINT);
    const text = decodeText(bytes).text;
    // A .txt holding the template (exported as text from Excel) is read as the template.
    if (extension !== "csv" && !looksLikeTemplate(text)) return rowsOfText(text);
    const parsed = parseCsv(text);
    return parsed.ok ? rowsOfTable("csv", parsed.rows) : fail(parsed.error);
  }
  if (extension === "docx") return readDocx(bytes);
  if (extension === "doc") return fail("不支持旧版 Word（.doc）文件，请在 Word 中另存为 .docx 后上传，或把题目复制粘贴到文本框中。");
  if (extension === "json") return readJson(bytes);
  if (extension === "xls") return fail("不支持旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或 CSV 后上传。");
  return fail("不支持这种文件类型。" + HINT);
}

const TEXT_EXTENSIONS = new Set(["txt", "text", "md", "markdown"]);

/** The template's header on the first line that has text: 题型 and 题干 as separate columns. */
function looksLikeTemplate(text: string): boolean {
  const first = text.split(/\r\n|\r|\n/).find((line) => line.trim() !== "") ?? "";
  const cells = first.split(/[,\t;]/).map((cell) => cell.trim().replace(/^"|"$/g, ""));
  return cells.includes("题型") && cells.includes("题干");
}

/** The longest text the text layout reads: what the largest allowed upload could hold. */
const MAX_TEXT_CHARS = IMPORT_MAX_BYTES;

function rowsOfText(text: string): ReadQuestionFileResult {
  if (text.length > MAX_TEXT_CHARS) return fail(`文字超过 ${MAX_TEXT_CHARS / 1024 / 1024} M 个字符的上限，请分成几次导入。`);
  const bank = readTextBank(text);
  if (bank.rows.length === 0) return fail("没有找到题目。" + TEXT_HINT);
  if (bank.rows.length > IMPORT_MAX_ROWS) return tooMany(bank.rows.length);
  return { ok: true, format: "text", rows: bank.rows, skipped: bank.skipped };
}

async function readDocx(bytes: Uint8Array): Promise<ReadQuestionFileResult> {
  if (!ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte)) return fail(DOCX_UNREADABLE);
  // mammoth inflates the whole archive before reading a word: check it first.
  const zip = checkZipArchive(bytes, OFFICE_ZIP_LIMITS);
  if (!zip.ok) return fail(zip.reason === "UNREADABLE" ? DOCX_UNREADABLE : DOCX_TOO_LARGE);
  let text: string;
  try {
    text = decodeEntities(await extractDocxText(bytes, { numberLists: true }));
  } catch {
    return fail(DOCX_UNREADABLE);
  }
  return rowsOfText(text);
}

/** The entities mammoth writes for text characters (its HTML escapes &, <, > and quotes). */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => {
    if (!name.startsWith("#")) return named[name.toLowerCase()] ?? entity;
    const code = /^#x/i.test(name) ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

const isBlank = (cells: readonly string[]) => cells.every((text) => (text ?? "").trim() === "");

function rowsOfTable(format: ImportFileFormat, table: string[][]): ReadQuestionFileResult {
  const headerIndex = table.findIndex((cells) => cells && !isBlank(cells));
  const header = table[headerIndex];
  if (!header) return fail("文件中没有内容。" + HINT);
  const columns = new Map<TemplateColumn, number>();
  for (const [index, raw] of header.entries()) {
    const name = (raw ?? "").trim().replace(/\s+/g, "");
    if (name === "") continue;
    if (!(ALL_COLUMNS as readonly string[]).includes(name)) return fail(`表头中的“${name}”不是模板的列。模板的列是：${TEMPLATE_COLUMNS.join("、")}。` + HINT);
    if (columns.has(name as TemplateColumn)) return fail(`表头中“${name}”出现了两次。`);
    columns.set(name as TemplateColumn, index);
  }
  const missing = TEMPLATE_COLUMNS.filter((column) => !columns.has(column));
  if (missing.length > 0) return fail(`表头缺少这些列：${missing.join("、")}。第一行应是模板的表头。` + HINT);
  const rows: TemplateRow[] = [];
  for (const [index, cells] of table.entries()) {
    if (index <= headerIndex || !cells || isBlank(cells)) continue;
    const values: TemplateRow["cells"] = {};
    for (const [column, position] of columns) values[column] = cells[position] ?? "";
    rows.push({ row: index + 1, cells: values });
  }
  if (rows.length === 0) return fail("表头下面没有题目，请每行填写一道题。");
  if (rows.length > IMPORT_MAX_ROWS) return tooMany(rows.length);
  return { ok: true, format, rows };
}

async function readXlsx(bytes: Uint8Array): Promise<{ ok: true; table: string[][] } | { ok: false; error: string }> {
  const sheet = await readFirstSheet(bytes, { maxRows: IMPORT_MAX_ROWS });
  if (!sheet.ok) {
    if (sheet.reason === "TOO_MANY_ROWS") return fail(`一次最多导入 ${IMPORT_MAX_ROWS} 道题，这个文件超过了 ${IMPORT_MAX_ROWS} 行，请分成几个文件导入。`);
    if (sheet.reason === "TOO_LARGE") return fail(ARCHIVE_TOO_LARGE);
    return fail("无法读取这个 Excel 文件，它可能已损坏或不是 .xlsx 格式。" + HINT);
  }
  if (sheet.merges.length > 0) return fail(`表格中有合并的单元格（${sheet.merges.slice(0, 3).join("、")}），请取消合并、每行填写一道完整的题目后再导入。`);
  if (sheet.formulaCell) return fail(`单元格 ${sheet.formulaCell} 是公式。导入只接受文字和数值：请把公式复制后“选择性粘贴 → 数值”，再上传。`);
  return { ok: true, table: sheet.table };
}

function readJson(bytes: Uint8Array): ReadQuestionFileResult {
  let data: unknown;
  try {
    data = JSON.parse(decodeText(bytes).text);
  } catch {
    return fail("JSON 文件格式有误，无法读取。请上传本系统导出的 JSON 文件。");
  }
  if (!Array.isArray(data)) return fail("JSON 文件应是题目的数组（本系统导出的格式）。");
  if (data.length === 0) return fail("JSON 文件中没有题目。");
  if (data.length > IMPORT_MAX_ROWS) return tooMany(data.length);
  // Each question becomes the template row an export would write: one set of rules for every format.
  const rows = data.map((item, index): TemplateRow => ({ row: index + 1, cells: jsonCells(item) }));
  return { ok: true, format: "json", rows };
}

function jsonCells(item: unknown): TemplateRow["cells"] {
  if (typeof item !== "object" || item === null) return {};
  const question = item as Record<string, unknown>;
  const type = String(question.type ?? "");
  const difficulty = typeof question.difficulty === "number" ? question.difficulty : Number.NaN;
  const common = { stem: String(question.stem ?? ""), explanation: String(question.explanation ?? ""), difficulty, module: typeof question.module === "string" ? question.module : null };
  const options = Array.isArray(question.options) ? question.options : [];
  const key = parseStoredKey({ type, options, answer: question.answer, acceptedAnswers: question.acceptedAnswers ?? null, keyPoints: question.keyPoints ?? null });
  // A question that does not fit its type's stored shape still becomes a row, as written, so that
  // the import reports what is wrong with it (parseQuestionRow) rather than dropping it.
  const cells = key.ok ? questionCells({ ...key.key, ...common }) : looseCells(type, options, question.answer, common);
  if (typeof question.difficulty !== "number") cells.难度 = "";
  return cells;
}

function looseCells(type: string, options: unknown[], answer: unknown, common: { stem: string; explanation: string; difficulty: number; module: string | null }): TemplateRow["cells"] {
  const texts = options.map((option) => (typeof option === "object" && option !== null ? String((option as { text?: unknown }).text ?? "") : ""));
  const choice = type === "SINGLE_CHOICE" || type === "MULTIPLE_CHOICE";
  const answerText = Array.isArray(answer) ? answer.map(String).join(choice ? "" : BLANK_SEPARATOR) : String(answer ?? "");
  return {
    题型: isQuestionType(type) ? TYPE_LABELS[type][0] : type,
    题干: common.stem,
    ...Object.fromEntries(OPTION_COLUMNS.map((column, index) => [column, texts[index] ?? ""])),
    答案: answerText,
    解析: common.explanation,
    难度: difficultyCell(common.difficulty),
    所属模块: common.module ?? "",
  };
}
