// The entry of a parse worker thread (started by parse-in-worker.ts, never bundled by Next.js):
// plain JavaScript that loads the TypeScript job runner through tsx — the server runs under tsx,
// but a worker thread does not inherit its loader — runs one job and posts the answer.
// For the same reason it registers the hook that resolves the job runner's `import "server-only"`
// outside Next.js (scripts/server-only-outside-next.mjs) itself.
import "../../../scripts/server-only-outside-next.mjs";
import { parentPort, workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { runParseJob } = await tsImport("./parse-jobs.ts", import.meta.url);
parentPort.postMessage(await runParseJob(workerData));
