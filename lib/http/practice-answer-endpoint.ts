import { sessionFromCookie } from "@/lib/auth/session-token";
import { isCrossSiteWrite } from "./same-origin";
import type { Db } from "@/lib/db/prisma";
import { queuePracticeAnswer } from "@/lib/server/practice/practice-answer-queue";
import type { AnswerResult } from "@/lib/server/practice/submit-practice-answer";
import { answerLengthProblem, practiceAnswerSchema } from "@/lib/validation/practice-answer";

/**
 * POST /api/practice/answers (PRACTICE_ANSWER_PATH) — the question player's answer, as JSON. It is the busiest request
 * of the app (every answer of every learner in a class), so the app's server answers it before
 * Next.js's request pipeline (scripts/serve.ts; bench:answer and docs/BENCHMARKS.md). Same rules
 * as a server action: the session cookie, an active account without a pending one-time
 * password, a same-origin request, and the practice service's own object checks.
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

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
