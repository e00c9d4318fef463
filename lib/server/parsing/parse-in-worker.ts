import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { ContentError, type CourseManifest } from "@/lib/content";
import type { PaperDocument } from "@/lib/papers/paper-document";
import type { ReadQuestionFileResult } from "@/lib/questions/interchange/read-question-file";
import type { ReadRosterResult } from "@/lib/server/classes/roster/read-roster-file";
import type { ParseAnswer, ParseJob, ParseResults } from "./parse-jobs";

/**
 * Uploaded files (documents, question and roster imports) are parsed, and PDF papers written, in a worker thread with a
 * heap limit and a time limit, so that a hostile file — one that inflates to gigabytes, or keeps a
 * parser busy — costs that worker and never the server: its event loop stays free for everyone
 * else, and a worker that runs out of memory or time is ended and reported in Chinese.
 */
export interface ParseLimits {
  /** V8 old-generation heap of the worker. Buffers live outside it: the zip checks bound those. */
  maxHeapMb: number;
  timeLimitMs: number;
}

export const PARSE_LIMITS: ParseLimits = { maxHeapMb: 512, timeLimitMs: 60_000 };

/** Workers parsing at once; more uploads wait their turn rather than each taking a heap. */
const MAX_CONCURRENT_WORKERS = 2;

export class ParseWorkerError extends Error {
  constructor(
    readonly reason: "TIMEOUT" | "CRASHED",
    readonly userMessage: string,
    detail: string,
  ) {
    super(`parse worker ${reason.toLowerCase()}: ${detail}`);
    this.name = "ParseWorkerError";
  }
}

// The worker loads its TypeScript through tsx: resolved from the project folder at run time so
// that the Next.js build leaves it alone (the server runs from the project folder).
const WORKER_FILE = path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "server", "parsing", "parse-worker.mjs");

let running = 0;
const waiting: Array<() => void> = [];

