import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { encode } from "next-auth/jwt";
import type { Actor } from "@/lib/auth/roles";
import { endAllSessions } from "@/lib/auth/session-version";
import { PRACTICE_ANSWER_MAX_BYTES, handlePracticeAnswer, type EndpointRequest } from "@/lib/http/practice-answer-endpoint";
import { PRACTICE_ANSWER_PATH } from "@/lib/http/routes";
import { edgeListener } from "@/lib/http/server";
import { trustedProxies } from "@/lib/http/client-address";
import { POST as routeHandler } from "@/app/api/practice/answers/route";
import { BLANK_ANSWER_MAX_LENGTH, SHORT_ANSWER_MAX_LENGTH } from "@/lib/validation/practice-answer";
import { submitPracticeAnswer } from "@/lib/server/practice/submit-practice-answer";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";
import { freshModulePractice, seedPracticeModule } from "../support/practice-module";

// The answer endpoint the question player posts to (served by the app's HTTP edge,
// lib/http/server.ts, in front of Next.js, and by the route handler app/api/practice/answers): its own checks — session cookie, JSON, same origin, account state — on top of the
// practice service's. Every refusal must leave the database as it was.

const SECRET = "practice-answer-endpoint-test-secret";
const appConnection = globalThis as { __dangkeConnection?: Promise<unknown> };

