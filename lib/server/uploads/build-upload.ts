import { buildCourse, type BuiltCourse, type IngestedDocument } from "@/lib/content";
import { ingestDocumentInWorker } from "@/lib/server/parsing/parse-in-worker";

/** Where an upload's modules say they come from; unique per upload, so ids never collide. */
export function uploadSourcePath(documentId: string, fileName: string): string {
  return `uploads/${documentId}/${fileName}`;
}

/**
 * Runs the content pipeline over one uploaded document, as a course of its own. `takenModuleTitles`:
 * the titles of the modules its course has, so that a module of the same title is numbered. The
 * file is read in a parse worker (parse-in-worker.ts) unless `ingested` gives what it already read.
 */
export function buildUpload(input: {
  documentId: string;
  fileName: string;
  bytes: Uint8Array;
  title?: string;
  takenModuleTitles?: readonly string[];
  ingested?: IngestedDocument;
}): Promise<BuiltCourse> {
  const path = uploadSourcePath(input.documentId, input.fileName);
  return buildCourse(
    {
      title: input.title ?? input.fileName,
      description: "上传的学习材料",
      documents: [{ path, ...(input.title ? { title: input.title } : {}) }],
    },
    [{ path, bytes: input.bytes }],
    {
      takenModuleTitles: input.takenModuleTitles,
      ingest: input.ingested ? async () => input.ingested! : (fileName, bytes, options) => ingestDocumentInWorker(fileName, bytes, { maxBytes: options.maxBytes }),
    },
  );
}
