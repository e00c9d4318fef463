import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionStatus, QuestionType } from "@/lib/generated/prisma/enums";
import { ForbiddenError } from "@/lib/server/authz";
import { RETIRED_BY_GENERATOR } from "@/lib/server/bank/plan-bank-sync";
import { approveQuestion } from "@/lib/server/bank-admin/approve-question";
import { bulkChangeQuestionStatus } from "@/lib/server/bank-admin/bulk-change-question-status";
import { countBulkTargets } from "@/lib/server/bank-admin/count-bulk-targets";
import { createQuestion } from "@/lib/server/bank-admin/create-question";
import { getBankQuestion } from "@/lib/server/bank-admin/get-bank-question";
import { getQuestionStats } from "@/lib/server/bank-admin/get-question-stats";
import { listBankFilterOptions } from "@/lib/server/bank-admin/list-bank-filter-options";
import { listQuestionHistory } from "@/lib/server/bank-admin/list-question-history";
import { restoreQuestion } from "@/lib/server/bank-admin/restore-question";
import { retireQuestion } from "@/lib/server/bank-admin/retire-question";
import { searchBankQuestions } from "@/lib/server/bank-admin/search-bank-questions";
import { updateQuestion } from "@/lib/server/bank-admin/update-question";
import { bankFilterSchema, type BankFilter } from "@/lib/validation/question";
import { createUser } from "../support/fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const TYPES: QuestionType[] = ["SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE", "FILL_BLANK", "SHORT_ANSWER"];
const STATUSES: QuestionStatus[] = ["DRAFT", "ACTIVE", "RETIRED"];
const PASSAGE = "坚持以人民为中心的发展思想，密切党群关系是党的优良传统和政治优势。";
const SEEDED = 120;

interface Seeded {
  id: string;
  courseId: string;
  moduleId: string;
  type: QuestionType;
  status: QuestionStatus;
  difficulty: number;
  flagged: boolean;
  stem: string;
}

function seededRows(): Seeded[] {
  return Array.from({ length: SEEDED }, (_, index) => ({
    id: `q_seed${String(index).padStart(4, "0")}`,
    courseId: index >= 100 ? "course-b" : "course-a",
    moduleId: index >= 100 ? "module-b1" : index >= 60 ? "module-a2" : "module-a1",
    type: TYPES[index % TYPES.length]!,
    status: STATUSES[index % STATUSES.length]!,
    difficulty: Math.round((index / (SEEDED - 1)) * 100) / 100,
    flagged: index % 10 === 0,
    stem: index % 4 === 0 ? `第${index}题：密切党群关系是党的（　）。` : `第${index}题：Party Building 基层组织建设（　）。`,
  }));
}

const singleChoice = (overrides: Record<string, unknown> = {}) => ({
  type: "SINGLE_CHOICE",
  stem: "密切党群关系是党的（　）。",
  options: [
    { key: "A", text: "优良传统和政治优势" },
    { key: "B", text: "临时措施" },
    { key: "C", text: "次要任务" },
    { key: "D", text: "形式主义" },
  ],
  correct: ["A"],
  explanation: "出自原文。",
  difficulty: "0.4",
  moduleId: "module-a1",
  sourceText: "",
  ...overrides,
});

