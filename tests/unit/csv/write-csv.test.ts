import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import { parseCsv } from "@/lib/csv/parse-csv";
import { csvDocument, csvField, neutralizeFormula, restoreNeutralizedCell } from "@/lib/csv/write-csv";
import { questionsToCsv, questionsToXlsx } from "@/lib/questions/interchange/write-table";
import { readQuestionFile } from "@/lib/questions/interchange/read-question-file";
import type { BankQuestion } from "@/lib/questions/interchange/bank-question";
import { resultsCsv } from "@/lib/server/results/export-results";
import { reportTableToCsv } from "@/lib/server/reports/export-report-tables";

const HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"点我\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "'=1+1", "''-1"];

describe("CSV cells cannot run as spreadsheet formulas (OWASP CSV injection)", () => {
  test.each(HOSTILE)("%j gets a leading apostrophe and reads back unchanged", (cell) => {
    const written = neutralizeFormula(cell);
    expect(written).toBe(`'${cell}`);
    expect(restoreNeutralizedCell(written)).toBe(cell);
  });

  test("ordinary text, an apostrophe before ordinary text and numbers are left alone", () => {
    expect(neutralizeFormula("群众路线")).toBe("群众路线");
    expect(neutralizeFormula("'群众")).toBe("'群众");
    expect(restoreNeutralizedCell("'群众")).toBe("'群众");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(null)).toBe("");
  });

  test("a document's cells are neutralised, then quoted per RFC 4180, and parse back to the original", () => {
    const rows = [["姓名", "备注"], ...HOSTILE.map((cell) => ["张三", cell])];
    const csv = csvDocument(rows);
    expect(csv.startsWith("\ufeff姓名,备注\r\n")).toBe(true);
    expect(csv).toContain("张三,'+1+1\r\n");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);
    const parsed = parseCsv(csv);
    expect(parsed).toEqual({ ok: true, rows });
  });

  test("results and report CSVs neutralise a learner's name that is a formula", () => {
    expect(resultsCsv({ title: "测验", learners: [["姓名", "得分"], ["=1+1", 90]], items: [] })).toBe("\ufeff姓名,得分\r\n'=1+1,90\r\n");
    expect(reportTableToCsv({ name: "overview", title: "概览", headers: ["班级", "人数"], rows: [["@班级", -1]] } as never)).toBe("\ufeff班级,人数\r\n'@班级,-1\r\n");
  });

  test("a bank export with a formula stem neutralises it in CSV, keeps it a plain string cell in .xlsx, and both import unchanged", async () => {
    const question: BankQuestion = { type: "TRUE_FALSE", stem: "=1+1 是一个公式。", options: [], answer: true, explanation: "-解析", difficulty: 0.5, module: "第一单元" };
    const csv = questionsToCsv([question]);
    expect(csv).toContain("'=1+1 是一个公式。");
    expect(csv).toContain("'-解析");
    const fromCsv = await readQuestionFile("bank.csv", new TextEncoder().encode(csv));
    const xlsx = await questionsToXlsx([question]);
    const fromXlsx = await readQuestionFile("bank.xlsx", xlsx);
    for (const read of [fromCsv, fromXlsx]) {
      expect(read.ok && read.rows[0]!.cells).toMatchObject({ 题干: "=1+1 是一个公式。", 解析: "-解析" });
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx) as never);
    const stemCell = workbook.worksheets[0]!.getRow(2).getCell(2);
    expect(stemCell.type).toBe(ExcelJS.ValueType.String);
    expect(stemCell.formula).toBeFalsy();
  });
});
