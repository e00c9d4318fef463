import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from "docx";
import iconv from "iconv-lite";
import { describe, expect, test } from "vitest";
import { numberListItems } from "@/lib/content/ingest/extract-docx-text";
import { IMPORT_MAX_ROWS, readQuestionFile, type ReadQuestionFileResult } from "@/lib/questions/interchange";

const BANK = ["党章知识测试", "一、单项选择题", "1．党的根本宗旨是（ A ）。", "A．全心全意为人民服务  B．发展经济", "2、党的最高理想是（　）。", "A.小康 B.共产主义", "答案：B", "二、判断题", "1. 党员有表决权。（√）"].join("\n");

function rowsOf(result: ReadQuestionFileResult) {
  if (!result.ok) throw new Error(result.error);
  return result;
}

function expectBank(result: ReadQuestionFileResult) {
  const read = rowsOf(result);
  expect(read.format).toBe("text");
  expect(read.rows.map((row) => [row.lines, row.cells.题型, row.cells.答案])).toEqual([
    [{ first: 3, last: 4 }, "单选题", "A"],
    [{ first: 5, last: 7 }, "单选题", "B"],
    [{ first: 9, last: 9 }, "判断题", "√"],
  ]);
  expect(read.skipped).toEqual([{ lines: { first: 1, last: 1 }, text: "党章知识测试" }]);
}

async function docxOf(children: Paragraph[]): Promise<Uint8Array> {
  const document = new Document({
    numbering: {
      config: [
        {
          reference: "bank",
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.UPPER_LETTER, text: "%2.", alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe("reading a text-layout bank from a file", () => {
  test.each([
    ["UTF-8", "bank.txt", () => new TextEncoder().encode(BANK)],
    ["UTF-8 with BOM", "bank.txt", () => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(BANK)])],
    ["GBK", "bank.txt", () => new Uint8Array(iconv.encode(BANK, "gbk"))],
    ["UTF-16LE with BOM", "bank.txt", () => new Uint8Array(iconv.encode(BANK, "utf-16le", { addBOM: true }))],
    ["UTF-16BE with BOM", "bank.txt", () => new Uint8Array([0xfe, 0xff, ...iconv.encode(BANK, "utf-16be")])],
    ["Windows line ends", "bank.txt", () => new TextEncoder().encode(BANK.replace(/\n/g, "\r\n"))],
    ["Markdown", "bank.md", () => new TextEncoder().encode(BANK.replace("一、单项选择题", "## 一、单项选择题").replace("答案：B", "**答案：B**"))],
  ])("a .txt in %s", async (_label, name, bytes) => {
    expectBank(await readQuestionFile(name, bytes()));
  });

  test("a .docx of typed paragraphs, one per line", async () => {
    expectBank(await readQuestionFile("bank.docx", await docxOf(BANK.split("\n").map((line) => new Paragraph({ text: line })))));
  });

  test("a .docx numbered by Word's own lists keeps its question numbers and option letters", async () => {
    const numbered = (text: string, level: 0 | 1) => new Paragraph({ text, numbering: { reference: "bank", level } });
    const bytes = await docxOf([
      new Paragraph({ text: "单项选择题" }),
      numbered("党的根本宗旨是（ A ）。", 0),
      numbered("全心全意为人民服务", 1),
      numbered("发展经济", 1),
      numbered("党的最高理想是（ B ）。", 0),
      numbered("小康", 1),
      numbered("共产主义", 1),
    ]);
    const read = rowsOf(await readQuestionFile("bank.docx", bytes));
    expect(read.rows.map((row) => [row.cells.题干, row.cells.选项A, row.cells.选项B, row.cells.答案])).toEqual([
      ["党的根本宗旨是（　）。", "全心全意为人民服务", "发展经济", "A"],
      ["党的最高理想是（　）。", "小康", "共产主义", "B"],
    ]);
  });

  test("characters Word's HTML escapes come back as written", async () => {
    const read = rowsOf(await readQuestionFile("bank.docx", await docxOf([new Paragraph({ text: "1. “A&B”<说法>正确的是（ A ）。" }), new Paragraph({ text: "A.甲 B.乙" })])));
    expect(read.rows[0]!.cells.题干).toBe("“A&B”<说法>正确的是（　）。");
  });

  test("a .txt holding the template's header is still read as the template", async () => {
    const csv = "题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析,难度,所属模块\n判断题,党员有表决权。,,,,,,,正确,,,第一单元\n";
    expect(rowsOf(await readQuestionFile("bank.txt", new TextEncoder().encode(csv))).format).toBe("csv");
  });

  test("numberListItems numbers outer ordered lists and letters nested ones, leaving bullets alone", () => {
    expect(numberListItems("<ol><li>甲<ol><li>一</li><li>二</li></ol></li><li>乙</li></ol><ul><li>点</li></ul>")).toBe(
      "<ol><li>1. 甲<br><ol><li>A. 一</li><li>B. 二</li></ol></li><li>2. 乙</li></ol><ul><li>点</li></ul>",
    );
  });
});

describe("text that holds no bank is refused with a Chinese message", () => {
  test.each([
    ["text without numbered questions", "bank.txt", () => new TextEncoder().encode("这是一篇学习心得，没有题目。"), /没有找到题目。题目应以题号开头/],
    ["a binary file named .txt", "bank.txt", () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 0]), /文件不是文本文件/],
    ["an empty .txt", "bank.txt", () => new Uint8Array(), /文件是空的/],
    [
      `more than ${IMPORT_MAX_ROWS} questions`,
      "bank.txt",
      () => new TextEncoder().encode(Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, index) => `${index + 1}. 党员有表决权。（√）`).join("\n")),
      new RegExp(`一次最多导入 ${IMPORT_MAX_ROWS} 道题`),
    ],
    ["a zip named .docx that holds no document", "bank.docx", () => new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]), /无法读取这个 Word 文件/],
  ])("%s", async (_label, name, bytes, message) => {
    const result = await readQuestionFile(name, bytes());
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.error).toMatch(message);
  });
});
