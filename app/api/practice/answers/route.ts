import { getDb } from "@/lib/db/prisma";
import { answerPracticeRequest } from "@/lib/http/practice-answer-endpoint";

/**
 * POST /api/practice/answers — the question player's answer (lib/http/practice-answer-endpoint.ts).
 * The app's server answers a plain POST to this path itself before Next.js (lib/http/server.ts);
 * this handler serves the rest (a query string, a server started without the fast path) with
 * the same handler, so the fast path is only an optimisation. Other methods get Next.js's 405.
 */
export async function POST(request: Request): Promise<Response> {
  return answerPracticeRequest(await getDb(), request);
}
