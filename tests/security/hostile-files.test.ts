// The hostile-file catalogue: each file is made here (nothing big is committed), handed to the
// service an upload or import reaches, and must be refused with a Chinese message, writing nothing.
import { Document, Packer, Paragraph } from "docx";
import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { ContentError } from "@/lib/content";
import { TEMPLATE_COLUMNS } from "@/lib/questions/interchange";
import { commitQuestionImport } from "@/lib/server/bank-import/commit-question-import";
import { importRoster } from "@/lib/server/classes/import-roster";
import { buildCourseInWorker, readRosterFileInWorker } from "@/lib/server/parsing/parse-in-worker";
import { publishUpload } from "@/lib/server/uploads/publish-upload";
import { UploadError, uploadDocument } from "@/lib/server/uploads/upload-document";
import { createClass, createUser } from "../support/fixtures";
import {
  docxBomb,
  docxDeclaring,
  docxLyingBomb,
  rosterXlsxOfRows,
  truncated,
  xlsxBomb,
  zipDeclaringHugeEntry,
  zipOfManyEntries,
} from "../support/hostile-files";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { DISCIPLINE_ESSAY } from "../support/essays";

const CHINESE = /[\u4e00-\u9fff]/;
const BOMB_MESSAGE = /解压后过大或内部文件过多/;

let testDb: TestDatabase;
let instructor: Actor;
let classId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  instructor = await createUser(testDb.db, "INSTRUCTOR");
  classId = (await createClass(testDb.db, { instructors: [instructor] })).id;
  await testDb.db.course.create({ data: { id: "crs_sec", slug: "sec", title: "安全测试课程" } });
  await testDb.db.module.create({ data: { id: "mod_sec", courseId: "crs_sec", position: 0, title: "第一单元" } });
});
afterAll(async () => {
  await testDb?.close();
});

/** Every table an upload or import writes to. */
async function writes() {
  return {
    documents: await testDb.db.sourceDocument.count(),
    documentParts: await testDb.db.sourceDocumentPart.count(),
    questions: await testDb.db.question.count(),
    users: await testDb.db.user.count(),
    members: await testDb.db.classMember.count(),
    audit: await testDb.db.auditLog.count(),
  };
}

async function uploadRefusal(fileName: string, bytes: Uint8Array): Promise<string> {
  const before = await writes();
  const error = await uploadDocument(testDb.db, instructor, { courseId: "crs_sec", fileName, bytes }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(await writes()).toEqual(before);
  expect(error instanceof ContentError || error instanceof UploadError).toBe(true);
  const message = (error as ContentError | UploadError).userMessage;
  expect(message).toMatch(CHINESE);
  return message;
}

async function rosterRefusal(fileName: string, bytes: Uint8Array): Promise<string> {
  const before = await writes();
  const result = await importRoster(testDb.db, { actor: instructor, classId, fileName, bytes });
  expect(result.ok).toBe(false);
  expect(await writes()).toEqual(before);
  const message = result.ok ? "" : result.error;
  expect(message).toMatch(CHINESE);
  return message;
}

async function questionImportRefusal(fileName: string, bytes: Uint8Array): Promise<string> {
  const before = await writes();
  const result = await commitQuestionImport(testDb.db, { actor: instructor, courseId: "crs_sec", fileName, bytes, validOnly: true });
  expect(result.ok).toBe(false);
  expect(await writes()).toEqual(before);
  const message = result.ok ? "" : (result as { error: string }).error;
  expect(message).toMatch(CHINESE);
  return message;
}

describe("documents uploaded for a course (.docx, PDF)", () => {
  test("a .docx under 1 MB whose XML inflates to half a gigabyte is refused before it is inflated", async () => {
    const bomb = await docxBomb(512);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect(await uploadRefusal("炸弹.docx", bomb)).toMatch(BOMB_MESSAGE);
  });

  test("a .docx declaring a 4 GB part is refused from its directory", async () => {
    expect(await uploadRefusal("巨大.docx", zipDeclaringHugeEntry())).toMatch(BOMB_MESSAGE);
  });

  test("a .docx whose part declares a small size but inflates to 64 MB is stopped at its declaration", async () => {
    expect(await uploadRefusal("说谎.docx", await docxLyingBomb(64))).toMatch(BOMB_MESSAGE);
  });

  test("a .docx of 5,000 parts is refused as too many entries", async () => {
    expect(await uploadRefusal("碎片.docx", zipOfManyEntries(5000))).toMatch(BOMB_MESSAGE);
  });

  test("a truncated .docx is refused as damaged", async () => {
    const real = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("党员要密切联系群众，坚持全心全意为人民服务。")] }] }));
    expect(await uploadRefusal("截断.docx", truncated(real))).toMatch(/已损坏或格式不正确/);
  });

  test("a .docx whose part inflates to less than it declares is refused as damaged", async () => {
    expect(await uploadRefusal("不符.docx", docxDeclaring({ document: 100_000 }))).toMatch(/已损坏或格式不正确/);
  });

  test("a file named .pdf that is not a PDF, and a PDF header over garbage, are refused", async () => {
    expect(await uploadRefusal("假的.pdf", new TextEncoder().encode("这不是 PDF 文件，只是改了扩展名的文字。".repeat(20)))).toMatch(/不支持/);
    const garbage = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.from(Array.from({ length: 50_000 }, (_, index) => (index * 7919) % 256))]);
    expect(await uploadRefusal("损坏.pdf", garbage)).toMatch(/已损坏或格式不正确|没有可提取的文字/);
  });

  test("a parse worker that runs out of time or memory becomes a Chinese refusal, and the next parse still works", async () => {
    const input = (fileName: string) => ({ fileName, manifest: { title: "材料", description: "上传的学习材料", documents: [{ path: fileName }] }, path: fileName, bytes: docxDeclaring(null, 200) });
    await expect(buildCourseInWorker(input("慢.docx"), { maxHeapMb: 512, timeLimitMs: 1 })).rejects.toMatchObject({ reason: "TIMEOUT", userMessage: expect.stringMatching(/解析超时/) });
    await expect(buildCourseInWorker(input("大.docx"), { maxHeapMb: 1, timeLimitMs: 60_000 })).rejects.toMatchObject({ reason: "CRASHED", userMessage: expect.stringMatching(/内存过多或意外中止/) });
    const built = await buildCourseInWorker(input("好.docx"));
    expect(built.kind).toBe("docx");
    expect(JSON.stringify(built.built.modules)).toContain("第200段");
  });
});

