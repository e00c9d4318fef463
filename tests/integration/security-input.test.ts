import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { searchBankQuestions } from "@/lib/server/bank-admin/search-bank-questions";
import { createClass } from "@/lib/server/classes/create-class";
import { practiceAnswerSchema } from "@/lib/validation/practice-answer";
import { bankFilterSchema } from "@/lib/validation/question";
import { NUL_REFUSAL } from "@/lib/validation/text";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";

/** Security catalogue — NUL in input (issue 17): refused at the edge, never a database error. */
describe("security: NUL in input", () => {
  let testDb: TestDatabase;
  let instructor: Actor;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    instructor = await createUser(testDb.db, "INSTRUCTOR");
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

  test("a practice answer with NUL is refused by the endpoint's schema before any statement", () => {
    expect(practiceAnswerSchema.safeParse({ attemptId: "a", questionId: "q", response: ["\u0000"], durationMs: 1 }).success).toBe(false);
  });
});
