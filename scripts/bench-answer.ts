// npm run bench:answer [-- --learners N --connections N --seconds N] — answer submissions per
// second through the running app. In a throwaway database on the PostgreSQL server DATABASE_URL
// names (default: the local server) it loads the course in content/, creates N learners
// (default 50), each with one practice attempt holding every module's questions, builds
// the app if its build is stale, starts the app's server (scripts/serve.ts, as npm start does)
// on a free port against that database, signs every learner in through next-auth, and drives
// the practice answer endpoint the question player posts to (POST /api/practice/answers) with
// autocannon: every request a new answer of one learner to one question of their attempt, each
// learner answering one question at a time as in a class (AnswerTurns). In the same run
// it measures bare single-row INSERTs with `pg` from as many concurrent clients, for the ratio.
// Stops the server and drops the database at the end. The build writes .next in the working
// tree: on a shared tree run it under the e2e lock. `--profile DIR` writes a V8 CPU profile of
// the server (node --cpu-prof, open it in Chrome DevTools) to DIR when it stops. Last line: one
// JSON object.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import net from "node:net";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import type { Actor } from "@/lib/auth/roles";
import { hashPassword } from "@/lib/auth/password";
import { PRACTICE_ANSWER_PATH } from "@/lib/http/routes";
import { moduleQuestionsInSourceOrder } from "@/lib/server/practice/start-practice";
import { parseOptions } from "./bank-cli-options";
import { quantile, round1, withBenchDatabase } from "./bench-database";
import { buildAppIfStale } from "./app-build";
import { waitUntilServing } from "./wait-until-serving";
import { loadCourses } from "./load-courses";
import { runCli } from "./run-cli";
import { SERVER_ONLY_OUTSIDE_NEXT } from "./tsx-entry";

const options = parseOptions("npm run bench:answer [-- --learners N --connections N --seconds N --profile DIR]", {
  learners: { type: "string", default: "50" },
  connections: { type: "string", default: "50" },
  seconds: { type: "string", default: "15" },
  profile: { type: "string", default: "" },
});
const learnerCount = Math.max(1, Number(options.learners) || 50);
const connections = Math.max(1, Number(options.connections) || 50);
const seconds = Math.max(2, Number(options.seconds) || 15);
const PASSWORD = "bench-password-2026";

interface Submission {
  learnerId: string;
  cookie: string;
  attemptId: string;
  body: string;
}

