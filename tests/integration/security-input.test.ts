import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { searchBankQuestions } from "@/lib/server/bank-admin/search-bank-questions";
import { createAccount } from "@/lib/server/accounts/create-account";
import { registerLearner } from "@/lib/server/accounts/register-learner";
import { createClass } from "@/lib/server/classes/create-class";
import { createQuiz } from "@/lib/server/quizzes/create-quiz";
import { loginSchema, PERSON_NAME_MAX_LENGTH } from "@/lib/validation/account";
import { CLASS_NAME_MAX_LENGTH } from "@/lib/validation/class";
import { answerLengthProblem, practiceAnswerSchema, SHORT_ANSWER_MAX_LENGTH } from "@/lib/validation/practice-answer";
import { QUIZ_DESCRIPTION_MAX_LENGTH, QUIZ_TITLE_MAX_LENGTH } from "@/lib/validation/quiz";
import { bankFilterSchema } from "@/lib/validation/question";
import { NUL_REFUSAL } from "@/lib/validation/text";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { DocumentNotes } from "@/components/study/document-notes";
import { MAX_NOTE_LENGTH, MAX_NOTES } from "@/lib/content";
import { getModuleForReading } from "@/lib/server/study/get-module-for-reading";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";

/** Security catalogue — NUL in input (issue 17): refused at the edge, never a database error. */
describe("security: NUL in input", () => {
  let testDb: TestDatabase;
  let instructor: Actor;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    instructor = await createUser(testDb.db, "INSTRUCTOR");
    await testDb.db.class.create({ data: { name: "一支部", inviteCode: "JOIN2026" } });
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("a bank search for NUL (/bank?q=%00) answers the unfiltered bank instead of failing", async () => {
    const page = await searchBankQuestions(testDb.db, { actor: instructor, filter: bankFilterSchema.parse({ q: "\u0000" }) });
    expect(page).toMatchObject({ rows: [], total: 0 });
  });

  test("a class name with NUL is refused in Chinese and no class is created", async () => {
    const before = await testDb.db.class.count();
    expect(await createClass(testDb.db, { actor: instructor, input: { name: "一支部\u0000" } })).toMatchObject({ ok: false, error: NUL_REFUSAL });
    expect(await testDb.db.class.count()).toBe(before);
  });

  test.each([
    ["the name", { name: "刘\u0000同学" }, "name"],
    ["the invite code", { inviteCode: "JOIN\u00002026" }, "inviteCode"],
  ])("registration with NUL in %s is refused in Chinese and creates no user", async (_case, change, field) => {
    const before = await testDb.db.user.count();
    const result = await registerLearner(testDb.db, { name: "刘同学", email: "nul@example.com", password: "study-hard-2026", confirmPassword: "study-hard-2026", inviteCode: "JOIN2026", ...change });
    expect(result).toEqual({ ok: false, errors: expect.objectContaining({ [field]: NUL_REFUSAL }) });
    expect(await testDb.db.user.count()).toBe(before);
  });

  test("a sign-in whose e-mail carries NUL is refused by the form's schema before any statement", () => {
    expect(loginSchema.safeParse({ email: "learner@dangke.local\u0000", password: "x" }).success).toBe(false);
  });

  test("a practice answer with NUL is refused by the endpoint's schema before any statement", () => {
    expect(practiceAnswerSchema.safeParse({ attemptId: "a", questionId: "q", response: ["\u0000"], durationMs: 1 }).success).toBe(false);
  });
});

/**
 * Security catalogue — over-long input (issue 19): each text field has one limit, stated beside
 * it in the form; a longer value is refused with that limit in Chinese and nothing is written.
 */
