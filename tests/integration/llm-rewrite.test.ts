import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import type { BuiltCourse } from "@/lib/content";
import { generateQuestionBank } from "@/lib/questions";
import { generateCourseBank } from "@/lib/server/bank/generate-course-bank";
import { searchBankQuestions } from "@/lib/server/bank-admin/search-bank-questions";
import { buildCourseFromFolder } from "@/lib/server/content/build-course-from-folder";
import { generateBankWithRewrites } from "@/lib/server/llm/generate-bank-with-rewrites";
import { llmConfig } from "@/lib/server/llm/llm-config";
import { generateBankInWorker, generateLimits } from "@/lib/server/parsing/parse-in-worker";
import { publishUpload } from "@/lib/server/uploads/publish-upload";
import { uploadDocument } from "@/lib/server/uploads/upload-document";
import type { Actor } from "@/lib/auth/roles";
import { carefulRewrite, startOpenAiStub, type StubReply } from "../support/openai-stub";
import { createUser } from "../support/fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The optional LLM rewrite (docs/BANK.md, "Machine rewriting"), wired where content:build stores a bank, against a local
// stub of an OpenAI-compatible server: the wiring only, no real model and no network beyond 127.0.0.1.

const MODEL = "qwen2.5:7b-instruct";
const KEY = "sk-stub-0123456789abcdef";
const ENV = ["DANGKE_LLM_BASE_URL", "DANGKE_LLM_MODEL", "DANGKE_LLM_API_KEY", "DANGKE_LLM_TIMEOUT_MS", "DANGKE_LLM_MAX_QUESTIONS"] as const;

let testDb: TestDatabase;
let folder: string;
let course: BuiltCourse;
let instructor: Actor;
let reply: (user: string) => StubReply = () => "hang";
let stub: Awaited<ReturnType<typeof startOpenAiStub>>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  instructor = await createUser(testDb.db, "INSTRUCTOR");
  stub = await startOpenAiStub((user) => reply(user));
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "dangke-llm-"));
  fs.copyFileSync(path.resolve("tests/fixtures/corpus/wenze-tiaoli.md"), path.join(folder, "wenze.md"));
  fs.writeFileSync(path.join(folder, "course.json"), JSON.stringify({ slug: "wenze", title: "问责条例", description: "一篇文档", documents: [{ path: "wenze.md" }] }));
  const built = await buildCourseFromFolder(testDb.db, { manifestPath: path.join(folder, "course.json"), pipelineFingerprint: "llm-rewrite-test", newQuestionStatus: "ACTIVE" });
  course = built.course!;
});
afterAll(async () => {
  await stub?.close();
  await testDb?.close();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});
afterEach(async () => {
  for (const name of ENV) delete process.env[name];
  stub.requests.length = 0;
  await testDb.db.question.deleteMany();
});

function configure(extra: Partial<Record<(typeof ENV)[number], string>> = {}) {
  Object.assign(process.env, { DANGKE_LLM_BASE_URL: stub.baseUrl, DANGKE_LLM_MODEL: MODEL, DANGKE_LLM_API_KEY: KEY, DANGKE_LLM_MAX_QUESTIONS: "4", ...extra });
}

const stored = () => testDb.db.question.findMany({ orderBy: { id: "asc" } });

describe("the LLM provider's settings", () => {
  test("are off when the base URL is unset or blank, and read with the base URL's trailing slash taken off", () => {
    expect(llmConfig({})).toBeNull();
    expect(llmConfig({ DANGKE_LLM_BASE_URL: "  ", DANGKE_LLM_MODEL: MODEL })).toBeNull();
    const config = llmConfig({ DANGKE_LLM_BASE_URL: "http://127.0.0.1:11434/", DANGKE_LLM_MODEL: MODEL });
    expect(config).toMatchObject({ baseUrl: "http://127.0.0.1:11434", model: MODEL, timeoutMs: 60_000, maxQuestions: 200 });
    expect(config!.headers()).not.toHaveProperty("authorization");
  });

  test("set wrongly leave it off, with a warning that names the variable and never its value", () => {
    const warnings: string[] = [];
    const spy = vi.spyOn(console, "warn").mockImplementation((message: string) => void warnings.push(message));
    try {
      expect(llmConfig({ DANGKE_LLM_BASE_URL: "http://127.0.0.1:11434" })).toBeNull();
      expect(llmConfig({ DANGKE_LLM_BASE_URL: "file:///etc/passwd", DANGKE_LLM_MODEL: MODEL })).toBeNull();
      expect(llmConfig({ DANGKE_LLM_BASE_URL: "http://127.0.0.1:11434", DANGKE_LLM_MODEL: MODEL, DANGKE_LLM_API_KEY: KEY, DANGKE_LLM_TIMEOUT_MS: "soon" })).toBeNull();
    } finally {
      spy.mockRestore();
    }
    expect(warnings).toEqual([
      "LLM rewrite is off: DANGKE_LLM_MODEL is missing or invalid.",
      "LLM rewrite is off: DANGKE_LLM_BASE_URL is missing or invalid.",
      "LLM rewrite is off: DANGKE_LLM_TIMEOUT_MS is missing or invalid.",
    ]);
  });
});