runCli(async () => {
  const summary = await withBenchDatabase("bench_answer", async ({ db, url, pool }) => {
    console.log("▸ Loading the course in content/…");
    await loadCourses(db);
    const modules = await db.module.findMany({ where: { questions: { some: { status: "ACTIVE" } } }, select: { id: true } });
    const passwordHash = await hashPassword(PASSWORD);
    const learners: Actor[] = [];
    for (let index = 1; index <= learnerCount; index += 1) {
      const user = await db.user.create({ data: { name: `学员${index}`, email: `bench-learner-${index}@bench.local`, passwordHash } });
      learners.push({ id: user.id, name: user.name, email: user.email, role: user.role });
    }
    const questions = new Map((await db.question.findMany({ where: { status: "ACTIVE" }, select: { id: true, type: true, answer: true } })).map((question) => [question.id, question]));
    const pending: Array<{ learner: Actor; attemptId: string; questionId: string }> = [];
    // A learner holds one open attempt per practice mode, so the modules' questions go into one
    // 专项练习 attempt per learner, shuffled, as many questions as an attempt per module gave.
    const moduleQuestions = (await Promise.all(modules.map((module) => moduleQuestionsInSourceOrder(db, module.id)))).flat();
    for (const learner of learners) {
      const questionIds = [...moduleQuestions];
      shuffle(questionIds);
      const attempt = await db.attempt.create({ data: { userId: learner.id, mode: "PRACTICE", questionIds }, select: { id: true } });
      for (const questionId of questionIds) pending.push({ learner, attemptId: attempt.id, questionId });
    }
    console.log(`▸ ${learners.length} learners, ${pending.length} open questions in ${pending.length / learners.length} per learner (one practice attempt holding every module)`);

    buildAppIfStale();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = startServer(port, url);
    try {
      await waitUntilServing(`${base}/login`, server);
      const cookies = new Map<string, string>();
      for (const learner of learners) cookies.set(learner.id, await signIn(base, learner.email));
      console.log(`▸ Server on port ${port}; ${cookies.size} learners signed in`);

      // Each learner's questions in a random order (AnswerTurns below keeps one answer per learner in flight).
      shuffle(pending);
      const submissions: Submission[] = pending.map(({ learner, attemptId, questionId }, index) => ({
        learnerId: learner.id,
        cookie: cookies.get(learner.id)!,
        attemptId,
        body: JSON.stringify({ attemptId, questionId, response: responseFor(questions.get(questionId)!, index), durationMs: 4000 + (index % 7) * 1000 }),
      }));
      const headers = (submission: Submission) => ({
        "content-type": "application/json",
        origin: base,
        cookie: submission.cookie,
      });
      // One answer through fetch first: the endpoint answers with feedback, not an error.
      const first = submissions.shift()!;
      const probe = await fetch(`${base}${PRACTICE_ANSWER_PATH}`, { method: "POST", headers: headers(first), body: first.body });
      const probeText = await probe.text();
      if (probe.status !== 200 || !probeText.includes('"ok":true')) throw new Error(`The answer endpoint failed (${probe.status}): ${probeText.slice(0, 500)}`);
      const warm = submissions.splice(0, 200);
      await Promise.all(warm.map((submission) => fetch(`${base}${PRACTICE_ANSWER_PATH}`, { method: "POST", headers: headers(submission), body: submission.body }).then((response) => response.text())));

      const turns = new AnswerTurns(submissions);
      const latencies: number[] = [];
      let finish!: (result: autocannon.Result) => void;
      let fail!: (error: unknown) => void;
      const done = new Promise<autocannon.Result>((resolve, reject) => {
        finish = resolve;
        fail = reject;
      });
      console.log(`▸ autocannon: ${connections} connections for ${seconds} s, POST ${PRACTICE_ANSWER_PATH}…`);
      const instance = autocannon(
        {
          url: base,
          connections,
          duration: seconds,
          requests: [
            {
              method: "POST",
              setupRequest: (request, context: { learnerId?: string }) => {
                const submission = turns.take();
                context.learnerId = submission.learnerId;
                return { ...request, method: "POST", path: PRACTICE_ANSWER_PATH, headers: headers(submission), body: submission.body };
              },
              onResponse: (_status, _body, context: { learnerId?: string }) => turns.release(context.learnerId!),
            },
          ],
        },
        (error, result) => (error ? fail(error) : finish(result)),
      );
      instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
      const result = await done;
      const recorded = await db.response.count();
      const errors = result.errors + result.timeouts + result.non2xx;
      const answersPerSecond = result.requests.total / (result.duration || seconds);
      console.log(
        `  ${result.requests.total} answers in ${result.duration.toFixed(1)} s = ${answersPerSecond.toFixed(0)}/s; ` +
          `p50 ${quantile(latencies, 0.5)} ms, p95 ${quantile(latencies, 0.95)} ms, p99 ${quantile(latencies, 0.99)} ms, max ${result.latency.max} ms; ` +
          `${errors} errors (${result.non2xx} non-2xx, ${result.timeouts} timeouts); ${recorded} responses stored` +
          `${turns.repeats ? `, ${turns.repeats} repeats of answered questions` : ""}${turns.overlapping ? `, ${turns.overlapping} answers sent while the learner had one in flight` : ""}`,
      );

      const inserts = await measureInserts(pool, url, connections);
      console.log(`▸ bare pg: ${connections} clients doing single-row INSERTs for 5 s: ${inserts.toFixed(0)} rows/s (${(inserts / answersPerSecond).toFixed(1)} × the answers)`);
      return {
        answers_per_s: Math.round(answersPerSecond),
        p50_ms: round1(quantile(latencies, 0.5)),
        p95_ms: round1(quantile(latencies, 0.95)),
        p99_ms: round1(quantile(latencies, 0.99)),
        pg_insert_per_s: Math.round(inserts),
        errors,
      };
    } finally {
      await stopServer(server);
    }
  });
  console.log(JSON.stringify(summary));
});

