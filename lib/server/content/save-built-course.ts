import "server-only";
import type { BuiltCourse } from "@/lib/content";
import { stableId, storedDocumentMetadata } from "@/lib/content";
import type { Db } from "@/lib/db/prisma";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { flattenBuiltCourse } from "./flatten-built-course";
import { syncCourseModules, type SyncCounts } from "./sync-course-modules";

export type { SyncCounts };

export interface CourseSourceFile {
  /** Relative to content/. */
  path: string;
  mediaType: string;
  sha256: string;
  byteSize: number;
}

export interface SaveBuiltCourseInput {
  course: BuiltCourse;
  slug: string;
  files: CourseSourceFile[];
  fingerprint: string;
  newQuestionStatus?: QuestionStatus;
}

export function documentIdFor(courseId: string, path: string): string {
  return stableId("document", courseId, path);
}

/**
 * Stores a built course so that the database matches it: new rows are created, changed rows
 * updated, rows the build no longer has are archived (never deleted: learners' history and
 * questions keep pointing at them). Re-saving an unchanged build writes nothing.
 */
export async function saveBuiltCourse(db: Db, input: SaveBuiltCourseInput): Promise<SyncCounts> {
  const { course } = input;
  const rows = flattenBuiltCourse(course, (path) => documentIdFor(course.id, path));
  const passageTexts = new Map<string, string[]>();
  const documentOfModule = new Map(rows.modules.map((row) => [row.id, row.documentId]));
  for (const passage of rows.passages) {
    const documentId = documentOfModule.get(passage.moduleId);
    if (documentId) passageTexts.set(documentId, [...(passageTexts.get(documentId) ?? []), passage.text]);
  }

  return db.$transaction(
    async (tx) => {
      await tx.course.upsert({
        where: { id: course.id },
        create: {
          id: course.id,
          slug: input.slug,
          title: course.title,
          description: course.description,
          newQuestionStatus: input.newQuestionStatus ?? "DRAFT",
          sourceFingerprint: input.fingerprint,
        },
        update: { slug: input.slug, title: course.title, description: course.description, sourceFingerprint: input.fingerprint },
      });
      for (const [position, file] of input.files.entries()) {
        const id = documentIdFor(course.id, file.path);
        const data = {
          courseId: course.id,
          fileName: file.path,
          mediaType: file.mediaType,
          title: course.reports.find((report) => report.path === file.path)?.title ?? file.path,
          metadata: { ...storedDocumentMetadata(course.reports.find((report) => report.path === file.path)?.metadata) },
          sha256: file.sha256,
          byteSize: file.byteSize,
          text: (passageTexts.get(id) ?? []).join("\n\n"),
          status: "PUBLISHED" as const,
          position,
        };
        await tx.sourceDocument.upsert({ where: { id }, create: { id, ...data }, update: data });
      }

      // The course's own documents: those of this build, and earlier manifest documents
      // (not uploads) whose modules must be archived if the manifest dropped them.
      const manifestDocuments = await tx.sourceDocument.findMany({
        where: { courseId: course.id, uploadedById: null },
        select: { id: true },
      });
      const documentIds = [...new Set([...input.files.map((file) => documentIdFor(course.id, file.path)), ...manifestDocuments.map((document) => document.id)])];
      return syncCourseModules(tx, { courseId: course.id, rows, documentIds });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
