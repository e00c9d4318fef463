/* eslint-disable @typescript-eslint/no-explicit-any -- the parsers' output is untyped JSON, checked field by field */
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse as parseGift } from "gift-pegjs";
import { describe, expect, test } from "vitest";
import {
  IMPORT_MAX_ROWS,
  TEMPLATE_COLUMNS,
  parseQuestionRow,
  questionsToAnki,
  questionsToCsv,
  questionsToGift,
  questionsToMoodleXml,
  questionsToXlsx,
  readQuestionFile,
  templateQuestions,
  templateXlsx,
  type BankQuestion,
} from "@/lib/questions/interchange";

const MODULE = { id: "m1", title: "第一单元" };

/** A few questions with characters the formats treat specially. */
function tricky(): BankQuestion[] {
  return [
    ...templateQuestions(),
    {
      type: "SINGLE_CHOICE",
      stem: "下列说法正确的是：{括号}、~波浪、=等号、#井号、<尖括号> & \"引号\", 逗号",
      options: [
        { key: "A", text: "a=b" },
        { key: "B", text: "c~d" },
        { key: "C", text: "含,逗号\n和换行" },
      ],
      answer: ["C"],
      explanation: "第一行\n第二行",
      difficulty: 0.25,
      module: "第一单元",
    },
    {
      type: "MULTIPLE_CHOICE",
      stem: "六个都对（　）。",
      options: ["甲", "乙", "丙", "丁", "戊", "己"].map((text, index) => ({ key: "ABCDEF"[index]!, text })),
      answer: ["A", "B", "C", "D", "E", "F"],
      explanation: "",
      difficulty: 0.9,
      module: "第一单元",
    },
    { type: "TRUE_FALSE", stem: "这句话是错的。", options: [], answer: false, explanation: "", difficulty: 0.1, module: "第一单元" },
    { type: "FILL_BLANK", stem: "党的最高理想是实现（　）。", options: [], answer: ["共产主义"], acceptedAnswers: [["共产主义", "共产主义社会"]], explanation: "", difficulty: 0.5, module: "第一单元" },
  ];
}