/**
 * Hands out the answers as a class gives them: each learner answers one question at a time, so
 * a connection takes a learner who has no answer in flight (when there are more connections
 * than learners, some must overlap: counted). Once a learner's questions run out, their answers
 * are sent again (counted; the app answers them as retries).
 */
class AnswerTurns {
  private readonly queues = new Map<string, Submission[]>();
  private readonly sent = new Map<string, number>();
  private readonly free: string[] = [];
  repeats = 0;
  overlapping = 0;

  constructor(submissions: readonly Submission[]) {
    for (const submission of submissions) {
      const queue = this.queues.get(submission.learnerId) ?? [];
      queue.push(submission);
      this.queues.set(submission.learnerId, queue);
    }
    this.free.push(...this.queues.keys());
  }

  take(): Submission {
    let learnerId = this.free.shift();
    if (learnerId === undefined) {
      this.overlapping += 1;
      const learners = [...this.queues.keys()];
      learnerId = learners[crypto.randomInt(learners.length)]!;
    }
    const queue = this.queues.get(learnerId)!;
    const index = this.sent.get(learnerId) ?? 0;
    if (index >= queue.length) this.repeats += 1;
    this.sent.set(learnerId, index + 1);
    return queue[index % queue.length]!;
  }

  release(learnerId: string): void {
    if (!this.free.includes(learnerId)) this.free.push(learnerId);
  }
}

/** A right answer for most questions and a wrong one for every third, in the shape the player sends. */
function responseFor(question: { type: string; answer: unknown }, index: number): unknown {
  const wrong = index % 3 === 0;
  switch (question.type) {
    case "SINGLE_CHOICE": {
      const key = Array.isArray(question.answer) ? String(question.answer[0]) : "A";
      return [wrong ? (key === "A" ? "B" : "A") : key];
    }
    case "MULTIPLE_CHOICE":
      return wrong ? ["A"] : (question.answer as string[]);
    case "TRUE_FALSE":
      return wrong ? !question.answer : Boolean(question.answer);
    case "FILL_BLANK":
      return Array.isArray(question.answer) ? (question.answer as unknown[]).map((text) => (wrong ? "不知道" : String(text))) : ["不知道"];
    default:
      return "坚持党的全面领导，坚持以人民为中心。";
  }
}

async function measureInserts(pool: pg.Pool, url: string, clients: number): Promise<number> {
  await pool.query(`CREATE TABLE bench_insert (id bigserial PRIMARY KEY, learner text NOT NULL, answer jsonb NOT NULL, at timestamptz NOT NULL DEFAULT now())`);
  const workers = await Promise.all(
    Array.from({ length: clients }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  let rows = 0;
  const deadline = performance.now() + 5000;
  const started = performance.now();
  await Promise.all(
    workers.map(async (client, index) => {
      while (performance.now() < deadline) {
        await client.query(`INSERT INTO bench_insert (learner, answer) VALUES ($1, $2)`, [`learner-${index}`, JSON.stringify(["A"])]);
        rows += 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  await Promise.all(workers.map((client) => client.end()));
  return rows / elapsed;
}


function startServer(port: number, databaseUrl: string): ChildProcess {
  const profile = options.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(options.profile)}`] : [];
  const server = spawn(process.execPath, [...profile, "--import", "tsx", "--import", SERVER_ONLY_OUTSIDE_NEXT, path.join("scripts", "serve.ts"), "--port", String(port), "--hostname", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  return server;
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || !server.pid) return;
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    return;
  }
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  console.log("▸ Server stopped");
}


/** Signs in through next-auth's credentials flow, as the login form does; returns the Cookie header. */
async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = cookiePairs(csrf.headers.getSetCookie());
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: `${base}/`, json: "true" }),
  });
  const cookies = cookiePairs(response.headers.getSetCookie());
  if (!cookies.includes("next-auth.session-token=")) throw new Error(`Signing in ${email} failed (${response.status})`);
  return cookies;
}

function cookiePairs(setCookies: string[]): string {
  return setCookies.map((cookie) => cookie.split(";")[0]).join("; ");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function shuffle<T>(items: T[]): void {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = crypto.randomInt(index + 1);
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
}
