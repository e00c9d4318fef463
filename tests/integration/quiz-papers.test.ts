import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { previewQuestionImport } from "@/lib/server/bank-import/preview-question-import";
import { buildPaper } from "@/lib/papers/build-paper";
import { paperDocument } from "@/lib/papers/paper-document";
import { exportQuizPaper, type PaperFile } from "@/lib/server/papers/export-quiz-paper";
import { writePaperPdfInWorker } from "@/lib/server/parsing/parse-in-worker";
import { createQuiz } from "@/lib/server/quizzes/create-quiz";
import { saveQuizRules } from "@/lib/server/quizzes/save-quiz-rules";
import { questionHash, testedAnswers } from "@/lib/questions/question-hash";
import { createUser } from "../support/fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { SAMPLE_QUESTIONS } from "../unit/papers/sample-questions";

const SETTINGS = {
  title: "党章知识测验",
  description: "",
  courseId: "paper-course",
  composition: "FIXED",
  timeLimitMinutes: "",
  attemptsAllowed: "1",
  scoring: "BEST",
  resultPolicy: "IMMEDIATELY",
  latePolicy: "REFUSE",
  pointsByType: { SINGLE_CHOICE: "2", MULTIPLE_CHOICE: "3", TRUE_FALSE: "1", FILL_BLANK: "2", SHORT_ANSWER: "5" },
};

