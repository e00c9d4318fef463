import "server-only";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { numberRepeatedModuleTitles, type BuiltCourse, type IngestedDocument } from "@/lib/content";
import type { Db } from "@/lib/db/prisma";
import { GENERATOR_VERSION } from "@/lib/questions/version";
import { buildCourseInWorker, ParseWorkerError } from "@/lib/server/parsing/parse-in-worker";
import { builtCourseSchema } from "./built-course-schema";
import { UploadError } from "./upload-error";
import { readUploadBytes } from "./upload-parts";

const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);

/** Where an upload's modules say they come from; unique per upload, so ids never collide. */
export function uploadSourcePath(documentId: string, fileName: string): string {
  return `uploads/${documentId}/${fileName}`;
}

/**
 * Runs the content pipeline over one uploaded document, as a course of its own, in a parse worker
 * (parse-in-worker.ts): reading a hostile file, or structuring megabytes of text, never holds up
 * the server. Its repeated module titles are left as found: `numberUploadModules` numbers them
 * against its course when it is previewed or published. Throws the document's ContentError, or an
 * UploadError when the worker ran out of memory or time.
 */
export async function buildUpload(input: {
  documentId: string;
  fileName: string;
  bytes: Uint8Array;
  title?: string;
  maxBytes?: number;
}): Promise<{ kind: IngestedDocument["kind"]; built: BuiltCourse }> {
  const path = uploadSourcePath(input.documentId, input.fileName);
  const manifest = {
    title: input.title ?? input.fileName,
    description: "上传的学习材料",
    documents: [{ path, ...(input.title ? { title: input.title } : {}) }],
  };
  try {
    return await buildCourseInWorker({ fileName: input.fileName, manifest, path, bytes: input.bytes, maxBytes: input.maxBytes });
  } catch (error) {
    if (error instanceof ParseWorkerError) throw new UploadError(error.userMessage);
    throw error;
  }
}

/**
 * An upload is parsed once, when it is uploaded: its built course is kept on its document row
 * (`build`, gzipped JSON, with the pipeline's version) until it is published or discarded, and the
 * preview and the publish read it back. These are the columns to write with the document.
 */
export async function storedUploadBuild(built: BuiltCourse): Promise<{ build: Uint8Array<ArrayBuffer>; buildVersion: string }> {
  return { build: new Uint8Array(await gzip(JSON.stringify(built))), buildVersion: GENERATOR_VERSION };
}

/**
 * The built course of a pending upload, its repeated titles not yet numbered: the one stored at
 * upload; or, when there is none, another version of the pipeline made it (an upload kept across
 * an update of the app) or it is not this upload's build (`unpackUploadBuild`), the file parsed
 * again from its bytes (with the title an instructor gave it, if any) and stored for the next reader. Null when the upload has neither
 * (published or discarded meanwhile).
 */
export async function readUploadBuild(db: Db, document: { id: string; fileName: string }): Promise<BuiltCourse | null> {
  const row = await db.sourceDocument.findUnique({ where: { id: document.id }, select: { build: true, buildVersion: true, givenTitle: true } });
  if (row?.build && row.buildVersion === GENERATOR_VERSION) {
    const stored = await unpackUploadBuild(row.build, document);
    if (stored) return stored;
  }
  const bytes = await readUploadBytes(db, document.id);
  if (!bytes) return null;
  // A title the instructor gave at the preview (name-upload.ts) is kept through a parse by another version.
  const { built } = await buildUpload({ documentId: document.id, fileName: document.fileName, bytes, ...(row?.givenTitle ? { title: row.givenTitle } : {}) });
  await db.sourceDocument.updateMany({ where: { id: document.id, status: "UPLOADED" }, data: await storedUploadBuild(built) });
  return built;
}

/**
 * A stored build read back, or null when it is not one this upload's parse made: bytes that do not
 * inflate (gzip's checksum fails on a changed byte), JSON that is not a BuiltCourse
 * (built-course-schema.ts), or the build of another document (its modules and report name another
 * source than this upload's path). Such a build never reaches the preview or the publish.
 */
async function unpackUploadBuild(build: Uint8Array, document: { id: string; fileName: string }): Promise<BuiltCourse | null> {
  let json: unknown;
  try {
    json = JSON.parse((await gunzip(build)).toString("utf8"));
  } catch {
    return null;
  }
  const parsed = builtCourseSchema.safeParse(json);
  if (!parsed.success) return null;
  const path = uploadSourcePath(document.id, document.fileName);
  const built = parsed.data;
  const own = built.modules.length > 0 && built.modules.every((module) => module.source === path) && built.reports.length === 1 && built.reports[0]!.path === path;
  return own ? built : null;
}

/** The upload's modules with their repeated titles numbered against `takenModuleTitles`, the titles its course has. */
export function numberUploadModules(built: BuiltCourse, takenModuleTitles: readonly string[]): BuiltCourse {
  return { ...built, modules: numberRepeatedModuleTitles(built.modules, takenModuleTitles) };
}
