import "server-only";
import type { BuiltCourse, IngestedDocument } from "@/lib/content";
import { buildCourseInWorker, ParseWorkerError } from "@/lib/server/parsing/parse-in-worker";
import { UploadError } from "./upload-error";

/** Where an upload's modules say they come from; unique per upload, so ids never collide. */
export function uploadSourcePath(documentId: string, fileName: string): string {
  return `uploads/${documentId}/${fileName}`;
}

/**
 * Runs the content pipeline over one uploaded document, as a course of its own, in a parse worker
 * (parse-in-worker.ts): reading a hostile file, or structuring megabytes of text, never holds up
 * the server. `takenModuleTitles`: the titles of the modules its course has, so that a module of
 * the same title is numbered. Throws the document's ContentError, or an UploadError when the
 * worker ran out of memory or time.
 */
export async function buildUpload(input: {
  documentId: string;
  fileName: string;
  bytes: Uint8Array;
  title?: string;
  takenModuleTitles?: readonly string[];
  maxBytes?: number;
}): Promise<{ kind: IngestedDocument["kind"]; built: BuiltCourse }> {
  const path = uploadSourcePath(input.documentId, input.fileName);
  const manifest = {
    title: input.title ?? input.fileName,
    description: "上传的学习材料",
    documents: [{ path, ...(input.title ? { title: input.title } : {}) }],
  };
  try {
    return await buildCourseInWorker({ fileName: input.fileName, manifest, path, bytes: input.bytes, takenModuleTitles: input.takenModuleTitles, maxBytes: input.maxBytes });
  } catch (error) {
    if (error instanceof ParseWorkerError) throw new UploadError(error.userMessage);
    throw error;
  }
}
