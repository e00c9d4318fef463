import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { questionsToCsv, type BankQuestion, type ExportFormat } from "@/lib/questions/interchange";
import { ForbiddenError } from "@/lib/server/authz";
import { createQuestion } from "@/lib/server/bank-admin/create-question";
import { exportQuestionBank } from "@/lib/server/bank/export-question-bank";
import { commitQuestionImport } from "@/lib/server/bank-import/commit-question-import";
import { previewQuestionImport } from "@/lib/server/bank-import/preview-question-import";
import { bankFilterSchema } from "@/lib/validation/question";
import { createUser } from "../support/fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const MODULE_TITLES = ["第一单元 党章", "第二单元 党史"];

const handWritten = (moduleId: string) => [
  {
    type: "SINGLE_CHOICE",
    stem: "党的根本宗旨是（　）。",
    options: [
      { key: "A", text: "全心全意为人民服务" },
      { key: "B", text: "发展经济, 改善民生" },
      { key: "C", text: "依法治国" },
    ],
    correct: ["A"],
    explanation: "出自党章。\n第二段",
    difficulty: "0.35",
    moduleId,
  },
  {
    type: "MULTIPLE_CHOICE",
    stem: "党的组织原则包括（　）。",
    options: ["民主集中制", "个人服从组织", "少数服从多数", "一言堂"].map((text, index) => ({ key: "ABCD"[index], text })),
    correct: ["A", "B", "C"],
    difficulty: "0.6",
    moduleId,
  },
  { type: "TRUE_FALSE", stem: "党员有表决权。", verdict: "false", difficulty: "0.2", moduleId },
  { type: "FILL_BLANK", stem: "一大于______年在______召开。", blanks: [["1921", "一九二一"], ["上海"]], difficulty: "0.5", moduleId },
  { type: "SHORT_ANSWER", stem: "简述党员的义务。", modelAnswer: "认真学习；执行路线。", keyPoints: ["认真学习", "执行路线"], difficulty: "0.8", moduleId },
];

/** What an export → import must keep: everything an instructor wrote but the id-free placement. */
function content(row: { type: string; stem: string; options: unknown; answer: unknown; acceptedAnswers: unknown; keyPoints: unknown; explanation: string; difficulty: number; module: { title: string } | null }) {
  return { type: row.type, stem: row.stem, options: row.options, answer: row.answer, acceptedAnswers: row.acceptedAnswers, keyPoints: row.keyPoints, explanation: row.explanation, difficulty: row.difficulty, module: row.module?.title };
}