describe("publishing an uploaded document", () => {
  test("a publish whose question generation runs out of time or memory is refused in Chinese, publishes nothing, and a retry publishes", async () => {
    const text = DISCIPLINE_ESSAY;
    const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_sec", fileName: "权利.txt", bytes: new TextEncoder().encode(text) });
    const before = { ...(await writes()), modules: await testDb.db.module.count(), status: (await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId } })).status };
    const after = async () => ({ ...(await writes()), modules: await testDb.db.module.count(), status: (await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId } })).status });
    await expect(publishUpload(testDb.db, instructor, documentId, { maxHeapMb: 512, timeLimitMs: 1 })).rejects.toMatchObject({ userMessage: expect.stringMatching(/^文档“权利.txt”的题目生成超时.*没有发布任何内容/) });
    expect(await after()).toEqual(before);
    await expect(publishUpload(testDb.db, instructor, documentId, { maxHeapMb: 1, timeLimitMs: 60_000 })).rejects.toMatchObject({ userMessage: expect.stringMatching(/题目生成时占用内存过多或意外中止.*没有发布任何内容/) });
    expect(await after()).toEqual(before);
    expect(before.status).toBe("UPLOADED");
    expect((await publishUpload(testDb.db, instructor, documentId))?.modules.created).toBe(1);
    expect(await testDb.db.question.count({ where: { module: { documentId } } })).toBeGreaterThan(0);
  });
});

describe("roster imports (.xlsx, CSV)", () => {
  test("an .xlsx bomb is refused before it is inflated", async () => {
    expect(await rosterRefusal("名单.xlsx", await xlsxBomb(512))).toMatch(BOMB_MESSAGE);
  });

  test("an .xlsx that declares a 4 GB part or 5,000 parts is refused", async () => {
    expect(await rosterRefusal("名单.xlsx", zipDeclaringHugeEntry())).toMatch(BOMB_MESSAGE);
    expect(await rosterRefusal("名单.xlsx", zipOfManyEntries(5000))).toMatch(BOMB_MESSAGE);
  });

  test("a 100,000-row .xlsx is refused at the row limit, without a temporary file left behind", async () => {
    const file = rosterXlsxOfRows(100_000);
    const tempFiles = () => fs.readdirSync(os.tmpdir()).filter((name) => /^tmp-\d+-/.test(name)).length;
    const tempBefore = tempFiles();
    expect(await rosterRefusal("十万行.xlsx", file)).toMatch(/一次最多导入 2000 名学员，这个文件超过了 2000 行/);
    expect(tempFiles()).toBe(tempBefore);
  });

  test("a truncated .xlsx is refused as unreadable", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("名单").addRows([["姓名", "邮箱"], ["张三", "zhangsan@example.com"]]);
    expect(await rosterRefusal("截断.xlsx", truncated(new Uint8Array(await workbook.xlsx.writeBuffer())))).toMatch(/无法读取这个 Excel 文件/);
  });

  test("a 30 MB CSV is refused by its size", async () => {
    const huge = Buffer.from(`姓名,邮箱\n${"张三,zhangsan@example.com\n".repeat(1_100_000)}`);
    expect(huge.byteLength).toBeGreaterThan(25 * 1024 * 1024);
    expect(await rosterRefusal("名单.csv", huge)).toMatch(/超过 2 MB/);
  });

  test("a roster parse that runs out of time is refused in Chinese", async () => {
    const result = await readRosterFileInWorker("名单.csv", new TextEncoder().encode("姓名,邮箱\n张三,a@example.com\n"), { maxHeapMb: 256, timeLimitMs: 1 });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/解析超时/) });
  });
});

