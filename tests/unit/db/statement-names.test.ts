import { describe, expect, test } from "vitest";
import { statementNamer } from "@/lib/db/statement-names";

describe("statementNamer", () => {
  test("one name per query text, the same each time", () => {
    const name = statementNamer();
    const first = name({ sql: 'SELECT * FROM "Card" WHERE "userId" = $1' });
    expect(first).toMatch(/^dk\d+$/);
    expect(name({ sql: 'SELECT * FROM "Card" WHERE "userId" = $1' })).toBe(first);
    expect(name({ sql: ' WITH x AS (SELECT 1) SELECT * FROM x' })).not.toBe(first);
    expect(name({ sql: 'insert into "Response" values ($1)' })).toMatch(/^dk\d+$/);
  });

  test("DDL and transaction control run unnamed", () => {
    const name = statementNamer();
    for (const sql of ['CREATE INDEX "x" ON "Card"("userId")', "BEGIN", "SET LOCAL jit = off", "ALTER TABLE x ADD COLUMN y int"]) expect(name({ sql }), sql).toBeUndefined();
  });

  test("past the cap, new texts run unnamed while known ones keep their names", () => {
    const name = statementNamer(2);
    const a = name({ sql: "SELECT 1" });
    const b = name({ sql: "SELECT 2" });
    expect(name({ sql: "SELECT 3" })).toBeUndefined();
    expect([name({ sql: "SELECT 1" }), name({ sql: "SELECT 2" })]).toEqual([a, b]);
  });
});
