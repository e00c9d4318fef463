import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { exportQuestionsJson } from "@/lib/server/bank/export-questions-json";
import { loadCourses, type LoadedCourse } from "@/scripts/load-courses";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { SEED_BANK_FLOOR } from "../support/seed-bank-floor";

// The path `npm run content:build` (and `npm start`) takes: content/ built, its bank generated and stored.
describe("the question bank of the five-source course", () => {
  let testDb: TestDatabase;
  let loaded: LoadedCourse[];

  beforeAll(async () => {
    testDb = await createTestDatabase();
    loaded = await loadCourses(testDb.db);
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("content:build stores a usable bank: active questions of all five types above the seed floor, every module some (the doubtful wait in review), none over a quarter, the doubtful ones as flagged drafts", async () => {
    const { db } = testDb;
    expect(loaded).toHaveLength(1);
    const { bank, counts } = loaded[0]!.bank!;
    expect(counts.created).toBe(bank.accepted.length + bank.review.length);
    const active = await db.question.count({ where: { status: "ACTIVE", origin: "GENERATED" } });
    expect(active).toBe(bank.accepted.length);
    expect(active).toBeGreaterThanOrEqual(SEED_BANK_FLOOR.published);
    const drafts = await db.question.findMany({ where: { status: "DRAFT" }, select: { flagged: true, flagReason: true } });
    expect(drafts).toHaveLength(bank.review.length);
    for (const draft of drafts) expect(draft).toMatchObject({ flagged: true, flagReason: expect.stringMatching(/^待审核：/) });
    const byType = await db.question.groupBy({ by: ["type"], where: { status: "ACTIVE" }, _count: { _all: true } });
    expect(byType.map((group) => group.type).sort()).toEqual(["FILL_BLANK", "MULTIPLE_CHOICE", "SHORT_ANSWER", "SINGLE_CHOICE", "TRUE_FALSE"]);
    const modules = await db.module.findMany({ where: { archivedAt: null }, select: { id: true, _count: { select: { questions: { where: { status: "ACTIVE" } } } } } });
    const withAny = await db.module.findMany({ where: { archivedAt: null }, select: { _count: { select: { questions: true } } } });
    for (const module of withAny) expect(module._count.questions).toBeGreaterThanOrEqual(1);
    // Precision first: a module whose every question is doubtful waits for an instructor (drafts only).
    expect(modules.filter((module) => module._count.questions >= 1).length).toBeGreaterThanOrEqual(Math.ceil(modules.length * SEED_BANK_FLOOR.moduleShare));
    for (const module of modules) expect(module._count.questions / active).toBeLessThanOrEqual(0.25);
    expect(await db.question.count({ where: { type: "SINGLE_CHOICE", focus: "speaker" } })).toBeGreaterThan(0);
    expect(await db.rejectedCandidate.count()).toBe(bank.rejected.length);
  });

  test("a second content:build finds the course up to date and writes nothing", async () => {
    const before = await testDb.db.question.aggregate({ _max: { updatedAt: true }, _count: { _all: true } });
    const again = await loadCourses(testDb.db);
    expect(again[0]).toMatchObject({ upToDate: true, bank: null });
    expect(await testDb.db.question.aggregate({ _max: { updatedAt: true }, _count: { _all: true } })).toEqual(before);
  });

  test("the JSON export cites the exact source text of every question and filters by status", async () => {
    const { db } = testDb;
    const retired = await db.question.findFirstOrThrow({ where: { type: "TRUE_FALSE", status: "ACTIVE" }, orderBy: { id: "asc" } });
    await db.question.update({ where: { id: retired.id }, data: { status: "RETIRED" } });

    const all = await exportQuestionsJson(db, { courseSlug: "dangqun-guanxi" });
    expect(all).toHaveLength(await db.question.count());
    const passages = new Map((await db.passage.findMany()).map((passage) => [passage.id, passage.text]));
    const documents = new Set((await db.sourceDocument.findMany()).map((document) => document.fileName));
    for (const question of all) {
      expect(documents.has(question.source.document!)).toBe(true);
      expect(question.module).toBeTruthy();
      expect(question.section).toBeTruthy();
      if (question.source.passage === null) {
        expect(question.source).toMatchObject({ start: null, end: null, text: null });
        continue;
      }
      const { passage, start, end, text } = question.source;
      expect(text).toBe(passages.get(passage)!.slice(start!, end!));
      expect(text!.length).toBeGreaterThan(0);
    }
    const choice = all.find((question) => question.type === "SINGLE_CHOICE")!;
    expect(choice.options.every((option) => Object.keys(option).sort().join() === "key,text")).toBe(true);
    expect(all.filter((question) => question.acceptedAnswers !== undefined).every((question) => question.type === "FILL_BLANK")).toBe(true);
    expect(all.find((question) => question.id === retired.id)!.status).toBe("RETIRED");

    const active = await exportQuestionsJson(db, { status: "ACTIVE" });
    expect(active).toHaveLength(all.filter((question) => question.status === "ACTIVE").length);
    expect(active.length).toBeLessThan(all.length);
    expect(active.some((question) => question.id === retired.id)).toBe(false);
    expect(await exportQuestionsJson(db, { courseSlug: "no-such-course" })).toEqual([]);
  });
});