describe("importing and exporting the question bank", () => {
  let testDb: TestDatabase;
  let instructor: Actor;
  let learner: Actor;
  const filter = (input: Record<string, unknown>) => bankFilterSchema.parse(input);

  const courseQuestions = (courseId: string) =>
    testDb.db.question.findMany({ where: { courseId }, include: { module: { select: { title: true } } }, orderBy: { stem: "asc" } });

  async function makeCourse(slug: string) {
    const course = await testDb.db.course.create({ data: { id: `course-${slug}`, slug, title: `课程${slug}` } });
    await testDb.db.module.createMany({ data: MODULE_TITLES.map((title, position) => ({ id: `${slug}-m${position}`, courseId: course.id, position, title })) });
    return course;
  }

  beforeAll(async () => {
    testDb = await createTestDatabase();
    [instructor, learner] = [await createUser(testDb.db, "INSTRUCTOR"), await createUser(testDb.db, "LEARNER")];
    await makeCourse("source");
    for (const input of handWritten("source-m1")) {
      const created = await createQuestion(testDb.db, { actor: instructor, input });
      expect(created.ok, JSON.stringify(created)).toBe(true);
    }
  });
  afterAll(async () => {
    await testDb?.close();
  });

  test.each<ExportFormat>(["xlsx", "csv", "json"])("export as %s → import into an empty course gives the same questions", async (format) => {
    const exported = await exportQuestionBank(testDb.db, { actor: instructor, format, filter: filter({ courseId: "course-source" }) });
    expect(exported.count).toBe(5);
    // The same questions are the same content hashes: into an empty bank they would be duplicates, so move the originals aside.
    const target = await makeCourse(`target-${format}`);
    const originals = await courseQuestions("course-source");
    await testDb.db.$executeRawUnsafe(`UPDATE "Question" SET "contentHash" = "contentHash" || '-moved', "id" = "id" || '-${format}' WHERE "courseId" = 'course-source'`);
    try {
      const preview = await previewQuestionImport(testDb.db, { actor: instructor, courseId: target.id, fileName: exported.fileName, bytes: exported.bytes });
      expect(preview).toMatchObject({ ok: true, format, rejected: [], duplicates: [] });
      const result = await commitQuestionImport(testDb.db, { actor: instructor, courseId: target.id, fileName: exported.fileName, bytes: exported.bytes, validOnly: false });
      expect(result).toMatchObject({ ok: true, imported: 5 });
      const imported = await courseQuestions(target.id);
      expect(imported.map(content)).toEqual(originals.map(content));
      expect(imported.map((row) => row.id).sort()).toEqual(originals.map((row) => row.id).sort());
      expect(imported.every((row) => row.origin === "IMPORTED" && row.status === "ACTIVE" && row.createdById === instructor.id && row.moduleId === `${target.slug}-m1`)).toBe(true);
    } finally {
      await testDb.db.question.deleteMany({ where: { courseId: target.id } });
      await testDb.db.$executeRawUnsafe(`UPDATE "Question" SET "contentHash" = replace("contentHash", '-moved', ''), "id" = replace("id", '-${format}', '') WHERE "courseId" = 'course-source'`);
    }
  });

  test("exports cover the filter, in all six formats", async () => {
    for (const format of ["json", "xlsx", "csv", "gift", "moodle-xml", "anki"] as const) {
      const exported = await exportQuestionBank(testDb.db, { actor: instructor, format, filter: filter({ courseId: "course-source", type: "TRUE_FALSE" }) });
      expect(exported.count).toBe(1);
      expect(exported.bytes.byteLength).toBeGreaterThan(0);
    }
    const json = await exportQuestionBank(testDb.db, { actor: instructor, format: "json", filter: filter({ q: "党员" }) });
    expect((JSON.parse(new TextDecoder().decode(json.bytes)) as BankQuestion[]).map((question) => question.stem).sort()).toEqual(["党员有表决权。", "简述党员的义务。"]);
  });

  describe("a file with good, bad and duplicate rows", () => {
    const good = (stem: string, module = MODULE_TITLES[0]!): Extract<BankQuestion, { type: "TRUE_FALSE" }> => ({ type: "TRUE_FALSE", stem, options: [], answer: true, explanation: "", difficulty: 0.5, module });
    const rows: BankQuestion[] = [
      good("导入的第一题。"),
      { ...good("所属单元不存在。"), module: "第九单元" },
      good("导入的第二题。", MODULE_TITLES[1]),
      good("党员有表决权。"), // in the bank already? no: the bank has the false one; same stem, other verdict → new question
      { ...good("党员有表决权。"), answer: false }, // exactly the stored question
      good("导入的第一题。"), // the file's own row 2 again
    ];
    const bytes = new TextEncoder().encode(questionsToCsv(rows));
    const options = () => ({ actor: instructor, courseId: "course-source", fileName: "题目.csv", bytes });

    test("the preview tells each row's fate and writes nothing", async () => {
      const before = await testDb.db.question.count();
      const preview = await previewQuestionImport(testDb.db, options());
      if (!preview.ok) throw new Error(preview.error);
      expect(preview.valid.map((row) => row.row)).toEqual([2, 4, 5]);
      expect(preview.rejected).toEqual([{ row: 3, stem: "所属单元不存在。", reasons: ["课程中没有名为“第九单元”的单元"] }]);
      expect(preview.duplicates).toEqual([
        { row: 6, stem: "党员有表决权。", existingId: expect.stringMatching(/^q_/) },
        { row: 7, stem: "导入的第一题。", sameAsRow: 2 },
      ]);
      expect(await testDb.db.question.count()).toBe(before);
    });

    test("all or nothing: one bad row and nothing is written", async () => {
      const before = await testDb.db.question.count();
      const audits = await testDb.db.auditLog.count();
      const result = await commitQuestionImport(testDb.db, { ...options(), validOnly: false });
      expect(result).toMatchObject({ ok: false, error: expect.stringContaining("有 1 行有误，整份文件没有导入"), rejected: [{ row: 3 }] });
      expect(await testDb.db.question.count()).toBe(before);
      expect(await testDb.db.auditLog.count()).toBe(audits);
    });

    test("valid rows only: the good rows are imported once, the duplicates not again, with audit entries", async () => {
      const result = await commitQuestionImport(testDb.db, { ...options(), validOnly: true });
      if (!result.ok) throw new Error(result.error);
      expect(result.imported).toBe(3);
      expect(result.duplicates.map((row) => row.row)).toEqual([6, 7]);
      const stored = await testDb.db.question.findMany({ where: { id: { in: result.questionIds } }, include: { module: true } });
      expect(stored.map((row) => [row.stem, row.module?.title, row.origin, row.status]).sort()).toEqual(
        [
          ["导入的第一题。", MODULE_TITLES[0], "IMPORTED", "ACTIVE"],
          ["导入的第二题。", MODULE_TITLES[1], "IMPORTED", "ACTIVE"],
          ["党员有表决权。", MODULE_TITLES[0], "IMPORTED", "ACTIVE"],
        ].sort(),
      );
      expect(await testDb.db.auditLog.count({ where: { action: "question.import", entityId: { in: result.questionIds } } })).toBe(3);
      const fileEntry = await testDb.db.auditLog.findFirstOrThrow({ where: { action: "course.import-questions", entityId: "course-source" } });
      expect(fileEntry).toMatchObject({ actorId: instructor.id, entityType: "Course", entityId: "course-source" });
      expect(fileEntry.after).toMatchObject({ file: "题目.csv", imported: 3, rejectedRows: [3], duplicateRows: [6, 7] });

      // Importing the same file again doubles nothing.
      const again = await commitQuestionImport(testDb.db, { ...options(), validOnly: true });
      expect(again).toMatchObject({ ok: false, error: expect.stringContaining("没有可以导入的新题目") });
      expect(await testDb.db.question.count({ where: { stem: "导入的第一题。" } })).toBe(1);
    });
  });

  test("a bad file or a missing course is refused and writes nothing", async () => {
    const before = await testDb.db.question.count();
    const notSheet = await commitQuestionImport(testDb.db, { actor: instructor, courseId: "course-source", fileName: "a.xlsx", bytes: new TextEncoder().encode("hello"), validOnly: true });
    expect(notSheet).toMatchObject({ ok: false, error: expect.stringContaining("无法读取这个 Excel 文件") });
    const unclosed = await commitQuestionImport(testDb.db, { actor: instructor, courseId: "course-source", fileName: "a.csv", bytes: new TextEncoder().encode('题型,题干\n单选题,"没有结束的引号\n'), validOnly: true });
    expect(unclosed).toMatchObject({ ok: false, error: expect.stringContaining("格式有误（引号没有成对）") });
    const noCourse = await previewQuestionImport(testDb.db, { actor: instructor, courseId: "nope", fileName: "a.csv", bytes: new TextEncoder().encode("x") });
    expect(noCourse).toMatchObject({ ok: false, error: expect.stringContaining("所选课程不存在") });
    expect(await testDb.db.question.count()).toBe(before);
  });

  test("learners may neither import nor export", async () => {
    const bytes = new TextEncoder().encode("x");
    await expect(previewQuestionImport(testDb.db, { actor: learner, courseId: "course-source", fileName: "a.csv", bytes })).rejects.toThrow(ForbiddenError);
    await expect(commitQuestionImport(testDb.db, { actor: learner, courseId: "course-source", fileName: "a.csv", bytes, validOnly: true })).rejects.toThrow(ForbiddenError);
    await expect(exportQuestionBank(testDb.db, { actor: learner, format: "csv", filter: filter({}) })).rejects.toThrow(ForbiddenError);
  });
});
