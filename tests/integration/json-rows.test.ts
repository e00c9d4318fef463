import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { jsonRowsSql } from "@/lib/db/json-rows";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// jsonRowsSql carries JavaScript rows into SQL as one jsonb parameter (typed by
// jsonb_to_recordset): every set-based write of answers, reviews and points
// reads its rows through it, on PGlite and on PostgreSQL alike.
const COLUMNS = {
  id: "text",
  count: "int",
  ratio: "float8",
  flag: "boolean",
  at: "timestamp",
  day: "date",
  state: `"CardState"`,
  answer: "jsonb",
} as const;

describe("rows as a relation (jsonRowsSql)", () => {
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("every column comes back with its type and value, nulls included", async () => {
    const at = new Date("2026-11-24T02:03:04.567Z");
    const rows = [
      { id: `引号"与反斜杠\\ 和 'apostrophe'`, count: 3, ratio: 0.1 + 0.2, flag: true, at, day: "2026-11-24", state: "REVIEW", answer: ["政治优势", { nested: [1, null] }] },
      { id: "null-row", count: null, ratio: null, flag: false, at: null, day: null, state: null, answer: null },
      { id: "zero", count: 0, ratio: -1e-7, flag: null, at, day: "2024-02-29", state: "NEW", answer: false },
    ];
    const back = await testDb.db.$queryRaw<Array<Record<string, unknown>>>`SELECT r.*, r."at" = ${at}::timestamp AS "atIsUtc" FROM (${jsonRowsSql(rows, COLUMNS)}) r`;
    expect(back).toHaveLength(3);
    expect(back[0]).toMatchObject({ id: rows[0]!.id, count: 3, ratio: 0.1 + 0.2, flag: true, state: "REVIEW", answer: ["政治优势", { nested: [1, null] }], atIsUtc: true });
    expect((back[0]!.at as Date).toISOString()).toBe(at.toISOString());
    expect(new Date(back[0]!.day as Date).toISOString().slice(0, 10)).toBe("2026-11-24");
    expect(back[1]).toMatchObject({ id: "null-row", count: null, ratio: null, flag: false, at: null, day: null, state: null, answer: null });
    expect(back[2]).toMatchObject({ id: "zero", count: 0, ratio: -1e-7, flag: null, state: "NEW", answer: false });
  });

  test("a missing value is null, and an empty row set is an empty relation", async () => {
    const [row] = await testDb.db.$queryRaw<Array<Record<string, unknown>>>`SELECT * FROM (${jsonRowsSql([{ id: "partial" } as never], COLUMNS)}) r`;
    expect(row).toMatchObject({ id: "partial", count: null, answer: null, state: null });
    expect(await testDb.db.$queryRaw`SELECT * FROM (${jsonRowsSql([], COLUMNS)}) r`).toEqual([]);
  });

  test("a value that is not of its column's type is refused by the database, not coerced", async () => {
    await expect(testDb.db.$queryRaw`SELECT * FROM (${jsonRowsSql([{ id: "x", count: "three" } as never], COLUMNS)}) r`).rejects.toThrow();
    await expect(testDb.db.$queryRaw`SELECT * FROM (${jsonRowsSql([{ id: "x", state: "SLEEPING" } as never], COLUMNS)}) r`).rejects.toThrow();
  });
});
