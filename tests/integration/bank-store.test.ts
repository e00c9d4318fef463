import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildCourse, type BuiltCourse } from "@/lib/content";
import { generateQuestionBank, GENERATOR_VERSION, type Question, type QuestionBank } from "@/lib/questions";
import { RETIRED_BY_GENERATOR } from "@/lib/server/bank/plan-bank-sync";
import { saveGeneratedBank } from "@/lib/server/bank/save-generated-bank";
import { saveBuiltCourse } from "@/lib/server/content/save-built-course";
import { readManifest, sourceDocuments } from "../unit/content/build-helpers";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("storing a generated question bank", () => {
  let testDb: TestDatabase;
  let course: BuiltCourse;
  let bank: QuestionBank;
  let moduleIds: string[];
  const manifest = readManifest();

  const save = (accepted: Question[], rejected = bank.rejected) => saveGeneratedBank(testDb.db, { courseId: course.id, bank: { accepted, review: [], rejected }, moduleIds });
  const without = (...ids: string[]) => bank.accepted.filter((question) => !ids.includes(question.id));
  const question = (id: string) => testDb.db.question.findUniqueOrThrow({ where: { id } });
  const nothingWritten = { created: 0, updated: 0, revived: 0, retired: 0, rejectedStored: 0 };

  beforeAll(async () => {
    testDb = await createTestDatabase();
    course = await buildCourse(manifest, sourceDocuments(manifest));
    bank = generateQuestionBank(course);
    moduleIds = course.modules.map((module) => module.id);
    const files = manifest.documents.map((document) => ({ path: document.path, mediaType: "text/plain", sha256: "x", byteSize: 1 }));
    await saveBuiltCourse(testDb.db, { course, slug: "course", files, fingerprint: "f1", newQuestionStatus: "DRAFT" });
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("the first save stores every accepted question with its provenance, as the course's status for new questions", async () => {
    const later = bank.accepted.slice(-20).map((question) => question.id);
    const counts = await save(without(...later));
    expect(counts).toMatchObject({ created: bank.accepted.length - 20, unchanged: 0, retired: 0, rejectedStored: bank.rejected.length });
    const stored = await testDb.db.question.findMany();
    expect(stored).toHaveLength(bank.accepted.length - 20);
    expect(stored.every((row) => row.status === "DRAFT" && row.origin === "GENERATED" && row.generatorVersion === GENERATOR_VERSION)).toBe(true);
    const source = bank.accepted.find((candidate) => candidate.type === "FILL_BLANK")!;
    expect(await question(source.id)).toMatchObject({
      courseId: course.id,
      moduleId: source.moduleId,
      sectionId: source.sectionId,
      passageId: source.passageId,
      focus: source.focus,
      stem: source.stem,
      answer: source.answer,
      acceptedAnswers: source.acceptedAnswers,
      keyPoints: null,
      spanStart: source.span!.start,
      spanEnd: source.span!.end,
      contentHash: source.contentHash,
    });
  });

  test("new questions take the course's status for new questions; stored ones keep theirs", async () => {
    await testDb.db.course.update({ where: { id: course.id }, data: { newQuestionStatus: "ACTIVE" } });
    const counts = await save(bank.accepted);
    expect(counts).toMatchObject({ created: 20, unchanged: bank.accepted.length - 20, ...{ updated: 0, retired: 0, rejectedStored: 0 } });
    expect(await testDb.db.question.count({ where: { status: "ACTIVE" } })).toBe(20);
    expect(await testDb.db.question.count({ where: { status: "DRAFT" } })).toBe(bank.accepted.length - 20);
  });

  test("saving the same bank again writes nothing", async () => {
    const before = await testDb.db.question.aggregate({ _max: { updatedAt: true } });
    const rejectedBefore = await testDb.db.rejectedCandidate.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    const counts = await save(bank.accepted);
    expect(counts).toEqual({ ...nothingWritten, unchanged: bank.accepted.length, untouched: 0 });
    expect(await testDb.db.question.aggregate({ _max: { updatedAt: true } })).toEqual(before);
    expect(await testDb.db.rejectedCandidate.findMany({ select: { id: true }, orderBy: { id: "asc" } })).toEqual(rejectedBefore);
  });

  test("rejected candidates are stored with their reasons, and replaced when the generation rejects others", async () => {
    const stored = await testDb.db.rejectedCandidate.findMany({ where: { courseId: course.id, generatorVersion: GENERATOR_VERSION } });
    expect(stored).toHaveLength(bank.rejected.length);
    const sample = bank.rejected[0]!;
    const row = stored.find((candidate) => candidate.stem === sample.candidate.question.stem && candidate.type === sample.candidate.question.type)!;
    expect(row).toMatchObject({ moduleId: sample.candidate.question.moduleId, passageId: sample.candidate.question.passageId, answer: sample.candidate.question.answer });
    expect(row.reasons).toEqual(sample.reasons);
    expect((await save(bank.accepted, bank.rejected.slice(1))).rejectedStored).toBe(bank.rejected.length - 1);
    expect(await testDb.db.rejectedCandidate.count()).toBe(bank.rejected.length - 1);
    expect((await save(bank.accepted)).rejectedStored).toBe(bank.rejected.length);
  });

  test("a question an instructor retired stays retired, and one an instructor edited is not overwritten", async () => {
    const [retired, edited] = [bank.accepted[0]!, bank.accepted[1]!];
    await testDb.db.question.update({ where: { id: retired.id }, data: { status: "RETIRED" } });
    await testDb.db.question.update({ where: { id: edited.id }, data: { stem: `${edited.stem}（教员修改）`, explanation: "教员的解析", editedAt: new Date() } });
    const counts = await save(bank.accepted);
    expect(counts).toMatchObject({ ...nothingWritten, untouched: 2 });
    expect((await question(retired.id)).status).toBe("RETIRED");
    expect(await question(edited.id)).toMatchObject({ stem: `${edited.stem}（教员修改）`, explanation: "教员的解析" });
  });

  test("a question no longer generated is retired, not deleted; one with learners' responses is kept with them; both return when generated again", async () => {
    const [retiredByHand, edited, plain, answered] = bank.accepted.slice(0, 4).map((question) => question.id) as [string, string, string, string];
    const user = await testDb.db.user.create({ data: { email: "learner@test.local", name: "学员", passwordHash: "x" } });
    const attempt = await testDb.db.attempt.create({ data: { userId: user.id, mode: "PRACTICE", questionIds: [answered] } });
    await testDb.db.response.create({ data: { attemptId: attempt.id, questionId: answered, userId: user.id, answer: ["A"], correct: true } });
    await testDb.db.card.create({ data: { userId: user.id, questionId: answered, due: new Date() } });

    const counts = await save(without(retiredByHand, edited, plain, answered));
    expect(counts).toMatchObject({ created: 0, retired: 2, untouched: 0 });
    expect(await testDb.db.question.count()).toBe(bank.accepted.length);
    for (const id of [plain, answered]) expect(await question(id)).toMatchObject({ status: "RETIRED", flagReason: RETIRED_BY_GENERATOR });
    expect((await question(edited)).status).not.toBe("RETIRED");
    expect(await testDb.db.response.count({ where: { questionId: answered } })).toBe(1);
    expect(await testDb.db.card.count({ where: { questionId: answered } })).toBe(1);

    const again = await save(bank.accepted);
    expect(again).toMatchObject({ created: 0, revived: 2, retired: 0, untouched: 2 });
    for (const id of [plain, answered]) expect(await question(id)).toMatchObject({ status: "ACTIVE", flagReason: null });
    expect((await question(retiredByHand)).status).toBe("RETIRED");
  });

  test("a kept question gets the generator's new wording of what does not identify it", async () => {
    const target = bank.accepted[10]!;
    const reworded = bank.accepted.map((question) => (question.id === target.id ? { ...question, explanation: `${question.explanation}（新版）`, difficulty: 0.99 } : question));
    expect(await save(reworded)).toMatchObject({ created: 0, updated: 1, retired: 0 });
    expect(await question(target.id)).toMatchObject({ explanation: `${target.explanation}（新版）`, difficulty: 0.99, status: "DRAFT" });
    expect(await save(bank.accepted)).toMatchObject({ updated: 1 });
  });

  test("questions of modules the generation did not cover are left alone", async () => {
    const [covered, other] = [moduleIds.slice(1), moduleIds[0]!];
    const counts = await saveGeneratedBank(testDb.db, {
      courseId: course.id,
      bank: { accepted: bank.accepted.filter((question) => question.moduleId !== other), review: [], rejected: bank.rejected },
      moduleIds: covered,
    });
    expect(counts).toMatchObject({ created: 0, retired: 0, revived: 0 });
    expect(await testDb.db.question.count({ where: { moduleId: other, status: "RETIRED", flagReason: RETIRED_BY_GENERATOR } })).toBe(0);
  });

  test("the review queue's questions are stored as drafts flagged with their reason, even when the course publishes new questions at once", async () => {
    expect((await testDb.db.course.findUniqueOrThrow({ where: { id: course.id } })).newQuestionStatus).toBe("ACTIVE");
    expect(bank.review.length).toBeGreaterThan(0);
    const counts = await saveGeneratedBank(testDb.db, { courseId: course.id, bank, moduleIds });
    expect(counts.created).toBe(bank.review.length);
    for (const { question: doubtful } of bank.review) {
      expect(await question(doubtful.id)).toMatchObject({ status: "DRAFT", flagged: true, flagReason: expect.stringMatching(/^待审核：/) });
    }
    expect(await saveGeneratedBank(testDb.db, { courseId: course.id, bank, moduleIds })).toMatchObject({ created: 0, updated: 0, retired: 0 });
  });

  test("a question published before the generator came to doubt it stays published but is flagged with the reason; one flagged by a person keeps its flag", async () => {
    const active = new Set((await testDb.db.question.findMany({ where: { status: "ACTIVE", flagged: false, editedAt: null }, select: { id: true } })).map((row) => row.id));
    const [first, second] = bank.accepted.filter((candidate) => active.has(candidate.id));
    if (!first || !second) throw new Error("the stored bank has no two untouched published questions");
    await testDb.db.question.update({ where: { id: second.id }, data: { flagged: true, flagReason: "教员标记：表述待核实" } });
    const doubted = { accepted: bank.accepted.filter((candidate) => candidate !== first && candidate !== second), review: [...bank.review, { question: first, reasons: ["TRUE_RESTATEMENT"], confidence: 0.5 }, { question: second, reasons: ["TRUE_RESTATEMENT"], confidence: 0.5 }], rejected: bank.rejected };
    await saveGeneratedBank(testDb.db, { courseId: course.id, bank: doubted, moduleIds });
    expect(await question(first.id)).toMatchObject({ status: "ACTIVE", flagged: true, flagReason: expect.stringMatching(/^待审核：/) });
    expect(await question(second.id)).toMatchObject({ status: "ACTIVE", flagged: true, flagReason: "教员标记：表述待核实" });
  });

  test("a save told to store new questions as drafts (an upload's) does so whatever the course's status for new questions", async () => {
    const fresh = { ...bank.accepted[0]!, id: "q_upload_fresh", contentHash: "upload-fresh-hash", stem: `${bank.accepted[0]!.stem}（上传）` };
    await saveGeneratedBank(testDb.db, { courseId: course.id, bank: { accepted: [...bank.accepted, fresh], review: bank.review, rejected: bank.rejected }, moduleIds, newQuestionStatus: "DRAFT" });
    expect(await question(fresh.id)).toMatchObject({ status: "DRAFT", flagged: false });
  });
});