describe("the practice answer endpoint", () => {
  let testDb: TestDatabase;
  let learner: Actor;
  let other: Actor;
  let previousSecret: string | undefined;

  beforeAll(async () => {
    previousSecret = process.env.NEXTAUTH_SECRET;
    process.env.NEXTAUTH_SECRET = SECRET;
    testDb = await createTestDatabase();
    learner = await createUser(testDb.db, "LEARNER");
    other = await createUser(testDb.db, "LEARNER");
    await seedPracticeModule(testDb.db);
  });
  afterAll(async () => {
    process.env.NEXTAUTH_SECRET = previousSecret;
    await testDb.close();
  });

  const cookieFor = async (user: Actor, options: { maxAge?: number; secret?: string; sv?: number } = {}) =>
    `theme=dark; next-auth.session-token=${await encode({ token: { sub: user.id, name: user.name, email: user.email, sv: options.sv ?? 0 }, secret: options.secret ?? SECRET, maxAge: options.maxAge })}`;

  async function attemptOf(user: Actor) {
    return (await freshModulePractice(testDb.db, user, { moduleId: "mod_p", order: "source" }))!;
  }

  function request(overrides: Partial<EndpointRequest> & { json?: unknown }): EndpointRequest {
    const { json, ...rest } = overrides;
    return { method: "POST", contentType: "application/json", origin: "http://localhost:3000", host: "localhost:3000", body: JSON.stringify(json ?? {}), ...rest };
  }

  /** Runs the request and checks that it wrote no response, card or review. */
  async function refused(input: EndpointRequest) {
    const count = async () => [await testDb.db.response.count(), await testDb.db.card.count(), await testDb.db.reviewLog.count()];
    const before = await count();
    const result = await handlePracticeAnswer(testDb.db, input);
    expect(await count()).toEqual(before);
    return result;
  }

  test("a signed-in learner's answer is recorded and answered with feedback", async () => {
    const attemptId = await attemptOf(learner);
    const result = await handlePracticeAnswer(testDb.db, request({ cookie: await cookieFor(learner), json: { attemptId, questionId: "q_tf", response: true, durationMs: 3_000 } }));
    expect(result).toMatchObject({ status: 200, body: { ok: true, feedback: { status: "correct", given: true, answer: true } } });
    expect(await testDb.db.response.count({ where: { attemptId, questionId: "q_tf", userId: learner.id } })).toBe(1);
    // A request without an Origin header (some clients omit it on same-origin requests) is served too.
    const again = await handlePracticeAnswer(testDb.db, request({ cookie: await cookieFor(learner), origin: undefined, json: { attemptId, questionId: "q_single", response: ["B"], durationMs: null } }));
    expect(again).toMatchObject({ status: 200, body: { ok: true, feedback: { status: "incorrect" } } });
  });

  test("answers arriving together are all recorded: several learners at once, and one learner's answers one after another", async () => {
    const [first, second] = [await createUser(testDb.db, "LEARNER"), await createUser(testDb.db, "LEARNER")];
    const attempts = { [first.id]: await attemptOf(first), [second.id]: await attemptOf(second) };
    const answers = { q_single: ["A"], q_tf: true, q_fill: ["政治优势"], q_short: "生命线" };
    const cookies = { [first.id]: await cookieFor(first), [second.id]: await cookieFor(second) };
    // Every question of both attempts at once, as from two learners clicking fast in several tabs.
    const results = await Promise.all(
      [first, second].flatMap((user) =>
        Object.entries(answers).map(([questionId, response]) =>
          handlePracticeAnswer(testDb.db, request({ cookie: cookies[user.id], json: { attemptId: attempts[user.id], questionId, response, durationMs: 2_000 } })),
        ),
      ),
    );
    expect(results.map((result) => result.status)).toEqual(Array(8).fill(200));
    for (const user of [first, second]) {
      // Each answer saw the ones before it: the last closed the attempt with three right of four.
      expect(await testDb.db.attempt.findUniqueOrThrow({ where: { id: attempts[user.id] } })).toMatchObject({ status: "SUBMITTED", score: 3, maxScore: 4 });
      expect(await testDb.db.response.count({ where: { attemptId: attempts[user.id] } })).toBe(4);
      expect(await testDb.db.pointsEntry.aggregate({ where: { userId: user.id }, _sum: { points: true } })).toMatchObject({ _sum: { points: 3 } });
    }
  });

  test("a forged userId in the body is ignored: the answer is the session's learner's, in their own attempt", async () => {
    const attemptId = await attemptOf(learner);
    const result = await handlePracticeAnswer(testDb.db, request({ cookie: await cookieFor(learner), json: { attemptId, questionId: "q_fill", response: ["政治优势"], durationMs: 2_000, userId: other.id, learner: { id: other.id } } }));
    expect(result.status).toBe(200);
    const stored = await testDb.db.response.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: "q_fill" } } });
    expect(stored.userId).toBe(learner.id);
    expect(await testDb.db.response.count({ where: { userId: other.id } })).toBe(0);
  });

  test("a body that is not UTF-8 (GBK bytes read as UTF-8) is graded as given, not accepted as the right answer", async () => {
    const attemptId = await attemptOf(learner);
    const gbk = Buffer.from([0xd5, 0xfe, 0xd6, 0xce, 0xd3, 0xc5, 0xca, 0xc6]).toString("utf8"); // 政治优势 in GBK
    const result = await handlePracticeAnswer(testDb.db, request({ cookie: await cookieFor(learner), body: `{"attemptId":"${attemptId}","questionId":"q_fill","response":["${gbk}"],"durationMs":1000}` }));
    expect(result).toMatchObject({ status: 200, body: { ok: true, feedback: { status: "incorrect" } } });
  });

  test("no session, a forged, an expired or a foreign-secret token: 401, nothing written", async () => {
    const json = { attemptId: await attemptOf(learner), questionId: "q_fill", response: ["政治优势"], durationMs: 1_000 };
    const signedOut = { status: 401, body: { ok: false, reason: "SIGNED_OUT" } };
    expect(await refused(request({ json }))).toEqual(signedOut);
    expect(await refused(request({ json, cookie: "next-auth.session-token=not-a-token" }))).toEqual(signedOut);
    expect(await refused(request({ json, cookie: await cookieFor(learner, { maxAge: -60 }) }))).toEqual(signedOut);
    expect(await refused(request({ json, cookie: await cookieFor(learner, { secret: "another-secret" }) }))).toEqual(signedOut);
  });

  test("requests a page on another site could send are refused: other methods, non-JSON bodies, a foreign Origin", async () => {
    const cookie = await cookieFor(learner);
    const json = { attemptId: await attemptOf(learner), questionId: "q_fill", response: ["政治优势"], durationMs: 1_000 };
    const bad = { status: 400, body: { ok: false, reason: "BAD_REQUEST" } };
    expect(await refused(request({ json, cookie, method: "GET" }))).toEqual(bad);
    expect(await refused(request({ json, cookie, contentType: "text/plain;charset=UTF-8" }))).toEqual(bad);
    expect(await refused(request({ json, cookie, contentType: "application/x-www-form-urlencoded" }))).toEqual(bad);
    expect(await refused(request({ json, cookie, contentType: undefined }))).toEqual(bad);
    expect(await refused(request({ json, cookie, origin: "https://evil.example" }))).toEqual(bad);
    expect(await refused(request({ json, cookie, origin: "not a url" }))).toEqual(bad);
  });

  test("malformed or out-of-range answers are refused as invalid, nothing written", async () => {
    const cookie = await cookieFor(learner);
    const attemptId = await attemptOf(learner);
    const invalid = { status: 400, body: { ok: false, reason: "INVALID_RESPONSE" } };
    expect(await refused(request({ cookie, body: "{not json" }))).toEqual(invalid);
    expect(await refused(request({ cookie, body: "" }))).toEqual(invalid);
    expect(await refused(request({ cookie, json: [] }))).toEqual(invalid);
    expect(await refused(request({ cookie, json: { attemptId, questionId: "q_fill" } }))).toEqual(invalid);
    expect(await refused(request({ cookie, json: { attemptId, questionId: "q_fill", response: ["政治优势"], durationMs: -5 } }))).toEqual(invalid);
    expect(await refused(request({ cookie, json: { attemptId, questionId: "q_fill", response: { a: 1 }, durationMs: 1 } }))).toEqual(invalid);
    // The right shape for another question type is the service's refusal, with the same status.
    expect(await refused(request({ cookie, json: { attemptId, questionId: "q_single", response: true, durationMs: 1 } }))).toEqual(invalid);
  });

  test("an over-long 简答 or blank answer is refused with its limit in Chinese, nothing written; one at the limit is recorded", async () => {
    const cookie = await cookieFor(learner);
    const attemptId = await attemptOf(learner);
    const tooLong = (message: string) => ({ status: 400, body: { ok: false, reason: "ANSWER_TOO_LONG", message } });
    const short = (response: string) => request({ cookie, json: { attemptId, questionId: "q_short", response, durationMs: 1 } });
    expect(await refused(short("群".repeat(SHORT_ANSWER_MAX_LENGTH + 1)))).toEqual(tooLong("简答作答最多 5000 字"));
    expect(await refused(request({ cookie, json: { attemptId, questionId: "q_fill", response: ["x".repeat(BLANK_ANSWER_MAX_LENGTH + 1)], durationMs: 1 } }))).toEqual(tooLong("每空作答最多 500 字"));
    const atLimit = await handlePracticeAnswer(testDb.db, short("群".repeat(SHORT_ANSWER_MAX_LENGTH)));
    expect(atLimit).toMatchObject({ status: 200, body: { ok: true } });
    expect(await testDb.db.response.count({ where: { attemptId, questionId: "q_short" } })).toBe(1);
  });

  test("another learner's attempt and a question outside the attempt are not found", async () => {
    const attemptId = await attemptOf(learner);
    const notFound = { status: 404, body: { ok: false, reason: "NOT_FOUND" } };
    expect(await refused(request({ cookie: await cookieFor(other), json: { attemptId, questionId: "q_tf", response: true, durationMs: 1 } }))).toEqual(notFound);
    expect(await refused(request({ cookie: await cookieFor(learner), json: { attemptId, questionId: "q_draft", response: true, durationMs: 1 } }))).toEqual(notFound);
    expect(await refused(request({ cookie: await cookieFor(learner), json: { attemptId: "no-such-attempt", questionId: "q_tf", response: true, durationMs: 1 } }))).toEqual(notFound);
  });

  test("a session of an account deactivated or put back on a one-time password since it signed in answers nothing", async () => {
    const user = await createUser(testDb.db, "LEARNER");
    const cookie = await cookieFor(user);
    const attemptId = await attemptOf(user);
    const answer = request({ cookie, json: { attemptId, questionId: "q_tf", response: true, durationMs: 1 } });

    await testDb.db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    expect(await refused(answer)).toEqual({ status: 403, body: { ok: false, reason: "PASSWORD_CHANGE_REQUIRED" } });
    await testDb.db.user.update({ where: { id: user.id }, data: { mustChangePassword: false, active: false } });
    expect(await refused(answer)).toEqual({ status: 401, body: { ok: false, reason: "SIGNED_OUT" } });
    await testDb.db.user.update({ where: { id: user.id }, data: { active: true } });
    expect((await handlePracticeAnswer(testDb.db, answer)).status).toBe(200);
  });

  test("a session ended since it was issued (password changed elsewhere, 退出所有设备) answers nothing; one issued after does", async () => {
    const user = await createUser(testDb.db, "LEARNER");
    const attemptId = await attemptOf(user);
    const json = { attemptId, questionId: "q_tf", response: true, durationMs: 1 };
    const ended = request({ cookie: await cookieFor(user), json });
    await endAllSessions(testDb.db, user.id);
    expect(await refused(ended)).toEqual({ status: 401, body: { ok: false, reason: "SIGNED_OUT" } });
    const current = request({ cookie: await cookieFor(user, { sv: 1 }), json });
    expect((await handlePracticeAnswer(testDb.db, current)).status).toBe(200);
  });

  test("the service refuses the same accounts when called directly", async () => {
    const user = await createUser(testDb.db, "LEARNER");
    const attemptId = await attemptOf(user);
    await testDb.db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await submitPracticeAnswer(testDb.db, user, { attemptId, questionId: "q_tf", response: true, durationMs: 1 })).toEqual({ ok: false, reason: "SIGNED_OUT" });
    expect(await testDb.db.response.count({ where: { userId: user.id } })).toBe(0);
  });
});

