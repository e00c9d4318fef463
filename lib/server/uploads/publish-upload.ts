import "server-only";
import type { BuiltCourse } from "@/lib/content";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import type { QuestionBank } from "@/lib/questions";
import { saveGeneratedBankInTransaction, type SavedBankCounts } from "@/lib/server/bank/save-generated-bank";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { generateBankWithRewrites } from "@/lib/server/llm/generate-bank-with-rewrites";
import { flattenBuiltCourse } from "@/lib/server/content/flatten-built-course";
import { syncCourseModules, type SyncCounts } from "@/lib/server/content/sync-course-modules";
import { generateBankInWorker, generateFailureMessage, generateLimits, ParseWorkerError, type ParseLimits } from "@/lib/server/parsing/parse-in-worker";
import { numberUploadModules, readUploadBuild } from "./build-upload";
import { findPendingUpload } from "./find-upload";
import { UploadError } from "./upload-error";

export type PublishedUploadCounts = SyncCounts & { questions: SavedBankCounts };

/** Why a publish wrote nothing: its questions' generation ran out of time, or of memory or died; or the course kept changing meanwhile. */
export type PublishFailure = ParseWorkerError["reason"] | "CHANGED";

export const PUBLISH_FAILURES: readonly PublishFailure[] = ["TIMEOUT", "CRASHED", "CHANGED"];

/** The instructor's message for a publish that wrote nothing. */
export function publishFailureMessage(reason: PublishFailure, fileName: string, limits: ParseLimits = generateLimits()): string {
  return reason === "CHANGED" ? `课程内容在发布文档“${fileName}”期间多次变化，没有发布任何内容，请稍后重试。` : generateFailureMessage(reason, fileName, limits);
}

/** A publish that wrote nothing, the upload still pending: retry or discard it. */
export class PublishUploadError extends UploadError {
  constructor(
    readonly reason: PublishFailure,
    userMessage: string,
  ) {
    super(userMessage);
    this.name = "PublishUploadError";
  }
}

/** Times a publish generates again when the course's titles changed while it was generating. */
const MAX_ATTEMPTS = 3;

/** The modules' ids and titles, what numbering against the course's titles may change. */
const numberedKey = (built: BuiltCourse) => JSON.stringify(built.modules.map((module) => [module.id, module.title]));

/**
 * Adds an upload's modules to the end of its course, with the document's questions, and marks the
 * document published; the file's bytes and build are no longer kept. The questions are generated
 * (as a course of its own, so a short document gets a bank) before anything is written, in a
 * worker with a heap and a time limit (generateLimits: DANGKE_GENERATE_TIMEOUT_MS) — with an LLM
 * provider configured too: only its rewrite pass runs in this thread — and stored all
 * as DRAFT in the same transaction as the modules: questions of a newly uploaded document always
 * wait for an instructor, whatever the course publishes new questions as; doubtful ones are
 * flagged with the reason. All or nothing: when generation fails or runs out of time, a
 * PublishUploadError says so in Chinese and the upload stays pending, to retry or discard. Returns null
 * when there is no such pending upload.
 *
 * Publishes may run at once (two tabs, a double click, a retried request, two app instances on
 * one database). Inside the transaction the course's row is locked first, so the publishes of one
 * course take turns: each numbers its titles and places its modules after the modules the one
 * before it added (when that numbering differs from the one its questions were generated from,
 * nothing is written and it generates again). Then the document's row, still pending: a publish
 * that finds it published or discarded by the one before it publishes nothing and returns null. A
 * publish also checks the document is still pending before each generation, so one that lost the
 * race before it began generating spends none (no claim is written: a publish that fails or dies
 * leaves nothing that could keep the upload from being published). A publish that finds the document
 * named at its preview since it read the build (name-upload.ts) reads it again and generates again.
 */
