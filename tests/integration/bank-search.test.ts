import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { exportQuestionsJson } from "@/lib/server/bank/export-questions-json";
import { countBulkTargets } from "@/lib/server/bank-admin/count-bulk-targets";
import { searchBankQuestions } from "@/lib/server/bank-admin/search-bank-questions";
import { BANK_SEARCH_MAX_CHARACTERS, bankFilterSchema, bankSearchWasCut } from "@/lib/validation/question";
import { createUser } from "../support/fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/** Stems by id: the words 群众 and 路线 together, apart, alone; literal wildcards; Latin letters. */
const STEMS: Record<string, string> = {
  q_phrase: "必须坚持党的群众路线（　）。",
  q_apart: "群众是真正的英雄，正确的路线决定方向（　）。",
  q_route: "党在社会主义初级阶段的基本路线是（　）。",
  q_masses: "密切联系群众是党的优良作风（　）。",
  q_percent: "100% 的党支部完成了换届（　）。",
  q_underscore: "填空用 a_b 标出（　）。",
  q_latin: "Party Building 是基层组织建设的英文说法（　）。",
};

describe("bank search by words", () => {
  let testDb: TestDatabase;
  let instructor: Actor;
  const search = async (q: string) => {
    const page = await searchBankQuestions(testDb.db, { actor: instructor, filter: bankFilterSchema.parse({ q }), pageSize: 100 });
    return page.rows.map((row) => row.id).sort();
  };

  beforeAll(async () => {
    testDb = await createTestDatabase();
    instructor = await createUser(testDb.db, "INSTRUCTOR");
    await testDb.db.course.create({ data: { id: "course-s", slug: "s", title: "检索课程" } });
    await testDb.db.module.create({ data: { id: "module-s", courseId: "course-s", position: 0, title: "单元" } });
    await testDb.db.question.createMany({
      data: Object.entries(STEMS).map(([id, stem]) => ({
        id,
        courseId: "course-s",
        moduleId: "module-s",
        type: "FILL_BLANK" as const,
        stem,
        answer: ["甲"],
        difficulty: 0.5,
        status: "DRAFT" as const,
        origin: "MANUAL" as const,
        contentHash: `hash-${id}`,
      })),
    });
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("群众 路线 (spaced, in either order, with an ideographic space) and 群众路线 find the same questions: every stem holding both words", async () => {
    const expected = ["q_apart", "q_phrase"];
    for (const q of ["群众 路线", "群众路线", "路线 群众", "群众\u3000路线", "  群众   路线  "]) expect(await search(q), q).toEqual(expected);
  });

  test("each word must occur: a word no stem holds finds nothing", async () => {
    expect(await search("群众 路线 不存在的词")).toEqual([]);
    expect(await search("路线")).toEqual(["q_apart", "q_phrase", "q_route"]);
  });

  test("Latin words match in any letter case, each on its own", async () => {
    expect(await search("building party")).toEqual(["q_latin"]);
    expect(await search("PARTY 英文")).toEqual(["q_latin"]);
  });

  test("LIKE wildcards typed in a search match only themselves", async () => {
    expect(await search("100%")).toEqual(["q_percent"]);
    expect(await search("%")).toEqual(["q_percent"]);
    expect(await search("1%")).toEqual([]);
    expect(await search("a_b")).toEqual(["q_underscore"]);
    expect(await search("10_")).toEqual([]);
    expect(await search("\\")).toEqual([]);
  });

  test("an empty or blank search is no search: the whole bank", async () => {
    for (const q of ["", "   ", "\u3000"]) expect(await search(q), JSON.stringify(q)).toEqual(Object.keys(STEMS).sort());
  });

  test("a search over the length limit is cut to its first characters, and the page is told so", async () => {
    const long = `群众 路线${"的".repeat(5_000)}`;
    const filter = bankFilterSchema.parse({ q: long });
    expect(Array.from(filter.q!)).toHaveLength(BANK_SEARCH_MAX_CHARACTERS);
    expect(bankSearchWasCut(long)).toBe(true);
    expect(bankSearchWasCut("群众 路线")).toBe(false);
    expect(await search(long)).toEqual(["q_apart", "q_phrase"]);
  });

  test("the bulk count and the export select what the list shows", async () => {
    const filter = bankFilterSchema.parse({ q: "群众 路线" });
    expect(await countBulkTargets(testDb.db, { actor: instructor, filter, transition: "approve" })).toBe(2);
    const exported = await exportQuestionsJson(testDb.db, { filter });
    expect(exported.map((question) => question.id).sort()).toEqual(["q_apart", "q_phrase"]);
  });
});