describe("question imports (.xlsx, CSV)", () => {
  test("an .xlsx bomb is refused before it is inflated", async () => {
    expect(await questionImportRefusal("题库.xlsx", await xlsxBomb(512))).toMatch(BOMB_MESSAGE);
  });

  test("an .xlsx whose sheet lies about its size is stopped at its declaration", async () => {
    const bomb = await xlsxBomb(64);
    // Make the sheet declare a tenth of its compressed size in both headers.
    const lying = Buffer.from(bomb);
    const view = new DataView(lying.buffer, lying.byteOffset, lying.byteLength);
    for (let offset = 0; offset + 4 <= lying.byteLength; offset++) {
      const signature = view.getUint32(offset, true);
      if (signature !== 0x02014b50 && signature !== 0x04034b50) continue;
      const central = signature === 0x02014b50;
      const nameLength = view.getUint16(offset + (central ? 28 : 26), true);
      const name = lying.subarray(offset + (central ? 46 : 30), offset + (central ? 46 : 30) + nameLength).toString();
      if (name !== "xl/worksheets/sheet1.xml") continue;
      const compressed = view.getUint32(offset + (central ? 20 : 18), true);
      view.setUint32(offset + (central ? 24 : 22), Math.floor(compressed / 10), true);
    }
    expect(await questionImportRefusal("题库.xlsx", lying)).toMatch(BOMB_MESSAGE);
  });

  test("a 100,000-row .xlsx is refused at the row limit", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("题目");
    sheet.addRow([...TEMPLATE_COLUMNS]);
    for (let index = 0; index < 100_000; index++) sheet.addRow(["判断题", `第${index}题：党的根本宗旨是全心全意为人民服务。`, "", "", "", "", "", "", "正确", "", "2", "第一单元"]);
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await questionImportRefusal("十万题.xlsx", file)).toMatch(/一次最多导入 5000 道题，这个文件超过了 5000 行/);
  });

  test("a 30 MB CSV is refused by its size", async () => {
    const huge = Buffer.from(`${TEMPLATE_COLUMNS.join(",")}\n${"判断题,对吗,,,,,,,正确,,2,第一单元\n".repeat(1_000_000)}`);
    expect(await questionImportRefusal("题库.csv", huge)).toMatch(/超过 5 MB/);
  });
});

describe("question imports in the text layout (.docx, .txt, pasted text)", () => {
  async function pastedRefusal(pastedText: string): Promise<string> {
    const before = await writes();
    const result = await commitQuestionImport(testDb.db, { actor: instructor, courseId: "crs_sec", pastedText, validOnly: true });
    expect(result.ok).toBe(false);
    expect(await writes()).toEqual(before);
    const message = result.ok ? "" : (result as { error: string }).error;
    expect(message).toMatch(CHINESE);
    return message;
  }

  test("a .docx bomb is refused before it is inflated", async () => {
    expect(await questionImportRefusal("题库.docx", await docxBomb(512))).toMatch(/Word 文件解压后过大或内部文件过多/);
  });

  test("a .docx declaring a 4 GB part, or of 5,000 parts, is refused from its directory", async () => {
    expect(await questionImportRefusal("题库.docx", zipDeclaringHugeEntry())).toMatch(/Word 文件解压后过大或内部文件过多/);
    expect(await questionImportRefusal("题库.docx", zipOfManyEntries(5000))).toMatch(/Word 文件解压后过大或内部文件过多/);
  });

  test("a .docx whose part inflates past its declaration is stopped there", async () => {
    expect(await questionImportRefusal("题库.docx", await docxLyingBomb(64))).toMatch(/Word 文件/);
  });

  test("a truncated .docx is refused as damaged", async () => {
    const whole = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ text: "1. 党员有表决权。（√）" })] }] })));
    expect(await questionImportRefusal("题库.docx", truncated(whole))).toMatch(/无法读取这个 Word 文件/);
  });

  test("pasted text over the size limit is refused by its size", async () => {
    expect(await pastedRefusal("1. 党员有表决权。（√）\n".repeat(300_000))).toMatch(/超过 5 MB/);
  });

  test("pasted text of more questions than an import takes is refused at the limit", async () => {
    const many = Array.from({ length: 5001 }, (_, index) => `${index + 1}. 党员有表决权。（√）`).join("\n");
    expect(await pastedRefusal(many)).toMatch(/一次最多导入 5000 道题/);
  });

  test("a near-limit text built to make the layout reader backtrack (one 2 MB bracket of letters) is answered, not hung", async () => {
    // Read to the end (the worker's time limit would answer 解析超时 instead): the one item is refused, so nothing is imported.
    expect(await pastedRefusal(`1. 题（${"A ".repeat(1_000_000)}x`)).toBe("文件中没有可以导入的新题目（都有误或题库中已有）。");
  });

  test("a .txt of control bytes is refused as not text", async () => {
    expect(await questionImportRefusal("题库.txt", new Uint8Array(4096).fill(1))).toMatch(/不是文本文件/);
  });
});