async function takeTurn(): Promise<() => void> {
  if (running >= MAX_CONCURRENT_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

/** What the uploader is told when a worker runs out of time or memory, by default a parse's words. */
interface WorkerMessages {
  timeout(fileName: string, seconds: number): string;
  crashed(fileName: string): string;
}

const PARSE_MESSAGES: WorkerMessages = {
  timeout: (fileName, seconds) => `文件“${fileName}”解析超时（超过 ${seconds} 秒），可能过于复杂或已损坏，没有保存任何内容。`,
  crashed: (fileName) => `文件“${fileName}”解析时占用内存过多或意外中止，可能已损坏或被恶意构造，没有保存任何内容。`,
};

async function runInWorker<K extends ParseJob["kind"]>(job: Extract<ParseJob, { kind: K }>, limits: ParseLimits, messages = PARSE_MESSAGES): Promise<ParseResults[K]> {
  const crashed = (fileName: string, detail: string) => new ParseWorkerError("CRASHED", messages.crashed(fileName), detail);
  const release = await takeTurn();
  try {
    const answer = await new Promise<ParseAnswer<K>>((resolve, reject) => {
      const worker = new Worker(WORKER_FILE, {
        workerData: job,
        resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 },
        stdout: false,
        stderr: false,
      });
      let settled = false;
      const settle = (action: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        action();
        void worker.terminate();
      };
      const timer = setTimeout(
        () => settle(() => reject(new ParseWorkerError("TIMEOUT", messages.timeout(job.fileName, Math.max(1, Math.round(limits.timeLimitMs / 1000))), `after ${limits.timeLimitMs} ms`))),
        limits.timeLimitMs,
      );
      worker.once("message", (message: ParseAnswer<K>) => settle(() => resolve(message)));
      worker.once("error", (error) => settle(() => reject(crashed(job.fileName, error.message))));
      worker.once("exit", (code) => settle(() => reject(crashed(job.fileName, `exited with code ${code} before answering`))));
    });
    if (answer.ok) return answer.value;
    if ("contentError" in answer) throw new ContentError(answer.contentError.code, answer.contentError.message, answer.contentError.userMessage);
    throw crashed(job.fileName, answer.failure);
  } finally {
    release();
  }
}

/**
 * buildCourse over one document in a worker, its repeated module titles left as found (the caller
 * numbers them): the file's kind and the built course, or the
 * document's ContentError, or a ParseWorkerError when the worker ran out of memory or time.
 */
export function buildCourseInWorker(
  input: { fileName: string; manifest: CourseManifest; path: string; bytes: Uint8Array; maxBytes?: number },
  limits = PARSE_LIMITS,
): Promise<ParseResults["course"]> {
  return runInWorker({ kind: "course", ...input }, limits);
}

/** readQuestionFile in a worker; a worker that crashes or runs out of time becomes a refusal. */
export async function readQuestionFileInWorker(fileName: string, bytes: Uint8Array, limits = PARSE_LIMITS): Promise<ReadQuestionFileResult> {
  try {
    return await runInWorker({ kind: "question-file", fileName, bytes }, limits);
  } catch (error) {
    if (error instanceof ParseWorkerError) return { ok: false, error: error.userMessage };
    throw error;
  }
}

/** readRosterFile in a worker; a worker that crashes or runs out of time becomes a refusal. */
export async function readRosterFileInWorker(fileName: string, bytes: Uint8Array, limits = PARSE_LIMITS): Promise<ReadRosterResult> {
  try {
    return await runInWorker({ kind: "roster-file", fileName, bytes }, limits);
  } catch (error) {
    if (error instanceof ParseWorkerError) return { ok: false, error: error.userMessage };
    throw error;
  }
}

/**
 * writePaperPdf in a worker: pdfkit's layout and font subsetting hold a thread for a second or so a
 * paper, which would hold up every answer the server is taking. The PDF's bytes, or a refusal in
 * Chinese when the server lacks the font or the worker fails.
 */
export async function writePaperPdfInWorker(document: PaperDocument, limits = PARSE_LIMITS): Promise<ParseResults["paper-pdf"]> {
  try {
    return await runInWorker({ kind: "paper-pdf", fileName: `${document.name}.pdf`, document }, limits);
  } catch (error) {
    if (error instanceof ParseWorkerError) return { ok: false, error: `生成 PDF 试卷“${document.name}”时出错（${error.reason === "TIMEOUT" ? "超时" : "意外中止"}），没有生成文件；请稍后重试，或导出 Word 试卷。` };
    throw error;
  }
}

/**
 * Limits of generating an upload's question bank: its heap as a parse's, its time
 * DANGKE_GENERATE_TIMEOUT_MS (120 s when unset or not a positive whole number), read at each call.
 */
export function generateLimits(env: Readonly<Record<string, string | undefined>> = process.env): ParseLimits {
  const configured = Number(env.DANGKE_GENERATE_TIMEOUT_MS);
  return { maxHeapMb: PARSE_LIMITS.maxHeapMb, timeLimitMs: Number.isInteger(configured) && configured > 0 ? configured : 120_000 };
}

/** What the instructor is told when generating a document's questions ran out of time, or of memory or died. */
export function generateFailureMessage(reason: ParseWorkerError["reason"], fileName: string, limits: ParseLimits = generateLimits()): string {
  return reason === "TIMEOUT"
    ? `文档“${fileName}”的题目生成超时（超过 ${Math.max(1, Math.round(limits.timeLimitMs / 1000))} 秒），没有发布任何内容，请拆分文档后重试。`
    : `文档“${fileName}”的题目生成时占用内存过多或意外中止，没有发布任何内容，请拆分文档后重试。`;
}

/**
 * generateQuestionBankWithEvidence over a document's built course in a worker: the rule-written bank (with each kept
 * question's candidate when `evidence` is asked, for the LLM rewrite pass), or a ParseWorkerError (its userMessage in
 * Chinese) when the worker ran out of memory or time.
 */
export function generateBankInWorker(
  fileName: string,
  course: Extract<ParseJob, { kind: "bank" }>["course"],
  limits = generateLimits(),
  { evidence = false }: { evidence?: boolean } = {},
): Promise<ParseResults["bank"]> {
  return runInWorker({ kind: "bank", fileName, course, evidence }, limits, {
    timeout: (name) => generateFailureMessage("TIMEOUT", name, limits),
    crashed: (name) => generateFailureMessage("CRASHED", name, limits),
  });
}