async function xlsxOf(build: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("题目");
  build(sheet);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const header = [...TEMPLATE_COLUMNS];
const goodRow = ["判断题", "党员有表决权。", "", "", "", "", "", "", "正确", "", "0.3", "第一单元"];

async function readError(fileName: string, bytes: Uint8Array): Promise<string> {
  const result = await readQuestionFile(fileName, bytes);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.error;
}

function parsedInputs(rows: Awaited<ReturnType<typeof readQuestionFile>>) {
  if (!rows.ok) throw new Error(rows.error);
  return rows.rows.map((row) => {
    const parsed = parseQuestionRow(row, [MODULE]);
    if (!parsed.ok) throw new Error(`row ${row.row}: ${parsed.reasons.join("；")}`);
    return parsed.input;
  });
}

describe("the template and the table formats", () => {
  test("the template has the header and one valid example per type", async () => {
    const read = await readQuestionFile("模板.xlsx", await templateXlsx("第一单元"));
    const inputs = parsedInputs(read);
    expect(inputs.map((input) => input.type)).toEqual(["SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE", "FILL_BLANK", "SHORT_ANSWER"]);
    expect(read.ok && read.rows.map((row) => row.row)).toEqual([2, 3, 4, 5, 6]);
  });

  test("xlsx and CSV written by the export read back to the same questions", async () => {
    const questions = tricky();
    const fromXlsx = parsedInputs(await readQuestionFile("bank.xlsx", await questionsToXlsx(questions)));
    const csv = questionsToCsv(questions);
    expect(csv.startsWith("\ufeff题型,题干,选项A")).toBe(true);
    const fromCsv = parsedInputs(await readQuestionFile("bank.csv", new TextEncoder().encode(csv)));
    expect(fromXlsx).toEqual(fromCsv);
    expect(fromCsv.length).toBe(questions.length);
    expect(fromCsv[5]).toMatchObject({ stem: questions[5]!.stem, options: questions[5]!.options, correct: ["C"], explanation: "第一行\n第二行", difficulty: 0.25 });
    expect(fromCsv[4]).toMatchObject({ type: "SHORT_ANSWER", keyPoints: questions[4]!.keyPoints });
    expect(fromCsv[3]).toMatchObject({ blanks: [["1921", "一九二一"], ["上海"]] });
  });

  test("a CSV in GBK reads as well as one in UTF-8", async () => {
    const text = `${header.join(",")}\r\n${goodRow.join(",")}\r\n`;
    const read = await readQuestionFile("题库.csv", new Uint8Array(iconv.encode(text, "gbk")));
    expect(parsedInputs(read)).toEqual([expect.objectContaining({ type: "TRUE_FALSE", stem: "党员有表决权。", verdict: true, difficulty: 0.3 })]);
  });

  test("columns may come in any order; blank lines are skipped and rows keep the spreadsheet's numbers", async () => {
    const order = [...header].reverse();
    const cells = [...goodRow].reverse();
    const read = await readQuestionFile("a.csv", new TextEncoder().encode(`${order.join(",")}\n\n${cells.join(",")}\n`));
    expect(read.ok && read.rows.map((row) => row.row)).toEqual([3]);
    expect(parsedInputs(read)[0]).toMatchObject({ type: "TRUE_FALSE" });
  });
});

describe("bad files are refused with a clear message", () => {
  const cases: Array<[string, () => Promise<[string, Uint8Array]>, RegExp]> = [
    ["an empty file", async () => ["a.xlsx", new Uint8Array()], /文件是空的/],
    ["a text file named .xlsx", async () => ["a.xlsx", new TextEncoder().encode("题型,题干\n")], /无法读取这个 Excel 文件/],
    ["a zip that is no workbook", async () => ["a.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8])], /无法读取这个 Excel 文件/],
    ["a picture named .csv", async () => ["a.csv", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 0])], /不是文本格式的 CSV/],
    ["an old .xls", async () => ["a.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])], /不支持旧版 Excel/],
    ["a damaged Word document", async () => ["a.docx", new Uint8Array([0x50, 0x4b, 3, 4])], /无法读取这个 Word 文件/],
    ["an old Word .doc", async () => ["a.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])], /不支持旧版 Word/],
    ["a PDF", async () => ["a.pdf", new TextEncoder().encode("%PDF-1.4")], /不支持这种文件类型/],
    ["broken JSON", async () => ["a.json", new TextEncoder().encode("[{")], /JSON 文件格式有误/],
    ["JSON that is not a list", async () => ["a.json", new TextEncoder().encode("{}")], /题目的数组/],
    ["a column that is not the template's", async () => ["a.csv", new TextEncoder().encode(`${header.join(",")},备注\n${goodRow.join(",")},x\n`)], /表头中的“备注”不是模板的列/],
    ["missing columns", async () => ["a.csv", new TextEncoder().encode("题型,题干,答案\n判断题,对吗,正确\n")], /表头缺少这些列：选项A、选项B、选项C、选项D、选项E、选项F、解析、难度、所属模块/],
    ["a roster instead of questions", async () => ["a.csv", new TextEncoder().encode("姓名,邮箱\n张三,a@b.c\n")], /表头中的“姓名”不是模板的列/],
    ["a header and no rows", async () => ["a.csv", new TextEncoder().encode(`${header.join(",")}\n`)], /表头下面没有题目/],
    [
      "a formula",
      async () => [
        "a.xlsx",
        await xlsxOf((sheet) => {
          sheet.addRow(header);
          sheet.addRow(goodRow);
          sheet.getCell("K2").value = { formula: "0.1+0.2", result: 0.3 };
        }),
      ],
      /单元格 K2 是公式/,
    ],
    [
      "merged cells",
      async () => [
        "a.xlsx",
        await xlsxOf((sheet) => {
          sheet.addRow(header);
          sheet.addRow(goodRow);
          sheet.addRow(goodRow);
          sheet.mergeCells("L2:L3");
        }),
      ],
      /合并的单元格（L2:L3）/,
    ],
    [
      `more than ${IMPORT_MAX_ROWS} rows (xlsx)`,
      async () => [
        "a.xlsx",
        await xlsxOf((sheet) => {
          sheet.addRow(header);
          for (let index = 0; index < IMPORT_MAX_ROWS + 60; index++) sheet.addRow(goodRow);
        }),
      ],
      new RegExp(`一次最多导入 ${IMPORT_MAX_ROWS} 道题，这个文件超过了 ${IMPORT_MAX_ROWS} 行`),
    ],
    [
      `more than ${IMPORT_MAX_ROWS} rows (CSV)`,
      async () => ["a.csv", new TextEncoder().encode(`${header.join(",")}\n${`${goodRow.join(",")}\n`.repeat(IMPORT_MAX_ROWS + 1)}`)],
      new RegExp(`一次最多导入 ${IMPORT_MAX_ROWS} 道题，文件中有 ${IMPORT_MAX_ROWS + 1} 行`),
    ],
  ];
  test.each(cases)("%s", async (_name, file, message) => {
    const [fileName, bytes] = await file();
    expect(await readError(fileName, bytes)).toMatch(message);
  });
});

describe("GIFT, checked by gift-pegjs", () => {
  test("each type becomes the GIFT question Moodle expects, special characters intact", () => {
    const questions = tricky();
    const parsed = parseGift(questionsToGift(questions, "党章"));
    expect(parsed[0]).toMatchObject({ type: "Category", title: "$course$/top/党章/第一单元" });
    const items = parsed.filter((item) => item.type !== "Category") as Array<Record<string, any>>;
    expect(items.map((item) => item.type)).toEqual(["MC", "MC", "TF", "Short", "Essay", "MC", "MC", "TF", "Short"]);
    items.forEach((item, index) => expect(item.stem.text.replace(/\\n/g, "\n")).toBe(questions[index]!.stem));

    const [single, multiple, verdict, blanks, essay, special, six, falseVerdict, oneBlank] = items as Array<Record<string, any>>;
    expect(single!.choices.map((choice: any) => choice.isCorrect)).toEqual([true, false, false, false]);
    expect(single!.globalFeedback.text).toBe(questions[0]!.explanation);
    const weights = (item: Record<string, any>) => item.choices.map((choice: any) => choice.weight as number);
    const positive = (item: Record<string, any>) => weights(item).filter((weight: number) => weight > 0).reduce((sum: number, weight: number) => sum + weight, 0);
    expect(weights(multiple!)).toEqual([33.33333, 33.33333, 33.33333, -100]);
    expect(positive(multiple!)).toBeCloseTo(100, 3);
    expect(positive(six!)).toBeCloseTo(100, 3);
    expect(verdict!.isTrue).toBe(true);
    expect(falseVerdict!.isTrue).toBe(false);
    expect(blanks!.choices.map((choice: any) => choice.text.text)).toEqual(["1921；上海"]);
    expect(oneBlank!.choices.map((choice: any) => choice.text.text)).toEqual(["共产主义", "共产主义社会"]);
    expect(essay!.globalFeedback.text).toContain("参考答案：认真学习马克思列宁主义");
    expect(special!.choices.map((choice: any) => choice.text.text.replace(/\\n/g, "\n"))).toEqual(["a=b", "c~d", "含,逗号\n和换行"]);
    expect(special!.choices.map((choice: any) => choice.isCorrect)).toEqual([false, false, true]);
  });
});

describe("Moodle XML, checked with fast-xml-parser", () => {
  const asArray = <T,>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

  test("well-formed <quiz> of the question types Moodle imports, with fractions that add up", () => {
    const questions = tricky();
    const text = questionsToMoodleXml(questions, "党章");
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false, trimValues: false }).parse(text);
    const all = asArray(doc.quiz.question) as Array<Record<string, any>>;
    expect(all[0]!["@type"]).toBe("category");
    expect(all[0]!.category.text).toBe("$course$/top/党章/第一单元");
    const items = all.filter((item) => item["@type"] !== "category");
    expect(items.map((item) => item["@type"])).toEqual(["multichoice", "multichoice", "truefalse", "cloze", "essay", "multichoice", "multichoice", "truefalse", "shortanswer"]);
    for (const item of items) {
      expect(item.name.text).toMatch(/\S/);
      expect(item.questiontext["@format"]).toBe("html");
    }
    const fractions = (item: Record<string, any>) => asArray(item.answer).map((answer: any) => Number(answer["@fraction"]));
    const sumPositive = (item: Record<string, any>) => fractions(item).filter((value) => value > 0).reduce((sum, value) => sum + value, 0);
    for (const item of items.filter((candidate) => candidate["@type"] === "multichoice")) {
      expect(sumPositive(item)).toBeCloseTo(100, 3);
      if (item.single === "true") expect(fractions(item).filter((value) => value === 100)).toHaveLength(1);
      else expect(fractions(item).every((value) => value > 0 || value === -100)).toBe(true);
    }
    expect(items[0]!.single).toBe("true");
    expect(items[1]!.single).toBe("false");
    expect(fractions(items[1]!)).toEqual([33.33333, 33.33333, 33.33333, -100]);
    expect(asArray(items[2]!.answer).map((answer: any) => [answer.text, answer["@fraction"]])).toEqual([["true", "100"], ["false", "0"]]);
    expect(asArray(items[7]!.answer).map((answer: any) => [answer.text, answer["@fraction"]])).toEqual([["true", "0"], ["false", "100"]]);
    expect(items[3]!.questiontext.text).toBe("中国共产党第一次全国代表大会于{1:SHORTANSWER:=1921~=一九二一}年在{1:SHORTANSWER:=上海}召开。");
    expect(asArray(items[8]!.answer).map((answer: any) => [answer.text, answer["@fraction"]])).toEqual([["共产主义", "100"], ["共产主义社会", "100"]]);
    expect(items[4]!.graderinfo.text).toContain("参考答案：认真学习马克思列宁主义");
    // HTML text: escaped once for HTML, once for XML; the parser gives back the HTML.
    expect(items[5]!.questiontext.text).toBe("下列说法正确的是：{括号}、~波浪、=等号、#井号、&lt;尖括号&gt; &amp; &quot;引号&quot;, 逗号");
    expect(items[5]!.generalfeedback.text).toBe("第一行<br>第二行");
  });
});

describe("Anki text", () => {
  test("headers tell Anki the separator and HTML; each note is front, back and a tag", () => {
    const questions = tricky();
    const lines = questionsToAnki(questions).trimEnd().split("\n");
    expect(lines.slice(0, 3)).toEqual(["#separator:tab", "#html:true", "#tags column:3"]);
    const notes = lines.slice(3).map((line) => line.split("\t"));
    expect(notes).toHaveLength(questions.length);
    expect(notes.every((fields) => fields.length === 3)).toBe(true);
    expect(notes[0]![0]).toBe("【单选题】中国共产党的根本宗旨是（　）。<br>A. 全心全意为人民服务<br>B. 实现共产主义<br>C. 发展生产力<br>D. 依法治国");
    expect(notes[0]![1]).toContain("A. 全心全意为人民服务");
    expect(notes[2]![1]).toBe("正确");
    expect(notes[5]![0]).toContain("&lt;尖括号&gt; &amp;");
    expect(notes[5]![0]).toContain("C. 含,逗号<br>和换行");
    expect(notes[0]![2]).toBe("第一单元");
  });
});
