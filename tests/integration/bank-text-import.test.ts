import { Document, Packer, Paragraph } from "docx";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { ForbiddenError } from "@/lib/server/authz";
import { createQuestion } from "@/lib/server/bank-admin/create-question";
import { commitQuestionImport } from "@/lib/server/bank-import/commit-question-import";
import { previewQuestionImport } from "@/lib/server/bank-import/preview-question-import";
import { createUser } from "../support/fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/** A bank as a branch keeps it: a title, two sections, an inline key, a key line, a bad key, a duplicate of the bank. */
const BANK = [
  "党章知识测试题", // 1
  "一、单项选择题", // 2
  "1．党的根本宗旨是（ A ）。", // 3
  "A．全心全意为人民服务  B．发展经济  C．依法治国", // 4
  "2、党的最高理想和最终目标是（　）。", // 5
  "A.实现小康", // 6
  "B.实现共产主义", // 7
  "答案：B", // 8
  "解析：党章总纲。", // 9
  "3. 党的组织原则是（ E ）。", // 10
  "A.民主集中制 B.个人服从组织", // 11
  "二、判断题", // 12
  "1. 党员有表决权。（√）", // 13
].join("\n");

describe("importing a text-layout bank (文本导入)", () => {
  let testDb: TestDatabase;
  let instructor: Actor;
  let learner: Actor;
  let existingId: string;

  const writes = async () => ({ questions: await testDb.db.question.count(), audit: await testDb.db.auditLog.count() });

  beforeAll(async () => {
    testDb = await createTestDatabase();
    [instructor, learner] = [await createUser(testDb.db, "INSTRUCTOR"), await createUser(testDb.db, "LEARNER")];
    await testDb.db.course.create({ data: { id: "course-text", slug: "text", title: "党章课程" } });
    await testDb.db.module.createMany({
      data: [
        { id: "text-m0", courseId: "course-text", position: 0, title: "第一单元" },
        { id: "text-m1", courseId: "course-text", position: 1, title: "第二单元" },
      ],
    });
    await testDb.db.course.create({ data: { id: "course-empty", slug: "empty", title: "空课程" } });
    await testDb.db.course.create({ data: { id: "course-other", slug: "other", title: "别的课程" } });
    await testDb.db.module.create({ data: { id: "other-m0", courseId: "course-other", position: 0, title: "别的单元" } });
    const created = await createQuestion(testDb.db, { actor: instructor, input: { type: "TRUE_FALSE", stem: "党员有表决权。（　）", verdict: "true", difficulty: "0.5", moduleId: "text-m1" } });
    if (!created.ok) throw new Error(JSON.stringify(created));
    existingId = created.questionId;
  });
  afterAll(async () => {
    await testDb?.close();
  });

  test("the preview shows each question as it will be stored with its lines, the refused item with its reason and text, the bank's duplicate and the skipped title — and writes nothing", async () => {
    const before = await writes();
    const preview = await previewQuestionImport(testDb.db, { actor: instructor, courseId: "course-text", fileName: "党章题库.txt", bytes: new Uint8Array(iconv.encode(BANK, "gbk")) });
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.format).toBe("text");
    expect(preview.module).toEqual({ id: "text-m0", title: "第一单元" });
    expect(preview.valid).toEqual([
      {
        row: 3,
        lines: { first: 3, last: 4 },
        type: "SINGLE_CHOICE",
        stem: "党的根本宗旨是（　）。",
        question: {
          type: "SINGLE_CHOICE",
          stem: "党的根本宗旨是（　）。",
          options: [
            { key: "A", text: "全心全意为人民服务" },
            { key: "B", text: "发展经济" },
            { key: "C", text: "依法治国" },
          ],
          answer: ["A"],
          explanation: "",
          module: "第一单元",
        },
      },
      expect.objectContaining({ row: 5, lines: { first: 5, last: 9 }, question: expect.objectContaining({ answer: ["B"], explanation: "党章总纲。" }) }),
    ]);
    expect(preview.rejected).toEqual([
      { row: 10, lines: { first: 10, last: 11 }, source: "3. 党的组织原则是（ E ）。\nA.民主集中制 B.个人服从组织", stem: "党的组织原则是（　）。", reasons: ["答案中的 E 没有对应的选项（选项E 是空的）", "正确答案必须是已有的选项"] },
    ]);
    expect(preview.duplicates).toEqual([{ row: 13, lines: { first: 13, last: 13 }, stem: "党员有表决权。（　）", existingId }]);
    expect(preview.skipped).toEqual([{ lines: { first: 1, last: 1 }, text: "党章知识测试题" }]);
    expect(await writes()).toEqual(before);
  });

  test("all or nothing: one refused item and nothing is written, with a Chinese error", async () => {
    const before = await writes();
    const result = await commitQuestionImport(testDb.db, { actor: instructor, courseId: "course-text", fileName: "党章题库.txt", bytes: new TextEncoder().encode(BANK), validOnly: false });
    expect(result).toMatchObject({ ok: false, error: "有 1 道题无法读取或有误，整份文件没有导入。请改正后重新上传，或选择“只导入正确的行”。" });
    expect(await writes()).toEqual(before);
  });

  test("only the valid ones, as drafts, into the chosen module: one transaction with an audit entry per question naming its lines", async () => {
    const before = await writes();
    const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: BANK.split("\n").map((text) => new Paragraph({ text })) }] })));
    const result = await commitQuestionImport(testDb.db, { actor: instructor, courseId: "course-text", moduleId: "text-m1", fileName: "党章题库.docx", bytes, validOnly: true, status: "DRAFT" });
    if (!result.ok) throw new Error(result.error);
    expect(result.imported).toBe(2);
    const imported = await testDb.db.question.findMany({ where: { id: { in: result.questionIds } }, orderBy: { stem: "asc" } });
    expect(imported.map((row) => [row.stem, row.status, row.origin, row.moduleId, row.courseId, row.answer])).toEqual([
      ["党的最高理想和最终目标是（　）。", "DRAFT", "IMPORTED", "text-m1", "course-text", ["B"]],
      ["党的根本宗旨是（　）。", "DRAFT", "IMPORTED", "text-m1", "course-text", ["A"]],
    ]);
    const audit = await testDb.db.auditLog.findMany({ where: { action: "question.import", entityId: { in: result.questionIds } } });
    expect(audit.map((entry) => (entry.after as { lines: unknown }).lines)).toEqual(expect.arrayContaining([{ first: 3, last: 4 }, { first: 5, last: 9 }]));
    const file = await testDb.db.auditLog.findFirst({ where: { action: "course.import-questions" }, orderBy: { createdAt: "desc" } });
    expect(file?.after).toMatchObject({ file: "党章题库.docx", format: "text", status: "DRAFT", imported: 2, rejectedRows: [10], duplicateRows: [13] });
    expect(await writes()).toEqual({ questions: before.questions + 2, audit: before.audit + 3 });
    await testDb.db.question.deleteMany({ where: { id: { in: result.questionIds } } });
  });

  test("a chapter heading naming a module of the course places its questions there; the others go to the chosen module", async () => {
    const text = ["1. 甲题（ A ）。\nA.一\nB.二", "第二章 第二单元", "1. 乙题（ B ）。\nA.一\nB.二", "第三章 没有这个单元", "1. 丙题（ A ）。\nA.一\nB.二"].join("\n");
    const preview = await previewQuestionImport(testDb.db, { actor: instructor, courseId: "course-text", pastedText: text });
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.valid.map((row) => [row.stem, row.question.module])).toEqual([
      ["甲题（　）。", "第一单元"],
      ["乙题（　）。", "第二单元"],
      ["丙题（　）。", "第一单元"],
    ]);
    expect(preview.skipped.map((part) => part.text)).toEqual(["第二章 第二单元", "第三章 没有这个单元"]);
  });

  test("pasted text goes the same way as a file", async () => {
    const preview = await previewQuestionImport(testDb.db, { actor: instructor, courseId: "course-text", pastedText: "1. 党的根本宗旨是（ A ）。\nA.全心全意为人民服务 B.发展经济" });
    expect(preview).toMatchObject({ ok: true, format: "text", valid: [{ row: 1, type: "SINGLE_CHOICE" }], rejected: [], duplicates: [] });
    const before = await writes();
    const result = await commitQuestionImport(testDb.db, { actor: instructor, courseId: "course-text", pastedText: "1. 党的根本宗旨是（ A ）。\nA.全心全意为人民服务 B.发展经济", validOnly: false });
    expect(result).toMatchObject({ ok: true, imported: 1 });
    const file = await testDb.db.auditLog.findFirst({ where: { action: "course.import-questions" }, orderBy: { createdAt: "desc" } });
    expect(file?.after).toMatchObject({ file: "粘贴的文本.txt", status: "ACTIVE" });
    expect(await writes()).toEqual({ questions: before.questions + 1, audit: before.audit + 2 });
  });

  test.each([
    ["a module of another course", { courseId: "course-text", moduleId: "other-m0", pastedText: BANK }, "所选单元不属于这门课程。"],
    ["a course without modules", { courseId: "course-empty", pastedText: BANK }, "课程中还没有单元，请先上传学习材料建立单元，再导入题目。"],
    ["text with no numbered question", { courseId: "course-text", pastedText: "学习心得：要认真学习党章。" }, /^没有找到题目。题目应以题号开头/],
    ["a binary file named .txt", { courseId: "course-text", fileName: "题库.txt", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) }, /^文件不是文本文件/],
    ["a damaged .docx", { courseId: "course-text", fileName: "题库.docx", bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]) }, /^无法读取这个 Word 文件/],
  ])("%s is refused in Chinese and nothing is written", async (_label, options, message) => {
    const before = await writes();
    const result = await commitQuestionImport(testDb.db, { actor: instructor, validOnly: true, ...options } as Parameters<typeof commitQuestionImport>[1]);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.error).toMatch(message);
    expect(await writes()).toEqual(before);
  });

  test("a learner may neither preview nor import a text bank", async () => {
    await expect(previewQuestionImport(testDb.db, { actor: learner, courseId: "course-text", pastedText: BANK })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(commitQuestionImport(testDb.db, { actor: learner, courseId: "course-text", pastedText: BANK, validOnly: true })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
