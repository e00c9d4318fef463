import ExcelJS from "exceljs";
import { csvDocument } from "@/lib/csv/write-csv";
import { questionCells, type BankQuestion } from "./bank-question";
import { ALL_COLUMNS, TEMPLATE_COLUMNS, type TemplateColumn } from "./columns";

/** Columns an export writes: the template's, plus 要点 when a question (a 简答题) has key points. */
function exportColumns(questions: readonly BankQuestion[]): readonly TemplateColumn[] {
  return questions.some((question) => (question.keyPoints?.length ?? 0) > 0) ? ALL_COLUMNS : TEMPLATE_COLUMNS;
}

/** The template as CSV (lib/csv/write-csv.ts: BOM, CRLF, formula cells neutralised). */
export function questionsToCsv(questions: readonly BankQuestion[]): string {
  const columns = exportColumns(questions);
  return csvDocument([columns, ...questions.map((question) => {
    const cells = questionCells(question);
    return columns.map((column) => cells[column]);
  })]);
}

/** The template as an .xlsx workbook: one sheet 题目, a bold header, every cell plain text. */
export async function questionsToXlsx(questions: readonly BankQuestion[], sheetName = "题目"): Promise<Uint8Array> {
  const columns = exportColumns(questions);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "党课学堂";
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((column) => ({
    header: column,
    key: column,
    width: column === "题干" || column === "解析" ? 48 : column.startsWith("选项") || column === "答案" ? 20 : 10,
    // Text format: Excel must not turn 0.5 into a date or a long answer into a number.
    style: { numFmt: "@", alignment: { wrapText: true, vertical: "top" } },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const question of questions) {
    const cells = questionCells(question);
    sheet.addRow(Object.fromEntries(columns.map((column) => [column, cells[column]])));
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
