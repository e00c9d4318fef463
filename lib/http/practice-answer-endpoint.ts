import "server-only";
import { sessionFromCookie } from "@/lib/auth/session-token";
import { readBodyWithinLimit } from "./read-body-within-limit";
import { isCrossSiteWrite } from "./same-origin";
import type { Db } from "@/lib/db/prisma";
import { queuePracticeAnswer } from "@/lib/server/practice/practice-answer-queue";
import type { AnswerResult } from "@/lib/server/practice/submit-practice-answer";
import { answerLengthProblem, practiceAnswerSchema } from "@/lib/validation/practice-answer";

/**
 * POST /api/practice/answers (PRACTICE_ANSWER_PATH) — the question player's answer, as JSON. Two
 * entry points, one answer: the route handler app/api/practice/answers/route.ts
 * (`answerPracticeRequest`, a Fetch API request), and, because it is the busiest request of the
 * app (every answer of every learner in a class), the app's server's fast path in front of
 * Next.js's request pipeline (lib/http/server.ts; bench:answer and docs/BENCHMARKS.md), which
 * takes a plain POST to the path and leaves everything else to the route handler. Same rules as
 * a server action: the session cookie, an active account without a pending one-time password, a
 * same-origin request, and the practice service's own object checks.
 */
/** Longest request body read (a 简答 answer is at most SHORT_ANSWER_MAX_LENGTH characters). */
export const PRACTICE_ANSWER_MAX_BYTES = 64 * 1024;

export interface EndpointRequest {
  method: string;
  cookie?: string;
  origin?: string;
  /** The Host (or X-Forwarded-Host) the request was sent to. */
  host?: string;
  contentType?: string;
  body: string;
}

export type PracticeAnswerReply = AnswerResult | { ok: false; reason: "BAD_REQUEST" } | { ok: false; reason: "ANSWER_TOO_LONG"; message: string };

/** What either entry point sends: a reply, or a server error (logged) for what the handler threw. */
export type PracticeAnswerResponseBody = PracticeAnswerReply | { ok: false; reason: "SERVER_ERROR" };

export interface EndpointResponse {
  status: number;
  body: PracticeAnswerReply;
}

const STATUS: Record<Exclude<PracticeAnswerReply, { ok: true }>["reason"], number> = {
  BAD_REQUEST: 400,
  INVALID_RESPONSE: 400,
  ANSWER_TOO_LONG: 400,
  SIGNED_OUT: 401,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  ALREADY_RATED: 409,
  ATTEMPT_CLOSED: 409,
  KEY_HIDDEN: 403,
  // The stored question is broken: the server's fault, said plainly.
  QUESTION_UNREADABLE: 500,
};

function reply(body: PracticeAnswerReply): EndpointResponse {
  return { status: body.ok ? 200 : STATUS[body.reason], body };
}

export async function handlePracticeAnswer(db: Db, request: EndpointRequest): Promise<EndpointResponse> {
  if (request.method !== "POST") return reply({ ok: false, reason: "BAD_REQUEST" });
  const session = await sessionFromCookie(request.cookie);
  if (!session) return reply({ ok: false, reason: "SIGNED_OUT" });
  // A JSON body and a same-origin Origin: a form on another site can send neither.
  if (!request.contentType?.toLowerCase().startsWith("application/json")) return reply({ ok: false, reason: "BAD_REQUEST" });
  if (isCrossSiteWrite({ method: request.method, origin: request.origin, fetchSite: undefined, host: request.host })) return reply({ ok: false, reason: "BAD_REQUEST" });
  const body = parseJson(request.body);
  const parsed = practiceAnswerSchema.safeParse(body);
  if (!parsed.success) {
    // An answer over its limit says so, with the limit; nothing is recorded.
    const tooLong = answerLengthProblem((body as { response?: unknown } | null | undefined)?.response);
    return reply(tooLong ? { ok: false, reason: "ANSWER_TOO_LONG", message: tooLong } : { ok: false, reason: "INVALID_RESPONSE" });
  }
  // The service checks that the account is active, the session not ended and no one-time password pending.
  return reply(await queuePracticeAnswer(db, { ...parsed.data, learner: { id: session.userId, sessionVersion: session.sessionVersion } }));
}

/** A body over PRACTICE_ANSWER_MAX_BYTES: not read further, nothing recorded. */
export const BODY_TOO_LARGE: EndpointResponse = { status: 413, body: { ok: false, reason: "BAD_REQUEST" } };

/** The headers of every answer of the endpoint, through either entry point. */
export const ENDPOINT_RESPONSE_HEADERS = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } as const;

/** `handlePracticeAnswer`, with a 500 for what it throws (logged, never shown). */
export async function answerOrServerError(db: Db, request: EndpointRequest): Promise<{ status: number; body: PracticeAnswerResponseBody }> {
  try {
    return await handlePracticeAnswer(db, request);
  } catch (error) {
    console.error("The practice answer endpoint failed:", error);
    return { status: 500, body: { ok: false, reason: "SERVER_ERROR" } };
  }
}

/**
 * The endpoint for a Fetch API request (the route handler): the body read within
 * PRACTICE_ANSWER_MAX_BYTES and decoded as the fast path decodes it (UTF-8, bad bytes replaced,
 * a byte order mark kept), the host the client addressed (X-Forwarded-Host, else Host).
 */
export async function answerPracticeRequest(db: Db, request: Request): Promise<Response> {
  const header = (name: string) => request.headers.get(name) ?? undefined;
  const read = await readBodyWithinLimit(request, PRACTICE_ANSWER_MAX_BYTES);
  const result = !read.ok
    ? read.reason === "TOO_LARGE"
      ? BODY_TOO_LARGE
      : reply({ ok: false, reason: "BAD_REQUEST" })
    : await answerOrServerError(db, {
        method: request.method,
        cookie: header("cookie"),
        origin: header("origin"),
        host: header("x-forwarded-host") ?? header("host"),
        contentType: header("content-type"),
        body: Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength).toString("utf8"),
      });
  return new Response(JSON.stringify(result.body), { status: result.status, headers: ENDPOINT_RESPONSE_HEADERS });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
