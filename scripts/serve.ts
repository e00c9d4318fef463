// The app's HTTP server (npm start and npm run dev start it; so do the browser tests and
// bench:answer): Next.js, with the practice answer endpoint (lib/http/practice-answer-endpoint.ts)
// answered in front of Next.js's request pipeline, which costs several milliseconds of CPU per
// request on these machines (docs/BENCHMARKS.md, bench:answer).
// Usage: tsx scripts/serve.ts [--dev] [--port N] [--hostname H]
import http from "node:http";
import { parseArgs } from "node:util";
import nextServer from "next";
import { disconnectDb, getDb } from "@/lib/db/prisma";
import { bindHost } from "@/lib/http/bind-address";
import { setClientAddress, trustedProxies } from "@/lib/http/client-address";
import { isCrossSiteWrite } from "@/lib/http/same-origin";
import { securityHeaders } from "@/lib/http/security-headers";
import { purgeStaleRateLimits } from "@/lib/server/rate-limit";
import { purgeOrphanUploadParts } from "@/lib/server/uploads/upload-parts";
import { PRACTICE_ANSWER_MAX_BYTES, handlePracticeAnswer } from "@/lib/http/practice-answer-endpoint";
import { PRACTICE_ANSWER_PATH } from "@/lib/http/routes";
import { requestTargetProblem } from "@/lib/validation/text";

const { values } = parseArgs({
  options: { dev: { type: "boolean", default: false }, port: { type: "string", default: process.env.PORT ?? "3000" }, hostname: { type: "string" } },
});
const port = Number(values.port) || 3000;
const hostname = values.hostname ?? bindHost();
const createNext = nextServer as unknown as typeof nextServer & { default?: typeof nextServer };
const app = (createNext.default ?? createNext)({ dev: values.dev, port, hostname, dir: process.cwd() });
const handleByNext = app.getRequestHandler();

const proxies = trustedProxies(process.env.TRUSTED_PROXIES);

const server = http.createServer((request, response) => {
  setClientAddress(request, proxies);
  const security = securityHeaders({ dev: values.dev });
  for (const [name, value] of Object.entries(security.headers)) response.setHeader(name, value);
  // Next.js takes the nonce for its scripts from the policy on the request.
  request.headers["content-security-policy"] = security.headers["Content-Security-Policy"];
  // NUL or bytes that are not UTF-8 in the path or query reached queries as a 500 (lib/validation/text.ts).
  const targetProblem = requestTargetProblem(request.url ?? "");
  if (targetProblem) return sendText(response, 400, targetProblem);
  if (isCrossSiteWrite({ method: request.method ?? "GET", origin: firstHeader(request, "origin"), fetchSite: firstHeader(request, "sec-fetch-site"), host: requestHost(request) })) {
    return sendText(response, 403, "请求来自其他网站，已拒绝。Cross-site request refused.");
  }
  if (request.url === PRACTICE_ANSWER_PATH) void servePracticeAnswer(request, response);
  else void handleByNext(request, response);
});

async function servePracticeAnswer(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  try {
    const body = await readBody(request, PRACTICE_ANSWER_MAX_BYTES);
    if (body === null) return sendJson(response, 413, { ok: false, reason: "BAD_REQUEST" });
    const header = (name: string) => firstHeader(request, name);
    const result = await handlePracticeAnswer(await getDb(), {
      method: request.method ?? "GET",
      cookie: header("cookie"),
      origin: header("origin"),
      host: requestHost(request),
      contentType: header("content-type"),
      body,
    });
    sendJson(response, result.status, result.body);
  } catch (error) {
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
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  response.end(text);
}

async function stop(): Promise<void> {
  server.close();
  server.closeAllConnections();
  await app.close().catch(() => undefined);
  await disconnectDb().catch(() => undefined);
  process.exit(0);
}

await app.prepare();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stop());
server.listen(port, hostname, () => {
  console.log(`▸ Serving on http://${hostname}:${port}${values.dev ? " (development)" : ""}`);
});
// Sign-in limit rows whose window passed long ago, and the parts of uploads cut short by a crash,
// are of no use: removed hourly.
setInterval(() => void getDb().then((db) => purgeStaleRateLimits(db)).catch((error: unknown) => console.error("Purging rate limits failed", error)), 3600_000).unref();
setInterval(() => void getDb().then((db) => purgeOrphanUploadParts(db)).catch((error: unknown) => console.error("Purging upload parts failed", error)), 3600_000).unref();