describe("managing the question bank", () => {
  let testDb: TestDatabase;
  let instructor: Actor;
  let admin: Actor;
  let learner: Actor;
  const seeded = seededRows();
  const filter = (input: Record<string, unknown>): BankFilter => bankFilterSchema.parse(input);
  const idsOf = (rows: Array<{ id: string }>) => rows.map((row) => row.id);
  const stored = (id: string) => testDb.db.question.findUniqueOrThrow({ where: { id } });

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const { db } = testDb;
    [instructor, admin, learner] = [await createUser(db, "INSTRUCTOR"), await createUser(db, "ADMIN"), await createUser(db, "LEARNER")];
    await db.course.createMany({ data: [{ id: "course-a", slug: "a", title: "课程甲" }, { id: "course-b", slug: "b", title: "课程乙" }] });
    await db.sourceDocument.create({
      data: { id: "doc-a", courseId: "course-a", fileName: "a.txt", mediaType: "text/plain", title: "文档甲", sha256: "x", byteSize: 1, text: PASSAGE, status: "PUBLISHED" },
    });
    await db.module.createMany({
      data: [
        { id: "module-a1", courseId: "course-a", documentId: "doc-a", position: 0, title: "单元一" },
        { id: "module-a2", courseId: "course-a", position: 1, title: "单元二" },
        { id: "module-b1", courseId: "course-b", position: 0, title: "单元三" },
      ],
    });
    await db.passage.create({ data: { id: "psg-a1", moduleId: "module-a1", position: 0, text: PASSAGE } });
    await db.question.createMany({
      data: seeded.map((row) => ({
        ...row,
        options: row.type.endsWith("CHOICE") ? [{ key: "A", text: "甲" }, { key: "B", text: "乙" }] : [],
        answer: row.type.endsWith("CHOICE") ? ["A"] : row.type === "TRUE_FALSE" ? true : row.type === "FILL_BLANK" ? ["甲"] : "甲",
        contentHash: `hash-${row.id}`,
      })),
    });
  });
  afterAll(async () => {
    await testDb.close();
  });

  describe("filters, search and pages", () => {
    // Each case: the query, and which seeded rows it matches apart from the status filter.
    const cases: Array<[string, Record<string, string>, (row: Seeded) => boolean]> = [
      ["course", { courseId: "course-b" }, (row) => row.courseId === "course-b"],
      ["module", { moduleId: "module-a2" }, (row) => row.moduleId === "module-a2"],
      ["type", { type: "FILL_BLANK" }, (row) => row.type === "FILL_BLANK"],
      ["status", { status: "DRAFT" }, () => true],
      ["difficulty range", { difficultyMin: "0.25", difficultyMax: "0.5" }, (row) => row.difficulty >= 0.25 && row.difficulty <= 0.5],
      ["source document", { documentId: "doc-a" }, (row) => row.moduleId === "module-a1"],
      ["flagged", { flagged: "1" }, (row) => row.flagged],
      ["stem search (Chinese)", { q: "党群关系" }, (row) => row.stem.includes("党群关系")],
      ["stem search, any letter case", { q: "party building" }, (row) => row.stem.includes("Party Building")],
      // Two characters: answered by the bigram index; one character: by a scan.
      ["stem search (two characters)", { q: "党群" }, (row) => row.stem.includes("党群")],
      ["stem search (two characters at the end)", { q: "）。" }, (row) => row.stem.includes("）。")],
      ["stem search (one character)", { q: "群" }, (row) => row.stem.includes("群")],
      ["several at once", { courseId: "course-a", type: "SINGLE_CHOICE", status: "ACTIVE", q: "党群" }, (row) => row.courseId === "course-a" && row.type === "SINGLE_CHOICE" && row.stem.includes("党群")],
    ];
    test.each(cases)("filtering by %s finds exactly the matching questions, with counts per status", async (_name, input, matches) => {
      const page = await searchBankQuestions(testDb.db, { actor: instructor, filter: filter(input), pageSize: 200 });
      const underOthers = seeded.filter(matches);
      const expected = underOthers.filter((row) => !input.status || row.status === input.status);
      expect(expected.length).toBeGreaterThan(0);
      expect(idsOf(page.rows)).toEqual(idsOf(expected));
      expect(page.total).toBe(expected.length);
      expect(page.counts).toEqual(Object.fromEntries(STATUSES.map((status) => [status, underOthers.filter((row) => row.status === status).length])));
    });

    test("a forged or empty filter value (a made-up type or status, an empty range end) is ignored, not trusted", async () => {
      const page = await searchBankQuestions(testDb.db, { actor: instructor, filter: filter({ type: "ESSAY", status: "DELETED", difficultyMin: "x", difficultyMax: "" }), pageSize: 200 });
      expect(page.total).toBe(SEEDED);
    });

    test("wildcards in the search text are taken literally", async () => {
      for (const q of ["%", "_", "\\"]) {
        const page = await searchBankQuestions(testDb.db, { actor: instructor, filter: filter({ q }) });
        expect(page.total).toBe(0);
      }
    });

    test("pages of 50 follow one another by keyset, forward and back, covering every question once", async () => {
      const seen: string[][] = [];
      let after: string | undefined;
      for (;;) {
        const page = await searchBankQuestions(testDb.db, { actor: instructor, filter: filter({}), after });
        seen.push(idsOf(page.rows));
        expect(page.previousCursor === null).toBe(after === undefined);
        if (!page.nextCursor) break;
        after = page.nextCursor;
      }
      expect(seen.map((ids) => ids.length)).toEqual([50, 50, 20]);
      expect(seen.flat()).toEqual(idsOf(seeded));
      const last = await searchBankQuestions(testDb.db, { actor: instructor, filter: filter({}), after: seen[1]!.at(-1) });
      const back = await searchBankQuestions(testDb.db, { actor: instructor, filter: filter({}), before: last.previousCursor! });
      expect(idsOf(back.rows)).toEqual(seen[1]);
      const first = await searchBankQuestions(testDb.db, { actor: instructor, filter: filter({}), before: back.previousCursor! });
      expect(idsOf(first.rows)).toEqual(seen[0]);
      expect(first.previousCursor).toBeNull();
    });

    test("the stem search has a trigram GIN index the planner uses", async () => {
      const plan = await testDb.db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        return tx.$queryRawUnsafe<Array<{ "QUERY PLAN": string }>>(`EXPLAIN SELECT id FROM "Question" WHERE stem ILIKE '%党群关系%'`);
      });
      expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Question_stem_trgm_idx");
    });

    test("the filter choices list courses, modules and the documents that have modules", async () => {
      const options = await listBankFilterOptions(testDb.db, { actor: admin });
      expect(options.courses.map((course) => course.id)).toEqual(["course-a", "course-b"]);
      expect(options.modules.map((module) => module.id)).toEqual(["module-a1", "module-a2", "module-b1"]);
      expect(options.documents).toEqual([{ id: "doc-a", title: "文档甲" }]);
    });
  });

  describe("validation of a question, type by type (one input refused, one accepted)", () => {
    const fillBlank = (overrides: Record<string, unknown> = {}) => ({
      type: "FILL_BLANK",
      stem: "密切______关系是党的优良传统和______。",
      blanks: [["党群"], ["政治优势", "政治上的优势"]],
      difficulty: 0.5,
      moduleId: "module-a1",
      ...overrides,
    });
    const rules: Array<[string, Record<string, unknown>, string, Record<string, unknown>]> = [
      ["the stem is not empty", singleChoice({ stem: "  " }), "请填写题干", singleChoice({ stem: "题干一（　）。" })],
      ["difficulty is at most 1", singleChoice({ difficulty: "1.5", stem: "题干二（　）。" }), "难度不能大于 1", singleChoice({ difficulty: "1", stem: "题干二（　）。" })],
      ["difficulty is at least 0", singleChoice({ difficulty: -0.1, stem: "题干三（　）。" }), "难度不能小于 0", singleChoice({ difficulty: 0, stem: "题干三（　）。" })],
      ["difficulty is a number", singleChoice({ difficulty: "难", stem: "题干四（　）。" }), "请填写 0 到 1 之间的难度", singleChoice({ difficulty: "0.75", stem: "题干四（　）。" })],
      ["a choice question has at least 2 options", singleChoice({ options: [{ key: "A", text: "甲" }], stem: "题干五（　）。" }), "选择题需要 2 到 6 个选项", singleChoice({ options: [{ key: "A", text: "甲" }, { key: "B", text: "乙" }], stem: "题干五（　）。" })],
      ["a choice question has at most 6 options", singleChoice({ options: "ABCDEFG".split("").map((key) => ({ key, text: `选项${key}` })), stem: "题干六（　）。" }), "选择题需要 2 到 6 个选项", singleChoice({ options: "ABCDEF".split("").map((key) => ({ key, text: `选项${key}` })), stem: "题干六（　）。" })],
      ["option texts are not empty", singleChoice({ options: [{ key: "A", text: "甲" }, { key: "B", text: " " }], stem: "题干十四（　）。" }), "选项内容不能为空", singleChoice({ options: [{ key: "A", text: "甲" }, { key: "B", text: "乙" }], stem: "题干十四（　）。" })],
      ["a module is chosen", singleChoice({ moduleId: "", stem: "题干十五（　）。" }), "请选择所属单元", singleChoice({ moduleId: "module-a2", stem: "题干十五（　）。" })],
      ["option texts differ", singleChoice({ options: [{ key: "A", text: "甲" }, { key: "B", text: "甲。" }], stem: "题干七（　）。" }), "选项内容不能重复", singleChoice({ options: [{ key: "A", text: "甲" }, { key: "B", text: "乙" }], stem: "题干七（　）。" })],
      ["option keys run A, B, C …", singleChoice({ options: [{ key: "A", text: "甲" }, { key: "X", text: "乙" }], stem: "题干八（　）。" }), "选项编号无效", singleChoice({ options: [{ key: "A", text: "甲" }, { key: "B", text: "乙" }], stem: "题干八（　）。" })],
      ["a correct key is one of the options", singleChoice({ correct: ["Z"], stem: "题干九（　）。" }), "正确答案必须是已有的选项", singleChoice({ correct: ["D"], stem: "题干九（　）。" })],
      ["单选 has exactly one correct option", singleChoice({ correct: ["A", "B"], stem: "题干十（　）。" }), "单选题必须恰好有一个正确选项", singleChoice({ correct: ["B"], stem: "题干十（　）。" })],
      ["多选 has at least two correct options", singleChoice({ type: "MULTIPLE_CHOICE", correct: ["A"] }), "多选题至少要有两个正确选项", singleChoice({ type: "MULTIPLE_CHOICE", correct: ["A", "C"] })],
      ["判断 is true or false", { type: "TRUE_FALSE", stem: "密切党群关系是党的优良传统。", verdict: "maybe", difficulty: 0.2, moduleId: "module-a1" }, "请选择判断题的答案：正确或错误", { type: "TRUE_FALSE", stem: "密切党群关系是党的优良传统。", verdict: "true", difficulty: 0.2, moduleId: "module-a1" }],
      ["填空 has a blank in its stem", fillBlank({ stem: "密切党群关系是党的优良传统。", blanks: [["党群"]] }), "填空题的题干中要有空", fillBlank({ stem: "密切（　）关系是党的优良传统。", blanks: [["党群"]] })],
      ["填空 has as many answers as blanks", fillBlank({ blanks: [["党群"]] }), "题干中有 2 个空，但填写了 1 个空的答案", fillBlank()],
      ["填空 has an accepted answer for every blank", fillBlank({ stem: "______是______的优良传统。", blanks: [["密切党群关系"], ["", " "]] }), "第 2 空至少要有一个可接受的答案", fillBlank({ stem: "______是______的优良传统。", blanks: [["密切党群关系"], ["党"]] })],
      ["简答 has a model answer", { type: "SHORT_ANSWER", stem: "什么是党群关系？", modelAnswer: " ", difficulty: 0.6, moduleId: "module-a2" }, "请填写参考答案", { type: "SHORT_ANSWER", stem: "什么是党群关系？", modelAnswer: "党与人民群众的关系。", keyPoints: ["党", "人民群众"], difficulty: 0.6, moduleId: "module-a2" }],
      ["the type is one of the five", singleChoice({ type: "ESSAY", stem: "题干十一（　）。" }), "题型无效", singleChoice({ stem: "题干十一（　）。" })],
      ["the module exists", singleChoice({ moduleId: "no-such-module", stem: "题干十二（　）。" }), "所选单元不存在", singleChoice({ moduleId: "module-b1", stem: "题干十二（　）。" })],
      ["the quoted source is in the module's text", singleChoice({ sourceText: "原文里没有的话", stem: "题干十三（　）。" }), "找不到这段出处文字", singleChoice({ sourceText: "密切党群关系是党的优良传统", stem: "题干十三（　）。" })],
    ];

    test.each(rules)("%s", async (_rule, rejected, message, accepted) => {
      const before = await testDb.db.question.count();
      const refusal = await createQuestion(testDb.db, { actor: instructor, input: rejected });
      expect(refusal.ok).toBe(false);
      if (!refusal.ok) expect(refusal.error).toContain(message);
      expect(await testDb.db.question.count()).toBe(before);
      const created = await createQuestion(testDb.db, { actor: instructor, input: accepted });
      expect(created).toMatchObject({ ok: true });
      expect(await testDb.db.question.count()).toBe(before + 1);
    });
  });

  describe("writing questions by hand", () => {
    const byType: Array<[QuestionType, Record<string, unknown>, Record<string, unknown>]> = [
      ["SINGLE_CHOICE", singleChoice({ stem: "手写单选：密切党群关系是党的（　）。", sourceText: "密切党群关系是党的优良传统和政治优势" }), { answer: ["A"], passageId: "psg-a1", spanStart: 14, spanEnd: 32, sectionId: null }],
      ["MULTIPLE_CHOICE", singleChoice({ type: "MULTIPLE_CHOICE", stem: "手写多选：下列属于党的优势的有（　）。", correct: ["C", "A"] }), { answer: ["A", "C"], passageId: null }],
      ["TRUE_FALSE", { type: "TRUE_FALSE", stem: "手写判断：密切党群关系是党的优良传统。", verdict: "false", difficulty: 0.2, moduleId: "module-a2" }, { answer: false, options: [] }],
      ["FILL_BLANK", { type: "FILL_BLANK", stem: "手写填空：密切______关系。", blanks: [["党群", "党和群众"]], difficulty: 0.5, moduleId: "module-a1" }, { answer: ["党群"], acceptedAnswers: [["党群", "党和群众"]] }],
      ["SHORT_ANSWER", { type: "SHORT_ANSWER", stem: "手写简答：如何密切党群关系？", modelAnswer: "坚持群众路线。", keyPoints: ["群众路线", ""], difficulty: 0.6, moduleId: "module-b1" }, { answer: "坚持群众路线。", keyPoints: ["群众路线"], courseId: "course-b" }],
    ];

    test.each(byType)("a hand-written %s is stored ACTIVE and MANUAL, with its hash as id, and recorded", async (type, input, expected) => {
      const result = await createQuestion(testDb.db, { actor: admin, input });
      if (!result.ok) throw new Error(result.error);
      const row = await stored(result.questionId);
      expect(row).toMatchObject({ type, status: "ACTIVE", origin: "MANUAL", createdById: admin.id, editedAt: null, ...expected });
      expect(row.id).toBe(`q_${row.contentHash.slice(0, 16)}`);
      const history = await listQuestionHistory(testDb.db, { actor: instructor, questionId: row.id });
      expect(history.map((entry) => entry.action)).toEqual(["question.create"]);
    });

    test("the same question again (whatever the wording of its distractors) is refused in Chinese", async () => {
      const first = await createQuestion(testDb.db, { actor: instructor, input: singleChoice({ stem: "重复检查：党的根本宗旨是（　）。" }) });
      expect(first.ok).toBe(true);
      const before = await testDb.db.question.count();
      const again = await createQuestion(testDb.db, {
        actor: admin,
        input: singleChoice({ stem: "重复检查：党的根本宗旨是（　）。 ", options: [{ key: "A", text: "优良传统和政治优势" }, { key: "B", text: "另一个干扰项" }] }),
      });
      expect(again).toMatchObject({ ok: false, error: expect.stringContaining("题库中已有相同的题目") });
      expect(await testDb.db.question.count()).toBe(before);
    });
  });

  describe("editing and reviewing", () => {
    let questionId: string;
    beforeAll(async () => {
      const result = await createQuestion(testDb.db, { actor: instructor, input: singleChoice({ stem: "待编辑：密切党群关系是党的（　）。" }) });
      if (!result.ok) throw new Error(result.error);
      questionId = result.questionId;
      await testDb.db.question.update({ where: { id: questionId }, data: { status: "DRAFT", origin: "GENERATED" } });
    });

    test("an edit keeps the id and hash, sets editedAt and records the changed fields before and after", async () => {
      const original = await stored(questionId);
      const now = new Date("2026-11-24T08:00:00Z");
      const result = await updateQuestion(testDb.db, {
        actor: instructor,
        questionId,
        input: singleChoice({ stem: "已编辑：密切党群关系是党的（　）。", difficulty: "0.7", sourceText: "密切党群关系是党的优良传统" }),
        now,
      });
      expect(result).toEqual({ ok: true, changed: ["stem", "difficulty", "passageId", "spanStart", "spanEnd"] });
      const edited = await stored(questionId);
      expect(edited).toMatchObject({ id: original.id, contentHash: original.contentHash, stem: "已编辑：密切党群关系是党的（　）。", difficulty: 0.7, editedAt: now, passageId: "psg-a1" });
      const [entry] = await listQuestionHistory(testDb.db, { actor: admin, questionId });
      expect(entry).toMatchObject({
        action: "question.edit",
        actorName: instructor.name,
        before: { stem: "待编辑：密切党群关系是党的（　）。", difficulty: 0.4, passageId: null, spanStart: null, spanEnd: null },
        after: { stem: "已编辑：密切党群关系是党的（　）。", difficulty: 0.7, passageId: "psg-a1", spanStart: 14, spanEnd: 27 },
      });
    });

    test("saving without changes writes nothing", async () => {
      const before = await testDb.db.auditLog.count();
      const result = await updateQuestion(testDb.db, { actor: instructor, questionId, input: singleChoice({ stem: "已编辑：密切党群关系是党的（　）。", difficulty: "0.7", sourceText: "密切党群关系是党的优良传统" }) });
      expect(result).toEqual({ ok: true, changed: [] });
      expect(await testDb.db.auditLog.count()).toBe(before);
    });

    test.each([
      ["another type", { type: "MULTIPLE_CHOICE", correct: ["A", "B"] }, "题型不能修改"],
      ["a made-up type", { type: "ESSAY" }, "题型无效"],
      ["an answer key not among the options", { correct: ["E"] }, "正确答案必须是已有的选项"],
      ["an empty stem", { stem: "" }, "请填写题干"],
    ])("an edit with %s is refused in Chinese and changes nothing", async (_case, overrides, message) => {
      const before = await stored(questionId);
      const result = await updateQuestion(testDb.db, { actor: admin, questionId, input: singleChoice(overrides) });
      expect(result).toMatchObject({ ok: false, error: expect.stringContaining(message) });
      expect(await stored(questionId)).toEqual(before);
    });

    test("approve, retire and restore follow the review steps, refuse the others, and are recorded", async () => {
      expect(await restoreQuestion(testDb.db, { actor: instructor, questionId })).toMatchObject({ ok: false, error: "只有已停用的题目可以恢复" });
      expect(await approveQuestion(testDb.db, { actor: instructor, questionId })).toEqual({ ok: true, status: "ACTIVE" });
      expect(await approveQuestion(testDb.db, { actor: instructor, questionId })).toMatchObject({ ok: false, error: "只有待审核的题目可以审核通过" });
      expect(await retireQuestion(testDb.db, { actor: admin, questionId })).toEqual({ ok: true, status: "RETIRED" });
      expect((await stored(questionId)).flagReason).toBeNull();
      expect(await retireQuestion(testDb.db, { actor: admin, questionId })).toMatchObject({ ok: false });
      expect(await restoreQuestion(testDb.db, { actor: instructor, questionId })).toEqual({ ok: true, status: "ACTIVE" });
      const history = await listQuestionHistory(testDb.db, { actor: instructor, questionId });
      expect(history.slice(0, 3).map((entry) => [entry.action, entry.before, entry.after])).toEqual([
        ["question.restore", { status: "RETIRED" }, { status: "ACTIVE" }],
        ["question.retire", { status: "ACTIVE" }, { status: "RETIRED" }],
        ["question.approve", { status: "DRAFT" }, { status: "ACTIVE" }],
      ]);
    });

    test("restoring a question the generator retired makes it the instructor's, so regeneration leaves it alone", async () => {
      const id = "q_seed0002";
      await testDb.db.question.update({ where: { id }, data: { status: "RETIRED", flagReason: RETIRED_BY_GENERATOR, editedAt: null } });
      expect(await restoreQuestion(testDb.db, { actor: instructor, questionId: id })).toEqual({ ok: true, status: "ACTIVE" });
      const row = await stored(id);
      expect(row.flagReason).toBeNull();
      expect(row.editedAt).not.toBeNull();
    });

    test("bulk approve and retire act on the current filter after a confirmed count, one audit entry per question", async () => {
      const drafts = filter({ courseId: "course-b", status: "DRAFT" });
      const count = await countBulkTargets(testDb.db, { actor: instructor, filter: drafts, transition: "approve" });
      expect(count).toBe(seeded.filter((row) => row.courseId === "course-b" && row.status === "DRAFT").length);
      expect(await bulkChangeQuestionStatus(testDb.db, { actor: instructor, filter: drafts, transition: "approve", expected: count + 1 })).toMatchObject({
        ok: false,
        error: expect.stringContaining("请重新确认"),
      });
      expect(await countBulkTargets(testDb.db, { actor: instructor, filter: drafts, transition: "approve" })).toBe(count);
      expect(await bulkChangeQuestionStatus(testDb.db, { actor: instructor, filter: drafts, transition: "approve", expected: count })).toEqual({ ok: true, changed: count });
      expect(await testDb.db.question.count({ where: { courseId: "course-b", status: "DRAFT" } })).toBe(0);

      const flagged = filter({ flagged: "1", courseId: "course-a" });
      const toRetire = await countBulkTargets(testDb.db, { actor: admin, filter: flagged, transition: "retire" });
      const auditBefore = await testDb.db.auditLog.count({ where: { action: "question.retire" } });
      expect(await bulkChangeQuestionStatus(testDb.db, { actor: admin, filter: flagged, transition: "retire", expected: toRetire })).toEqual({ ok: true, changed: toRetire });
      expect(await testDb.db.question.count({ where: { courseId: "course-a", flagged: true, status: { not: "RETIRED" } } })).toBe(0);
      expect(await testDb.db.auditLog.count({ where: { action: "question.retire" } })).toBe(auditBefore + toRetire);
      expect(await testDb.db.auditLog.count({ where: { action: "question.bulk-retire" } })).toBe(1);
    });
  });

  describe("the question page's data", () => {
    async function answer(questionId: string, answers: Array<{ answer: Prisma.InputJsonValue; correct: boolean | null }>) {
      for (const item of answers) {
        const attempt = await testDb.db.attempt.create({ data: { userId: learner.id, mode: "PRACTICE", status: "SUBMITTED", questionIds: [questionId] } });
        await testDb.db.response.create({ data: { attemptId: attempt.id, questionId, userId: learner.id, answer: item.answer, correct: item.correct } });
      }
    }

    test("statistics: responses, facility and how often each option was chosen, none before any answer", async () => {
      const id = "q_seed0005";
      expect(await getQuestionStats(testDb.db, { actor: instructor, questionId: id })).toEqual({ responses: 0, graded: 0, correct: 0, facility: null, optionCounts: {} });
      await answer(id, [
        { answer: ["A"], correct: true },
        { answer: ["B"], correct: false },
        { answer: ["B"], correct: false },
        { answer: ["A"], correct: true },
        { answer: ["A"], correct: true },
      ]);
      expect(await getQuestionStats(testDb.db, { actor: instructor, questionId: id })).toEqual({ responses: 5, graded: 5, correct: 3, facility: 0.6, optionCounts: { A: 3, B: 2 } });
    });

    test("statistics of a multiple choice count every key chosen; a true/false has no option counts", async () => {
      await answer("q_seed0001", [
        { answer: ["A", "B"], correct: false },
        { answer: ["A"], correct: true },
      ]);
      expect(await getQuestionStats(testDb.db, { actor: admin, questionId: "q_seed0001" })).toMatchObject({ responses: 2, facility: 0.5, optionCounts: { A: 2, B: 1 } });
      await answer("q_seed0007", [{ answer: true, correct: true }]);
      expect(await getQuestionStats(testDb.db, { actor: admin, questionId: "q_seed0007" })).toMatchObject({ responses: 1, facility: 1, optionCounts: {} });
    });

    test("a question's detail holds its course, module and the cited span of its passage", async () => {
      const result = await createQuestion(testDb.db, { actor: instructor, input: singleChoice({ stem: "出处检查（　）。", sourceText: "政治优势" }) });
      if (!result.ok) throw new Error(result.error);
      const detail = await getBankQuestion(testDb.db, { actor: instructor, questionId: result.questionId });
      expect(detail).toMatchObject({ course: { id: "course-a" }, module: { id: "module-a1" }, source: { passageId: "psg-a1", text: PASSAGE } });
      expect(PASSAGE.slice(detail!.source!.start!, detail!.source!.end!)).toBe("政治优势");
      expect(await getBankQuestion(testDb.db, { actor: instructor, questionId: "q_missing" })).toBeNull();
    });
  });

  test("a learner is refused every bank use-case, and nothing changes", async () => {
    const before = await testDb.db.question.findMany({ orderBy: { id: "asc" } });
    const questionId = "q_seed0003";
    const calls = [
      () => searchBankQuestions(testDb.db, { actor: learner, filter: filter({}) }),
      () => listBankFilterOptions(testDb.db, { actor: learner }),
      () => getBankQuestion(testDb.db, { actor: learner, questionId }),
      () => getQuestionStats(testDb.db, { actor: learner, questionId }),
      () => listQuestionHistory(testDb.db, { actor: learner, questionId }),
      () => createQuestion(testDb.db, { actor: learner, input: singleChoice({ stem: "学员出题（　）。" }) }),
      () => updateQuestion(testDb.db, { actor: learner, questionId, input: singleChoice() }),
      () => approveQuestion(testDb.db, { actor: learner, questionId }),
      () => retireQuestion(testDb.db, { actor: learner, questionId }),
      () => restoreQuestion(testDb.db, { actor: learner, questionId }),
      () => countBulkTargets(testDb.db, { actor: learner, filter: filter({}), transition: "retire" }),
      () => bulkChangeQuestionStatus(testDb.db, { actor: learner, filter: filter({}), transition: "retire", expected: 1 }),
    ];
    for (const call of calls) await expect(call()).rejects.toBeInstanceOf(ForbiddenError);
    expect(await testDb.db.question.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });
});