export async function publishUpload(db: Db, actor: Actor, documentId: string, limits: ParseLimits = generateLimits()): Promise<PublishedUploadCounts | null> {
  const document = await findPendingUpload(db, actor, documentId);
  if (!document?.courseId) return null;
  const courseId = document.courseId;
  let stored = await readUploadBuild(db, document);
  if (!stored) return null;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    // A publish that lost to another (published or discarded meanwhile) spends no generation; the transaction checks again.
    if (!(await stillPending(db, documentId, courseId))) return null;
    const build = stored;
    const generatedFrom = numberUploadModules(build, await activeModuleTitles(db, courseId));
    const bank = await generateUploadBank(db, document.fileName, generatedFrom, limits);
    const published = await db.$transaction(
      async (tx) => {
        // NO KEY UPDATE: takes turns with other publishes and content:build's update of the course,
        // without holding up rows that merely reference the course (questions, quizzes).
        await tx.$queryRaw`SELECT "id" FROM "Course" WHERE "id" = ${courseId} FOR NO KEY UPDATE`;
        const [pending] = await tx.$queryRaw<{ givenTitle: string | null }[]>`
          SELECT "givenTitle" FROM "SourceDocument" WHERE "id" = ${documentId} AND "status" = 'UPLOADED' AND "courseId" = ${courseId} FOR UPDATE`;
        if (!pending) return null;
        // Named at its preview since its build was read (name-upload.ts): published as named, from the build read again.
        if (!builtAsNamed(build, pending)) return "renamed" as const;
        const courseModules = await tx.module.findMany({ where: { courseId }, select: { title: true, position: true, archivedAt: true } });
        const built = numberUploadModules(build, courseModules.filter((module) => module.archivedAt === null).map((module) => module.title));
        if (numberedKey(built) !== numberedKey(generatedFrom)) return "stale" as const;
        const firstModulePosition = Math.max(-1, ...courseModules.map((module) => module.position)) + 1;
        const rows = flattenBuiltCourse(built, () => documentId, { courseId, firstModulePosition });
        const counts = await syncCourseModules(tx, { courseId, rows, documentIds: [documentId] });
        await tx.sourceDocument.update({ where: { id: documentId }, data: { status: "PUBLISHED", build: null, buildVersion: null }, select: { id: true } });
        await tx.sourceDocumentPart.deleteMany({ where: { documentId } });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "document.publish",
          entityType: "SourceDocument",
          entityId: documentId,
          after: { courseId, modules: rows.modules.map((row) => row.title) },
        });
        const moduleIds = rows.modules.map((row) => row.id);
        const questions = await saveGeneratedBankInTransaction(tx, { courseId, bank, moduleIds, newQuestionStatus: "DRAFT" });
        return { ...counts, questions };
      },
      { timeout: 180_000, maxWait: 30_000 },
    );
    if (published === "renamed") {
      stored = await readUploadBuild(db, document);
      if (!stored) return null;
    } else if (published !== "stale") return published;
  }
  throw new PublishUploadError("CHANGED", publishFailureMessage("CHANGED", document.fileName, limits));
}

/** Whether a build was made with the title an instructor gave the document, if any: titled by it. */
function builtAsNamed(built: BuiltCourse, document: { givenTitle: string | null }): boolean {
  const report = built.reports[0];
  return document.givenTitle === null || (report?.title === document.givenTitle && !report.untitled);
}

async function stillPending(db: Db, documentId: string, courseId: string): Promise<boolean> {
  return (await db.sourceDocument.count({ where: { id: documentId, status: "UPLOADED", courseId } })) > 0;
}

async function activeModuleTitles(db: Db, courseId: string): Promise<string[]> {
  const modules = await db.module.findMany({ where: { courseId, archivedAt: null }, select: { title: true } });
  return modules.map((module) => module.title);
}

/**
 * The document's bank: rule-written in a worker, with a model configured or not, within the heap and time limits; then,
 * when a model is configured, its rewrite pass in this thread (network waits), which stops sending at the same time limit.
 */
async function generateUploadBank(db: Db, fileName: string, built: BuiltCourse, limits: ParseLimits): Promise<QuestionBank> {
  try {
    return await generateBankWithRewrites(db, built, undefined, {
      ruleWritten: (course, { evidence }) => generateBankInWorker(fileName, course, limits, { evidence }),
      rewriteTimeLimitMs: limits.timeLimitMs,
    });
  } catch (error) {
    if (error instanceof ParseWorkerError) throw new PublishUploadError(error.reason, error.userMessage);
    throw error;
  }
}
