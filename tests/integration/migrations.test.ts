import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { applyMigrations, MIGRATIONS_DIR } from "@/lib/db/migrate";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("migrations", () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("an empty database is migrated to every table of the schema", async () => {
    const rows = await testDb.db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`;
    const tables = rows.map((row) => row.table_name);
    for (const table of ["User", "Class", "ClassMember", "Course", "Module", "Section", "Passage", "KnowledgePoint", "Question", "Quiz", "Assignment", "Attempt", "Response", "Card", "ReviewLog", "PointsEntry", "AuditLog", "RateLimit"]) {
      expect(tables).toContain(table);
    }
  });

  test("every migration folder is recorded as applied, and a second run applies nothing", async () => {
    const folders = fs.readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    const recorded = await testDb.db.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(recorded.map((row) => row.migration_name)).toEqual(folders);
    expect(recorded.every((row) => row.finished_at !== null)).toBe(true);
    expect(await applyMigrations(testDb.database.adapter)).toEqual([]);
  });

  test("one response per question per attempt is enforced by the database", async () => {
    const { db } = testDb;
    const user = await db.user.create({ data: { name: "u", email: "u@example.com", passwordHash: "x" } });
    const course = await db.course.create({ data: { id: "c1", slug: "c1", title: "课程" } });
    const question = await db.question.create({
      data: { id: "q1", courseId: course.id, type: "TRUE_FALSE", stem: "题干", answer: true, contentHash: "h1" },
    });
    const attempt = await db.attempt.create({ data: { userId: user.id, mode: "PRACTICE", questionIds: [question.id] } });
    await db.response.create({ data: { attemptId: attempt.id, questionId: question.id, userId: user.id, answer: true } });
    await expect(
      db.response.create({ data: { attemptId: attempt.id, questionId: question.id, userId: user.id, answer: false } }),
    ).rejects.toMatchObject({ code: "P2002" });
  });
});
