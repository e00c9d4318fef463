import "server-only";
import http from "node:http";
import nextServer from "next";
import { disconnectDb, getDb, type Db } from "@/lib/db/prisma";
import { setClientAddress, trustedProxies } from "@/lib/http/client-address";
import { BODY_TOO_LARGE, ENDPOINT_RESPONSE_HEADERS, PRACTICE_ANSWER_MAX_BYTES, answerOrServerError } from "@/lib/http/practice-answer-endpoint";
import { PRACTICE_ANSWER_PATH } from "@/lib/http/routes";
import { isCrossSiteWrite } from "@/lib/http/same-origin";
import { securityHeaders } from "@/lib/http/security-headers";
import { purgeStaleRateLimits } from "@/lib/server/rate-limit";
import { purgeOrphanUploadParts } from "@/lib/server/uploads/upload-parts";
import { requestTargetProblem } from "@/lib/validation/text";

// The app's HTTP edge (npm start and npm run dev start it through scripts/serve.ts; so do the
// browser tests and bench:answer): a Node HTTP server in front of Next.js. Every request gets the
// security headers, the request-target and cross-site checks and the client's address; then a
// plain POST to the practice answer endpoint is answered here (the fast path: Next.js's request
// pipeline costs several milliseconds of CPU per request on these machines, docs/BENCHMARKS.md,
// bench:answer), and everything else, that endpoint with a query string or another method
// included, goes to Next.js, whose route handler (app/api/practice/answers/route.ts) answers the
// endpoint the same way.

export type RequestHandler = (request: http.IncomingMessage, response: http.ServerResponse) => unknown;

export interface EdgeOptions {
  /** Development mode: the looser content security policy Next.js's dev server needs. */
  dev: boolean;
  /** Next.js's request handler: everything the fast path does not take. */
  next: RequestHandler;
  db: () => Promise<Db>;
  /** Proxies whose X-Forwarded-For is believed (TRUSTED_PROXIES, lib/http/client-address.ts). */
  proxies: ReadonlySet<string>;
}

/** Whether the fast path takes the request: a POST to the answer endpoint's exact path, no query string. */
export function fastPathServes(request: Pick<http.IncomingMessage, "method" | "url">): boolean {
  return request.method === "POST" && request.url === PRACTICE_ANSWER_PATH;
}

/** The edge's request listener: checks for every request, then the fast path or Next.js. */
export function edgeListener(options: EdgeOptions): RequestHandler {
  return (request, response) => {
    setClientAddress(request, options.proxies);
    const security = securityHeaders({ dev: options.dev });
    for (const [name, value] of Object.entries(security.headers)) response.setHeader(name, value);
    // Next.js takes the nonce for its scripts from the policy on the request.
    request.headers["content-security-policy"] = security.headers["Content-Security-Policy"];
    // NUL or bytes that are not UTF-8 in the path or query reached queries as a 500 (lib/validation/text.ts).
    const targetProblem = requestTargetProblem(request.url ?? "");
    if (targetProblem) return sendText(response, 400, targetProblem);
    if (isCrossSiteWrite({ method: request.method ?? "GET", origin: firstHeader(request, "origin"), fetchSite: firstHeader(request, "sec-fetch-site"), host: requestHost(request) })) {
      return sendText(response, 403, "请求来自其他网站，已拒绝。Cross-site request refused.");
    }
    if (fastPathServes(request)) void servePracticeAnswer(options.db, request, response);
    else void options.next(request, response);
  };
}

async function servePracticeAnswer(db: () => Promise<Db>, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  try {
    const body = await readBody(request, PRACTICE_ANSWER_MAX_BYTES);
    const header = (name: string) => firstHeader(request, name);
    const result =
      body === null
        ? BODY_TOO_LARGE
        : await answerOrServerError(await db(), {
            method: request.method ?? "GET",
            cookie: header("cookie"),
            origin: header("origin"),
            host: requestHost(request),
            contentType: header("content-type"),
            body,
          });
    sendJson(response, result.status, result.body);
  } catch (error) {
    // The body could not be read (the client went away) or the database not opened.
    console.error("The practice answer endpoint failed:", error);
    if (!response.headersSent) sendJson(response, 500, { ok: false, reason: "SERVER_ERROR" });
  }
}

/** The request body as text, or null when it is longer than `limit` bytes. */
function readBody(request: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on("end", () => resolve(size > limit ? null : Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function firstHeader(request: http.IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function requestHost(request: http.IncomingMessage): string | undefined {
  return firstHeader(request, "x-forwarded-host") ?? firstHeader(request, "host");
}

function sendText(response: http.ServerResponse, status: number, body: string): void {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Content-Length": Buffer.byteLength(body), "Cache-Control": "no-store" });
  response.end(body);
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { ...ENDPOINT_RESPONSE_HEADERS, "content-length": Buffer.byteLength(text) });
  response.end(text);
}

export interface ServeOptions {
  dev: boolean;
  port: number;
  hostname: string;
}

/**
 * Prepares Next.js, listens on `hostname:port` and starts the hourly purges; `stop` closes the
 * server, Next.js and the database.
 */
export async function startServer(options: ServeOptions): Promise<{ stop: () => Promise<void> }> {
  const createNext = nextServer as unknown as typeof nextServer & { default?: typeof nextServer };
  const app = (createNext.default ?? createNext)({ dev: options.dev, port: options.port, hostname: options.hostname, dir: process.cwd() });
  const server = http.createServer(edgeListener({ dev: options.dev, next: app.getRequestHandler(), db: getDb, proxies: trustedProxies(process.env.TRUSTED_PROXIES) }));
  await app.prepare();
  await new Promise<void>((resolve) => server.listen(options.port, options.hostname, resolve));
  // Sign-in limit rows whose window passed long ago, and the parts of uploads cut short by a
  // crash, are of no use: removed hourly.
  const purges = [
    setInterval(() => void getDb().then((db) => purgeStaleRateLimits(db)).catch((error: unknown) => console.error("Purging rate limits failed", error)), 3600_000),
    setInterval(() => void getDb().then((db) => purgeOrphanUploadParts(db)).catch((error: unknown) => console.error("Purging upload parts failed", error)), 3600_000),
  ];
  for (const purge of purges) purge.unref();
  return {
    async stop() {
      for (const purge of purges) clearInterval(purge);
      server.close();
      server.closeAllConnections();
      await app.close().catch(() => undefined);
      await disconnectDb().catch(() => undefined);
    },
  };
}
