import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import { buildPaper } from "@/lib/papers/build-paper";
import { lineText, paperDocument, type PaperDocumentKind } from "@/lib/papers/paper-document";
import { questionsToAnki, questionsToCsv, questionsToGift, questionsToMoodleXml, questionsToXlsx, templateQuestions, type BankQuestion } from "@/lib/questions/interchange";

/**
 * The exported files of one bank holding every type, compared byte for byte with the files kept in
 * tests/fixtures/export-golden: the per-type mappings (lib/questions/types/<type>) may move or
 * change shape, the files may not. A deliberate format change rewrites them with
 * `UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/interchange/export-golden.test.ts`.
 */
const GOLDEN = path.join(import.meta.dirname, "../../fixtures/export-golden");

/** Every type, with the cases each writer treats apart: 多选 shares, several blanks (cloze), key points, special characters, line breaks. */
function everyType(): BankQuestion[] {
  const plain = { explanation: "", difficulty: 0.5, module: "第二单元" };
  return [
    ...templateQuestions(),
    { ...plain, id: "q-sc", type: "SINGLE_CHOICE", stem: "特殊字符：{括号}、~、=、#、:、<b> & \"引号\", 逗号", options: [{ key: "A", text: "a=b" }, { key: "B", text: "c~d" }, { key: "C", text: "含,逗号\n和换行" }], answer: ["C"], explanation: "第一行\n第二行" },
    { ...plain, type: "MULTIPLE_CHOICE", stem: "六个都对（　）。", options: ["甲", "乙", "丙", "丁", "戊", "己"].map((text, index) => ({ key: "ABCDEF"[index]!, text })), answer: ["A", "B", "C", "D", "E", "F"], difficulty: 0.9 },
    { ...plain, type: "MULTIPLE_CHOICE", stem: "两个对（　）。", options: [{ key: "A", text: "一" }, { key: "B", text: "二" }, { key: "C", text: "三" }, { key: "D", text: "四" }, { key: "E", text: "五" }], answer: ["B", "D"] },
    { ...plain, type: "TRUE_FALSE", stem: "这句话是错的。", options: [], answer: false, explanation: "因为：它错了 {真的}。", difficulty: 0.1 },
    { ...plain, type: "FILL_BLANK", stem: "党的最高理想是实现（　）。", options: [], answer: ["共产主义"], acceptedAnswers: [["共产主义", "共产主义社会"]], difficulty: 0.25 },
    { ...plain, type: "FILL_BLANK", stem: "______、______和______是三件事。", options: [], answer: ["甲", "乙=", "丙"], acceptedAnswers: [["甲", "甲方"], ["乙="], ["丙", "丙~丁"]] },
    { ...plain, type: "FILL_BLANK", stem: "没有可接受变体的（　）。", options: [], answer: ["答案"] },
    { ...plain, type: "SHORT_ANSWER", stem: "简述三大作风。", options: [], answer: "党的三大作风是：\n（1）理论联系实际；\n（2）密切联系群众；\n（3）批评与自我批评。", explanation: "毛泽东在党的七大上概括。", module: null },
    { ...plain, type: "SHORT_ANSWER", stem: "没有要点的简答。", options: [], answer: "参考答案 <em>", keyPoints: [] },
  ];
}

/** Without any 简答 key points: the table writes no 要点 column. */
function withoutKeyPoints(): BankQuestion[] {
  return everyType().filter((question) => question.type !== "SHORT_ANSWER" || !question.keyPoints?.length);
}

async function xlsxCells(bytes: Uint8Array): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[] = [];
  sheet.eachRow((row) => rows.push(row.values));
  const columns = sheet.columns.map((column) => ({ key: column.key, width: column.width, numFmt: column.style?.numFmt }));
  return `${JSON.stringify({ name: sheet.name, frozen: sheet.views, columns, rows }, null, 1)}\n`;
}

function paperText(kind: PaperDocumentKind, withKey = false): string {
  const questions = everyType().map((question, index) => ({ ...question, id: question.id ?? `q${index}`, points: 2 }));
  const document = paperDocument(buildPaper({ title: "全题型试卷", organisation: "第一党支部", variant: "B", seed: "golden", questions }), kind, { withKey });
  return `${document.name}\n${document.blocks.map((block) => `[${block.keepTogether ? "keep" : ""}${block.pageBreakBefore ? " break" : ""}]\n${block.lines.map((line) => `${line.kind}: ${lineText(line)}${line.kind === "writing" ? `×${line.count}` : ""}`).join("\n")}`).join("\n")}\n`;
}

const FILES: Record<string, () => string | Promise<string>> = {
  "bank.gift.txt": () => questionsToGift(everyType(), "党课"),
  "bank.moodle.xml": () => questionsToMoodleXml(everyType(), "党课"),
  "bank.anki.txt": () => questionsToAnki(everyType()),
  "bank.csv": () => questionsToCsv(everyType()),
  "bank-without-key-points.csv": () => questionsToCsv(withoutKeyPoints()),
  "bank.xlsx-cells.json": async () => xlsxCells(await questionsToXlsx(everyType())),
  "paper.txt": () => paperText("paper", true),
  "paper-answer-sheet.txt": () => paperText("answer-sheet"),
  "paper-key.txt": () => paperText("key"),
};

describe("exported files of a bank with every type stay byte-identical", () => {
  for (const [file, write] of Object.entries(FILES)) {
    test(file, async () => {
      const written = await write();
      const golden = path.join(GOLDEN, file);
      if (process.env.UPDATE_GOLDEN === "1") fs.writeFileSync(golden, written);
      expect(written).toBe(fs.readFileSync(golden, "utf8"));
    });
  }
});