describe("the LLM rewrite in content:build", () => {
  test("is off by default: nothing is asked and no question is marked", async () => {
    reply = (user) => ({ content: carefulRewrite(user) });
    const { bank } = await generateCourseBank(testDb.db, { course });
    expect(stub.requests).toHaveLength(0);
    const rows = await stored();
    expect(rows).toHaveLength(bank.accepted.length + bank.review.length);
    expect(rows.filter((row) => row.status === "ACTIVE").length).toBe(bank.accepted.length);
    expect(rows.every((row) => row.rewrittenBy === null)).toBe(true);
  });

  test("a rewrite that passes the checks is stored as a flagged DRAFT marked with the model, the key reaching the stub only as the bearer token", async () => {
    reply = (user) => ({ content: carefulRewrite(user) });
    configure();
    const { bank } = await generateCourseBank(testDb.db, { course });
    expect(stub.requests).toHaveLength(4);
    for (const request of stub.requests) {
      expect(request.url).toBe("/v1/chat/completions");
      expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
      const elsewhere = JSON.stringify({ ...request.headers, authorization: undefined }) + request.body;
      expect(elsewhere).not.toContain(KEY);
      expect(JSON.parse(request.body)).toMatchObject({ model: MODEL, messages: [{ role: "system" }, { role: "user" }] });
    }
    const rewritten = (await stored()).filter((row) => row.rewrittenBy !== null);
    expect(rewritten).toHaveLength(4);
    for (const row of rewritten) {
      expect(row).toMatchObject({ rewrittenBy: MODEL, status: "DRAFT", flagged: true, flagReason: expect.stringContaining("待审核：机器改写：") });
      expect(row.explanation).toMatch(/^.+是正确答案，出处：《中国共产党问责条例》/);
    }
    expect(bank.accepted.some((question) => question.rewrittenBy)).toBe(false);
    // Questions the rules alone would have published wait for an instructor once a model rewrote them.
    const published = new Set(generateQuestionBank(course).accepted.map((question) => question.id));
    expect(rewritten.filter((row) => published.has(row.id)).length).toBeGreaterThan(0);
    // The instructor's bank list shows the mark.
    const page = await searchBankQuestions(testDb.db, { actor: instructor, filter: { courseId: course.id, flagged: false, q: undefined } });
    expect(page.rows.filter((row) => row.rewrittenBy === MODEL).map((row) => row.id).sort()).toEqual(rewritten.map((row) => row.id).sort());

    // A later generation asks about none of the stored questions and keeps the rewrites, with or without the model.
    stub.requests.length = 0;
    const before = await stored();
    await generateCourseBank(testDb.db, { course });
    expect(stub.requests).toHaveLength(0);
    delete process.env.DANGKE_LLM_BASE_URL;
    await generateCourseBank(testDb.db, { course });
    expect(await stored()).toEqual(before);
  });

  test("a refused or failed answer keeps the question as generated: a changed key, a distractor equal to the key, not JSON, an HTTP error", async () => {
    let turn = 0;
    reply = (user) => {
      const good = JSON.parse(carefulRewrite(user)) as { key: string[]; distractors: string[] };
      const answers: StubReply[] = [
        { content: JSON.stringify({ ...good, key: ["中国共产党章程"] }) },
        { content: JSON.stringify({ ...good, distractors: good.distractors.length > 0 ? [good.key[0], ...good.distractors.slice(1)] : ["多余"] }) },
        { content: "好的，这是改写后的题目。" },
        { status: 500, body: "internal error" },
      ];
      return answers[turn++ % answers.length]!;
    };
    configure();
    const { bank } = await generateCourseBank(testDb.db, { course });
    expect(stub.requests).toHaveLength(4);
    const rows = await stored();
    expect(rows.every((row) => row.rewrittenBy === null)).toBe(true);
    expect(rows.filter((row) => row.status === "ACTIVE").length).toBe(bank.accepted.length);
  });

  test("an upload's publication asks the model too, and its rewritten questions wait for review with their mark", async () => {
    reply = (user) => ({ content: carefulRewrite(user) });
    configure({ DANGKE_LLM_MAX_QUESTIONS: "2" });
    const bytes = new Uint8Array(fs.readFileSync(path.resolve("tests/fixtures/corpus/wenze-tiaoli.md")));
    const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: course.id, fileName: "问责条例.md", bytes });
    const published = await publishUpload(testDb.db, instructor, documentId);
    expect(published?.questions.created).toBeGreaterThan(2);
    expect(stub.requests).toHaveLength(2);
    const rewritten = await testDb.db.question.findMany({ where: { module: { documentId }, rewrittenBy: MODEL } });
    expect(rewritten).toHaveLength(2);
    for (const row of rewritten) expect(row).toMatchObject({ status: "DRAFT", flagged: true, flagReason: expect.stringContaining("待审核：机器改写：") });
  });

  test("an upload's publication generates in the worker with a model configured too: out of time or memory it publishes nothing and asks nothing, the upload still pending", async () => {
    reply = (user) => ({ content: carefulRewrite(user) });
    configure({ DANGKE_LLM_MAX_QUESTIONS: "2" });
    // Other bytes than the test above's, so another upload of the same course.
    const bytes = new TextEncoder().encode(`${fs.readFileSync(path.resolve("tests/fixtures/corpus/wenze-tiaoli.md"), "utf8")}\n`);
    const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: course.id, fileName: "问责条例（修订）.md", bytes });
    const state = async () => ({
      status: (await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId }, select: { status: true } })).status,
      modules: await testDb.db.module.count({ where: { documentId } }),
      questions: await testDb.db.question.count({ where: { module: { documentId } } }),
    });
    // Generated in this thread, a 1 ms limit would only stop the rewrites and the publish would go through.
    await expect(publishUpload(testDb.db, instructor, documentId, { maxHeapMb: 512, timeLimitMs: 1 })).rejects.toMatchObject({
      reason: "TIMEOUT",
      userMessage: "文档“问责条例（修订）.md”的题目生成超时（超过 1 秒），没有发布任何内容，请拆分文档后重试。",
    });
    await expect(publishUpload(testDb.db, instructor, documentId, { maxHeapMb: 1, timeLimitMs: 60_000 })).rejects.toMatchObject({ reason: "CRASHED", userMessage: expect.stringMatching(/题目生成时占用内存过多或意外中止/) });
    expect(stub.requests).toHaveLength(0);
    expect(await state()).toEqual({ status: "UPLOADED", modules: 0, questions: 0 });

    const published = await publishUpload(testDb.db, instructor, documentId);
    expect(published?.questions.created).toBeGreaterThan(0);
    expect(stub.requests).toHaveLength(2);
    expect(await testDb.db.question.count({ where: { module: { documentId }, rewrittenBy: MODEL } })).toBe(2);
  });

  test("the bank rule-written in a worker is rewritten as the one generated in this thread: the candidates cross, the index is rebuilt from the course", async () => {
    reply = (user) => ({ content: carefulRewrite(user) });
    configure({ DANGKE_LLM_MAX_QUESTIONS: "6" });
    const inThread = await generateBankWithRewrites(testDb.db, course, llmConfig());
    const inWorker = await generateBankWithRewrites(testDb.db, course, llmConfig(), { ruleWritten: (built, options) => generateBankInWorker("问责条例.md", built, generateLimits(), options) });
    expect(stub.requests).toHaveLength(12);
    expect(inWorker.review.filter((entry) => entry.question.rewrittenBy === MODEL)).toHaveLength(6);
    expect(inWorker).toEqual(inThread);
  });

  test("a model that does not answer is waited for once per free slot, not once per question, and logged in one line", async () => {
    reply = () => "hang";
    configure({ DANGKE_LLM_TIMEOUT_MS: "1000", DANGKE_LLM_MAX_QUESTIONS: "8" });
    const warnings: string[] = [];
    const spy = vi.spyOn(console, "warn").mockImplementation((message: string) => void warnings.push(message));
    try {
      await generateCourseBank(testDb.db, { course });
    } finally {
      spy.mockRestore();
    }
    // Two requests run at once; once one has timed out, the six still waiting are not sent.
    expect(stub.requests.length).toBeGreaterThan(0);
    expect(stub.requests.length).toBeLessThanOrEqual(2);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("no usable reply for 8 questions");
    expect(warnings[0]).toContain("the provider is unreachable (timed out)");
    expect(warnings[0]).not.toContain(KEY);
    expect((await stored()).every((row) => row.rewrittenBy === null)).toBe(true);
  });

  test("a provider that refuses connections is tried once, not for every question", async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as net.AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    configure({ DANGKE_LLM_BASE_URL: `http://127.0.0.1:${port}`, DANGKE_LLM_MAX_QUESTIONS: "8" });
    const warnings: string[] = [];
    const spy = vi.spyOn(console, "warn").mockImplementation((message: string) => void warnings.push(message));
    let bank;
    try {
      ({ bank } = await generateCourseBank(testDb.db, { course }));
    } finally {
      spy.mockRestore();
    }
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/the provider is unreachable \(request failed/);
    expect(warnings[0]).toContain("not sent: provider unreachable ×");
    const rows = await stored();
    expect(rows).toHaveLength(bank.accepted.length + bank.review.length);
    expect(rows.every((row) => row.rewrittenBy === null)).toBe(true);
  });

  test("a model that does not answer in time keeps every question as generated", async () => {
    reply = () => "hang";
    configure({ DANGKE_LLM_TIMEOUT_MS: "1000", DANGKE_LLM_MAX_QUESTIONS: "2" });
    const { bank } = await generateCourseBank(testDb.db, { course });
    expect(stub.requests).toHaveLength(2);
    const rows = await stored();
    expect(rows).toHaveLength(bank.accepted.length + bank.review.length);
    expect(rows.every((row) => row.rewrittenBy === null)).toBe(true);
  });
});