function file(result: Awaited<ReturnType<typeof exportQuizPaper>>): PaperFile {
  if (!result) throw new Error("not found");
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe("printing a quiz as a paper (纸质试卷)", () => {
  let testDb: TestDatabase;
  let instructor: Actor;
  let otherInstructor: Actor;
  let learner: Actor;
  let admin: Actor;
  let quizId: string;
  let rulesQuizId: string;
  const bankIds: string[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const { db } = testDb;
    [instructor, otherInstructor, learner, admin] = [await createUser(db, "INSTRUCTOR"), await createUser(db, "INSTRUCTOR"), await createUser(db, "LEARNER"), await createUser(db, "ADMIN")];
    await db.course.create({ data: { id: "paper-course", slug: "paper", title: "党章课程" } });
    await db.module.create({ data: { id: "paper-m0", courseId: "paper-course", position: 0, title: "党章" } });
    await db.course.create({ data: { id: "empty-course", slug: "empty", title: "空课程" } });
    await db.module.create({ data: { id: "empty-m0", courseId: "empty-course", position: 0, title: "导入单元" } });
    for (const question of SAMPLE_QUESTIONS) {
      const { id, contentHash } = questionHash(question.type, question.stem, testedAnswers(question));
      bankIds.push(id);
      await db.question.create({
        data: {
          id,
          contentHash,
          courseId: "paper-course",
          moduleId: "paper-m0",
          type: question.type,
          stem: question.stem,
          options: question.options as unknown as Prisma.InputJsonArray,
          answer: question.answer,
          ...(question.acceptedAnswers ? { acceptedAnswers: question.acceptedAnswers } : {}),
          explanation: question.explanation,
          status: "ACTIVE",
        },
      });
    }
    const created = await createQuiz(db, { actor: instructor, input: SETTINGS });
    if (!created.ok) throw new Error(JSON.stringify(created));
    quizId = created.quizId;
    await db.quizItem.createMany({ data: SAMPLE_QUESTIONS.map((question, position) => ({ quizId, questionId: bankIds[position]!, position, points: question.points })) });
    const rules = await createQuiz(db, { actor: instructor, input: { ...SETTINGS, title: "抽题测验", composition: "RULES", drawPerLearner: "on" } });
    if (!rules.ok) throw new Error(JSON.stringify(rules));
    rulesQuizId = rules.quizId;
    const saved = await saveQuizRules(db, { actor: instructor, quizId: rulesQuizId, rules: [{ moduleId: "paper-m0", type: "SINGLE_CHOICE", count: "2" }, { type: "TRUE_FALSE", count: "1" }] });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
  });
  afterAll(async () => {
    await testDb?.close();
  });

  test("the Word paper, imported into the bank again, is the quiz's questions: each one found as a duplicate of the question it was printed from (same type, stem and key), whatever the course", async () => {
    for (const variant of ["A", "B"]) {
      const paper = file(await exportQuizPaper(testDb.db, { actor: instructor, quizId, request: { format: "docx", variant, organisation: "第一党支部" } }));
      expect(paper.fileName).toBe(`党章知识测验（${variant}卷）.docx`);
      const preview = await previewQuestionImport(testDb.db, { actor: instructor, courseId: variant === "A" ? "paper-course" : "empty-course", fileName: paper.fileName, bytes: paper.bytes });
      if (!preview.ok) throw new Error(preview.error);
      expect(preview.rejected).toEqual([]);
      expect(preview.valid).toEqual([]);
      expect(preview.duplicates.map((duplicate) => duplicate.existingId).sort()).toEqual([...bankIds].sort());
    }
  });

  test("the PDF paper and key are PDFs; a rules quiz prints the same questions on papers A and B", async () => {
    const pdf = file(await exportQuizPaper(testDb.db, { actor: instructor, quizId, request: { format: "pdf", document: "key" } }));
    expect(pdf.contentType).toBe("application/pdf");
    expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe("%PDF-");
    const printed = async (variant: string) => {
      const paper = file(await exportQuizPaper(testDb.db, { actor: instructor, quizId: rulesQuizId, request: { format: "docx", variant } }));
      const preview = await previewQuestionImport(testDb.db, { actor: instructor, courseId: "empty-course", fileName: paper.fileName, bytes: paper.bytes });
      if (!preview.ok) throw new Error(preview.error);
      expect(preview.rejected).toEqual([]);
      return preview.duplicates.map((duplicate) => duplicate.existingId).sort();
    };
    const a = await printed("A");
    expect(a).toHaveLength(3);
    expect(await printed("B")).toEqual(a);
  });

  test("the PDF is written in a worker with the upload workers' limits: one that runs out of time gives a refusal in Chinese and no file", async () => {
    const document = paperDocument(buildPaper({ title: "党章知识测验", organisation: "", variant: "A", seed: "worker", questions: SAMPLE_QUESTIONS }), "paper");
    expect(await writePaperPdfInWorker(document, { maxHeapMb: 256, timeLimitMs: 1 })).toEqual({ ok: false, error: expect.stringMatching(/^生成 PDF 试卷“党章知识测验（A卷）”时出错（超时）/) });
    const written = await writePaperPdfInWorker(document);
    if (!written.ok) throw new Error(written.error);
    expect(new TextDecoder().decode(written.bytes.slice(0, 5))).toBe("%PDF-");
  });

  test("only who may edit the quiz may print it: its author and an administrator; another instructor and a learner find nothing", async () => {
    expect(file(await exportQuizPaper(testDb.db, { actor: admin, quizId, request: { format: "docx" } })).ok).toBe(true);
    expect(await exportQuizPaper(testDb.db, { actor: otherInstructor, quizId, request: { format: "docx" } })).toBeNull();
    expect(await exportQuizPaper(testDb.db, { actor: learner, quizId, request: { format: "pdf" } })).toBeNull();
  });

  test.each([
    [{ format: "doc" }, "格式应为 docx（Word）或 pdf"],
    [{}, "格式应为 docx（Word）或 pdf"],
    [{ format: "pdf", variant: "C" }, "试卷应为 A 卷或 B 卷"],
    [{ format: "pdf", document: "answers" }, "应选择试卷、答题卡或答案与解析"],
    [{ format: "pdf", organisation: "党".repeat(41) }, "单位名称不能超过 40 个字"],
    [{ format: "pdf", organisation: "支部\u0000" }, "单位名称中有无法打印的字符"],
  ])("a bad request (%j) is refused in Chinese", async (request, error) => {
    expect(await exportQuizPaper(testDb.db, { actor: instructor, quizId, request })).toEqual({ ok: false, error });
  });

  test("a quiz without questions is refused with a clear message", async () => {
    const empty = await createQuiz(testDb.db, { actor: instructor, input: { ...SETTINGS, title: "空测验" } });
    if (!empty.ok) throw new Error(JSON.stringify(empty));
    expect(await exportQuizPaper(testDb.db, { actor: instructor, quizId: empty.quizId, request: { format: "docx" } })).toEqual({ ok: false, error: "测验中还没有题目，无法导出试卷。" });
  });
});
