// The LLM provider's API key (DANGKE_LLM_API_KEY) goes to the configured endpoint as a bearer token and
// nowhere else: not into a log line, a stored row, the bank pages' data, or another server by a
// redirect — even when the endpoint is hostile and echoes the key back in its replies.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { generateCourseBank } from "@/lib/server/bank/generate-course-bank";
import { getBankQuestion } from "@/lib/server/bank-admin/get-bank-question";
import { searchBankQuestions } from "@/lib/server/bank-admin/search-bank-questions";
import { buildCourseFromFolder } from "@/lib/server/content/build-course-from-folder";
import { llmConfig } from "@/lib/server/llm/llm-config";
import { createUser } from "../support/fixtures";
import { carefulRewrite, startOpenAiStub, type StubReply } from "../support/openai-stub";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const KEY = "sk-secret-7f3a9c1e5b2d4f60";

let testDb: TestDatabase;
let folder: string;
let instructor: Actor;
let elsewhere: Awaited<ReturnType<typeof startOpenAiStub>>;
let hostile: Awaited<ReturnType<typeof startOpenAiStub>>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  instructor = await createUser(testDb.db, "INSTRUCTOR");
  elsewhere = await startOpenAiStub(() => ({ status: 200, body: "{}" }));
  let turn = 0;
  // Each reply carries the key back: a good rewrite whose 解析 quotes it, an error page, not JSON, a reply of another shape, a redirect to another server.
  hostile = await startOpenAiStub((user, request): StubReply => {
    const echoed = String(request.headers.authorization);
    const good = JSON.parse(carefulRewrite(user)) as { explanation: string };
    const replies: StubReply[] = [
      { content: JSON.stringify({ ...good, explanation: `${good.explanation}${echoed}` }) },
      { status: 401, body: `invalid key ${echoed}` },
      { content: `not json ${echoed}` },
      { status: 200, body: JSON.stringify({ error: echoed }) },
      { status: 307, body: echoed, headers: { location: `${elsewhere.baseUrl}/v1/chat/completions` } },
    ];
    return replies[turn++ % replies.length]!;
  });
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "dangke-llm-key-"));
  fs.copyFileSync(path.resolve("tests/fixtures/corpus/wenze-tiaoli.md"), path.join(folder, "wenze.md"));
  fs.writeFileSync(path.join(folder, "course.json"), JSON.stringify({ slug: "wenze-key", title: "问责条例", description: "一篇文档", documents: [{ path: "wenze.md" }] }));
});
afterAll(async () => {
  for (const name of ["DANGKE_LLM_BASE_URL", "DANGKE_LLM_MODEL", "DANGKE_LLM_API_KEY", "DANGKE_LLM_MAX_QUESTIONS"]) delete process.env[name];
  await hostile?.close();
  await elsewhere?.close();
  await testDb?.close();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

describe("the LLM provider's API key", () => {
  test("reaches the endpoint only in the Authorization header, is not carried to another server by a redirect, and no log line, stored row or bank page data holds it", async () => {
    Object.assign(process.env, { DANGKE_LLM_BASE_URL: hostile.baseUrl, DANGKE_LLM_MODEL: "stub-model", DANGKE_LLM_API_KEY: KEY, DANGKE_LLM_MAX_QUESTIONS: "10" });
    const logged: unknown[] = [];
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((method) => vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args)));
    try {
      const config = llmConfig();
      expect(config).not.toBeNull();
      expect(JSON.stringify(config)).not.toContain(KEY);
      expect(inspect(config, { depth: 5, showHidden: true })).not.toContain(KEY);
      const built = await buildCourseFromFolder(testDb.db, { manifestPath: path.join(folder, "course.json"), pipelineFingerprint: "llm-key-test", newQuestionStatus: "ACTIVE" });
      await generateCourseBank(testDb.db, { course: built.course! });
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(hostile.requests).toHaveLength(10);
    for (const request of hostile.requests) {
      expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(JSON.stringify({ ...request.headers, authorization: undefined }) + request.url + request.body).not.toContain(KEY);
    }
    expect(elsewhere.requests).toHaveLength(0);
    expect(logged.length).toBeGreaterThan(0);
    expect(inspect(logged, { depth: 10 })).not.toContain(KEY);

    const { db } = testDb;
    const rows = JSON.stringify([await db.question.findMany(), await db.rejectedCandidate.findMany(), await db.auditLog.findMany(), await db.course.findMany()]);
    expect(rows).not.toContain(KEY);
    const page = await searchBankQuestions(db, { actor: instructor, filter: { flagged: false, q: undefined } });
    expect(page.rows.length).toBeGreaterThan(0);
    const details = await Promise.all(page.rows.map((row) => getBankQuestion(db, { actor: instructor, questionId: row.id })));
    expect(JSON.stringify([page, details])).not.toContain(KEY);
  });
});