// The two entry points of the endpoint: the edge's fast path over real HTTP (lib/http/server.ts,
// Next.js's handler replaced by one that records what it was handed) and the route handler
// app/api/practice/answers/route.ts, called with a Fetch API request as Next.js calls it, its
// getDb() answering with the test database. Same requests, same answers. (Through Next.js
// itself: tests/e2e/practice.test.ts.)
describe("the endpoint through the app's HTTP edge and through the route handler", () => {
  let testDb: TestDatabase;
  let server: http.Server;
  let base: string;
  let previousSecret: string | undefined;
  const deferred: string[] = [];

  beforeAll(async () => {
    previousSecret = process.env.NEXTAUTH_SECRET;
    process.env.NEXTAUTH_SECRET = SECRET;
    testDb = await createTestDatabase();
    await seedPracticeModule(testDb.db);
    // The process's one connection (lib/db/prisma.ts keeps it on globalThis) is the test database.
    appConnection.__dangkeConnection = Promise.resolve({ database: testDb.database, prisma: testDb.db });
    const next = (request: http.IncomingMessage, response: http.ServerResponse) => {
      deferred.push(`${request.method} ${request.url}`);
      request.resume();
      response.writeHead(299, { "content-type": "text/plain" }).end("handed to Next.js");
    };
    server = http.createServer(edgeListener({ dev: false, next, db: async () => testDb.db, proxies: trustedProxies(undefined) }));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    process.env.NEXTAUTH_SECRET = previousSecret;
    appConnection.__dangkeConnection = undefined;
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await testDb.close();
  });

  const cookieFor = async (user: Actor) => `next-auth.session-token=${await encode({ token: { sub: user.id, name: user.name, email: user.email, sv: 0 }, secret: SECRET })}`;
  const headers = (cookie: string | undefined, contentType = "application/json") => ({
    "content-type": contentType,
    origin: "http://localhost:3000",
    "x-forwarded-host": "localhost:3000",
    ...(cookie ? { cookie } : {}),
  });

  interface Sent {
    status: number;
    contentType: string | null;
    cacheControl: string | null;
    body: unknown;
  }
  const read = async (response: Response): Promise<Sent> => ({
    status: response.status,
    contentType: response.headers.get("content-type"),
    cacheControl: response.headers.get("cache-control"),
    body: await response.json(),
  });
  const throughEdge = async (init: { headers: Record<string, string>; body: string }) => read(await fetch(base + PRACTICE_ANSWER_PATH, { method: "POST", ...init }));
  const throughRouteHandler = async (init: { headers: Record<string, string>; body: string }) =>
    read(await routeHandler(new Request(`http://localhost:3000${PRACTICE_ANSWER_PATH}`, { method: "POST", ...init })));
  const written = async () => [await testDb.db.response.count(), await testDb.db.card.count(), await testDb.db.reviewLog.count()];

  test("two learners' identical answers, one through each, get the same reply and are both recorded; so are the same answers sent again", async () => {
    const [viaEdge, viaRoute] = [await createUser(testDb.db, "LEARNER"), await createUser(testDb.db, "LEARNER")];
    const attempts = new Map([
      [viaEdge.id, (await freshModulePractice(testDb.db, viaEdge, { moduleId: "mod_p", order: "source" }))!],
      [viaRoute.id, (await freshModulePractice(testDb.db, viaRoute, { moduleId: "mod_p", order: "source" }))!],
    ]);
    const answers: Array<[string, unknown]> = [["q_tf", true], ["q_single", ["B"]], ["q_fill", ["政治优势"]], ["q_short", "生命线"]];
    for (const round of [1, 2]) {
      for (const [questionId, response] of answers) {
        const send = async (user: Actor) => ({ headers: headers(await cookieFor(user)), body: JSON.stringify({ attemptId: attempts.get(user.id), questionId, response, durationMs: 2_000 }) });
        const edge = await throughEdge(await send(viaEdge));
        const route = await throughRouteHandler(await send(viaRoute));
        expect(edge, `${questionId}, round ${round}`).toEqual(route);
        expect(edge).toMatchObject({ status: 200, contentType: "application/json; charset=utf-8", cacheControl: "no-store", body: { ok: true } });
      }
    }
    for (const user of [viaEdge, viaRoute]) {
      expect(await testDb.db.response.count({ where: { userId: user.id } })).toBe(4);
      expect(await testDb.db.attempt.findUniqueOrThrow({ where: { id: attempts.get(user.id) } })).toMatchObject({ status: "SUBMITTED", score: 2, maxScore: 4 });
    }
  });

  test("refusals are the same through both and write nothing: signed out, not JSON, malformed, too long, over the body limit, another's attempt", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    const other = await createUser(testDb.db, "LEARNER");
    const attemptId = (await freshModulePractice(testDb.db, learner, { moduleId: "mod_p", order: "source" }))!;
    const cookie = await cookieFor(learner);
    const answer = JSON.stringify({ attemptId, questionId: "q_tf", response: true, durationMs: 1 });
    const cases: Array<[string, { headers: Record<string, string>; body: string }, number]> = [
      ["signed out", { headers: headers(undefined), body: answer }, 401],
      ["a forged token", { headers: headers("next-auth.session-token=forged"), body: answer }, 401],
      ["a form body", { headers: headers(cookie, "application/x-www-form-urlencoded"), body: `attemptId=${attemptId}` }, 400],
      ["not JSON", { headers: headers(cookie), body: "{not json" }, 400],
      ["a byte order mark before the JSON", { headers: headers(cookie), body: `\uFEFF${answer}` }, 400],
      ["an over-long 简答", { headers: headers(cookie), body: JSON.stringify({ attemptId, questionId: "q_short", response: "群".repeat(5_001), durationMs: 1 }) }, 400],
      ["a body over the limit", { headers: headers(cookie), body: JSON.stringify({ attemptId, questionId: "q_short", response: "x".repeat(PRACTICE_ANSWER_MAX_BYTES), durationMs: 1 }) }, 413],
      ["another learner's attempt", { headers: headers(await cookieFor(other)), body: answer }, 404],
    ];
    const before = await written();
    for (const [name, init, status] of cases) {
      const edge = await throughEdge(init);
      expect(edge, name).toEqual(await throughRouteHandler(init));
      expect(edge.status, name).toBe(status);
    }
    expect(await written()).toEqual(before);
  });

  test("the fast path takes only a plain POST to the endpoint's path; everything else is handed to Next.js, after the edge's own checks", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    const attemptId = (await freshModulePractice(testDb.db, learner, { moduleId: "mod_p", order: "source" }))!;
    const init = { headers: headers(await cookieFor(learner)), body: JSON.stringify({ attemptId, questionId: "q_tf", response: true, durationMs: 1 }) };
    deferred.length = 0;
    const handedOver = [
      await fetch(`${base}${PRACTICE_ANSWER_PATH}?from=bookmark`, { method: "POST", ...init }),
      await fetch(`${base}${PRACTICE_ANSWER_PATH}/`, { method: "POST", ...init }),
      await fetch(`${base}${PRACTICE_ANSWER_PATH}`, { method: "PUT", ...init }),
      await fetch(`${base}${PRACTICE_ANSWER_PATH}`, { headers: init.headers }),
    ];
    expect(handedOver.map((response) => response.status)).toEqual([299, 299, 299, 299]);
    expect(deferred).toEqual([`POST ${PRACTICE_ANSWER_PATH}?from=bookmark`, `POST ${PRACTICE_ANSWER_PATH}/`, `PUT ${PRACTICE_ANSWER_PATH}`, `GET ${PRACTICE_ANSWER_PATH}`]);
    expect(await testDb.db.response.count({ where: { attemptId } })).toBe(0);
    // The plain POST is the fast path's, and the edge's own checks still come first for what it hands over.
    expect((await throughEdge(init)).status).toBe(200);
    const crossSite = await fetch(`${base}${PRACTICE_ANSWER_PATH}?from=elsewhere`, { method: "POST", body: init.body, headers: { ...init.headers, origin: "https://evil.example" } });
    expect(crossSite.status).toBe(403);
    expect(deferred).toHaveLength(4);
  });
});