describe("security: over-long input", () => {
  let testDb: TestDatabase;
  let instructor: Actor;
  let admin: Actor;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    instructor = await createUser(testDb.db, "INSTRUCTOR");
    admin = await createUser(testDb.db, "ADMIN");
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("a class name one character over its limit is refused with the limit, and no class is created", async () => {
    const before = await testDb.db.class.count();
    const result = await createClass(testDb.db, { actor: instructor, input: { name: "支".repeat(CLASS_NAME_MAX_LENGTH + 1) } });
    expect(result).toMatchObject({ ok: false, error: "班级名称不能超过 50 个字", errors: { name: "班级名称不能超过 50 个字" } });
    expect(await testDb.db.class.count()).toBe(before);
    expect(await createClass(testDb.db, { actor: instructor, input: { name: "支".repeat(CLASS_NAME_MAX_LENGTH) } })).toMatchObject({ ok: true });
  });

  test("a quiz title or description over its limit is refused with the limit, and no quiz is created", async () => {
    const settings = { title: "测验", description: "", composition: "FIXED", attemptsAllowed: "1", scoring: "BEST", resultPolicy: "AFTER_CLOSE", latePolicy: "REFUSE" };
    const before = await testDb.db.quiz.count();
    expect(await createQuiz(testDb.db, { actor: instructor, input: { ...settings, title: "题".repeat(QUIZ_TITLE_MAX_LENGTH + 1) } })).toMatchObject({ ok: false, errors: { title: "测验名称不能超过 100 个字" } });
    expect(await createQuiz(testDb.db, { actor: instructor, input: { ...settings, description: "说".repeat(QUIZ_DESCRIPTION_MAX_LENGTH + 1) } })).toMatchObject({ ok: false, errors: { description: "说明不能超过 1000 个字" } });
    expect(await testDb.db.quiz.count()).toBe(before);
  });

  test("an account name over its limit is refused with the limit, and no account is created", async () => {
    const before = await testDb.db.user.count();
    const result = await createAccount(testDb.db, { actor: admin, input: { name: "名".repeat(PERSON_NAME_MAX_LENGTH + 1), email: "long-name@example.com", role: "LEARNER" } });
    expect(result).toMatchObject({ ok: false, errors: { name: "姓名不能超过 50 个字" } });
    expect(await testDb.db.user.count()).toBe(before);
  });

  test("a 简答 answer over its limit gets the limit in Chinese, not a generic refusal; a 100,000-character one too", () => {
    expect(answerLengthProblem("答".repeat(SHORT_ANSWER_MAX_LENGTH + 1))).toBe("简答作答最多 5000 字");
    expect(answerLengthProblem("答".repeat(100_000))).toBe("简答作答最多 5000 字");
    expect(answerLengthProblem("答".repeat(SHORT_ANSWER_MAX_LENGTH))).toBeNull();
    expect(practiceAnswerSchema.safeParse({ attemptId: "a", questionId: "q", response: "答".repeat(SHORT_ANSWER_MAX_LENGTH + 1), durationMs: 1 }).success).toBe(false);
  });
});

/**
 * Security catalogue — a document's explanatory notes (issue 15): text from an uploaded document, shown in the reading
 * view. Read back capped in number and length, rendered as text: no tag, link or Markdown of theirs takes effect.
 */
describe("security: a document's notes in the reading view", () => {
  let testDb: TestDatabase;
  let learner: Actor;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    learner = await createUser(testDb.db, "LEARNER");
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("hostile stored notes (markup, script, 250 notes, a 5,000-character note) reach the page capped and escaped", async () => {
    const hostile = [
      { mark: "<b>1</b>", text: '<script>alert(1)</script><img src=x onerror="alert(2)"> **粗体** [链接](javascript:alert(3))' },
      { mark: "〔2〕", text: "长".repeat(5000) },
      ...Array.from({ length: 248 }, (_, at) => ({ mark: `〔${at + 3}〕`, text: "注" })),
    ];
    await testDb.db.course.create({ data: { id: "crs_notes", slug: "notes", title: "课程" } });
    await testDb.db.sourceDocument.create({
      data: { id: "doc_notes", courseId: "crs_notes", fileName: "a.txt", mediaType: "text/plain", title: "材料", sha256: "1", byteSize: 1, text: "", metadata: { notes: hostile } },
    });
    await testDb.db.module.create({ data: { id: "mod_notes", courseId: "crs_notes", documentId: "doc_notes", position: 0, title: "材料" } });
    const reading = await getModuleForReading(testDb.db, learner, "mod_notes");
    const notes = reading!.document!.notes;
    expect(notes).toHaveLength(MAX_NOTES);
    expect(Math.max(...notes.map((note) => note.text.length))).toBe(MAX_NOTE_LENGTH);
    const html = renderToStaticMarkup(createElement(DocumentNotes, { notes }));
    expect(html).not.toMatch(/<script|<img|<b>|<a |<strong|href=/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    // Markdown is not rendered but read as text (readableNoteText): a link is its words, its target (here a script) gone.
    expect(html).toContain("粗体链接");
    expect(html).not.toMatch(/\*\*|javascript:|\]\(/);
  });
});
