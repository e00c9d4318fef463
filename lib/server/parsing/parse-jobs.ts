import "server-only";
// What a parse worker can be asked to do, and the plain data it answers with (worker messages
// are structured clones: errors travel as their fields).
import type { BuiltCourse, CourseManifest, IngestedDocument } from "@/lib/content";
import type { ContentErrorCode } from "@/lib/content/errors";
import type { BankWithEvidence } from "@/lib/questions";
import type { PaperDocument } from "@/lib/papers/paper-document";
import type { ReadQuestionFileResult } from "@/lib/questions/interchange/read-question-file";
import type { ReadRosterResult } from "@/lib/server/classes/roster/read-roster-file";

export type ParseJob =
  /**
   * The whole content pipeline over one document (reading it, then structuring it, which takes
   * seconds per megabyte of text). Repeated module titles are left as found: the caller numbers
   * them against the titles of the course the document joins (numberRepeatedModuleTitles).
   */
  | { kind: "course"; fileName: string; manifest: CourseManifest; path: string; bytes: Uint8Array; maxBytes?: number }
  | { kind: "question-file"; fileName: string; bytes: Uint8Array }
  | { kind: "roster-file"; fileName: string; bytes: Uint8Array }
  /** A printable paper as PDF: pdfkit lays out and subsets the CJK font synchronously, a second or so per paper. */
  | { kind: "paper-pdf"; fileName: string; document: PaperDocument }
  /**
   * The rule-written question bank of a built course (generateQuestionBankWithEvidence): super-linear, minutes for a very
   * long document. With `evidence`, also each kept question's candidate, which the LLM rewrite pass judges rewrites by.
   */
  | { kind: "bank"; fileName: string; course: Pick<BuiltCourse, "modules" | "title" | "reports">; evidence: boolean };

export interface ParseResults {
  course: { kind: IngestedDocument["kind"]; built: BuiltCourse };
  "question-file": ReadQuestionFileResult;
  "roster-file": ReadRosterResult;
  "paper-pdf": { ok: true; bytes: Uint8Array } | { ok: false; error: string };
  /**
   * The bank and its candidates (empty unless asked for): plain data. The course index of BankWithEvidence is not
   * sent (it holds functions and references into the course): the caller rebuilds it from the course (indexCourse).
   */
  bank: Omit<BankWithEvidence, "index">;
}

export type ParseAnswer<K extends ParseJob["kind"]> =
  | { ok: true; value: ParseResults[K] }
  | { ok: false; contentError: { code: ContentErrorCode; message: string; userMessage: string } }
  | { ok: false; failure: string };

/** Runs one job in the calling thread; the worker's body, importing only what its kind needs. */
export async function runParseJob(job: ParseJob): Promise<ParseAnswer<ParseJob["kind"]>> {
  try {
    switch (job.kind) {
      case "course": {
        // Read the file first, importing only the readers: a refused file (a zip bomb) never
        // loads the structuring code and its dictionaries.
        const { ingestDocument } = await import("@/lib/content/ingest/ingest-document");
        const ingested = await ingestDocument(job.fileName, job.bytes, { maxBytes: job.maxBytes });
        const { buildCourse } = await import("@/lib/content/build-course");
        const built = await buildCourse(job.manifest, [{ path: job.path, bytes: job.bytes }], { numberTitles: false, ingest: async () => ingested });
        return { ok: true, value: { kind: ingested.kind, built } };
      }
      case "question-file": {
        const { readQuestionFile } = await import("@/lib/questions/interchange/read-question-file");
        return { ok: true, value: await readQuestionFile(job.fileName, job.bytes) };
      }
      case "roster-file": {
        const { readRosterFile } = await import("@/lib/server/classes/roster/read-roster-file");
        return { ok: true, value: await readRosterFile(job.fileName, job.bytes) };
      }
      case "bank": {
        const { generateQuestionBankWithEvidence } = await import("@/lib/questions");
        const { bank, candidates } = generateQuestionBankWithEvidence(job.course);
        return { ok: true, value: { bank, candidates: job.evidence ? candidates : new Map() } };
      }
      case "paper-pdf": {
        const { PaperFontMissingError, writePaperPdf } = await import("@/lib/papers/write-paper-pdf");
        try {
          return { ok: true, value: { ok: true, bytes: (await writePaperPdf(job.document)).bytes } };
        } catch (error) {
          if (error instanceof PaperFontMissingError) return { ok: true, value: { ok: false, error: error.message } };
          throw error;
        }
      }
    }
  } catch (error) {
    const { ContentError } = await import("@/lib/content/errors");
    if (error instanceof ContentError) return { ok: false, contentError: { code: error.code, message: error.message, userMessage: error.userMessage } };
    return { ok: false, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
