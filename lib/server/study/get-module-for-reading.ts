import "server-only";
import { documentMetadataLine, notesForModule, parseDocumentMetadata } from "@/lib/content/document-metadata";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";

export interface ReadingSection {
  id: string;
  title: string;
  numbering: string;
  depth: number;
  implicit: boolean;
  studied: boolean;
  passages: { id: string; kind: "PROSE" | "KEYWORDS"; text: string }[];
}

/** A module's current sections in reading order, with their passages and this learner's marks. */
export async function getModuleForReading(db: Db, actor: Actor, moduleId: string) {
  const userId = actor.id;
  const studyModule = await db.module.findFirst({
    where: { id: moduleId, archivedAt: null },
    select: {
      id: true,
      title: true,
      course: { select: { id: true, title: true } },
      documentId: true,
      document: { select: { fileName: true, title: true, metadata: true } },
      sections: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        select: {
          id: true,
          title: true,
          numbering: true,
          depth: true,
          implicit: true,
          progress: { where: { userId }, select: { completedAt: true } },
          passages: { where: { archivedAt: null }, orderBy: { position: "asc" }, select: { id: true, kind: true, text: true } },
        },
      },
    },
  });
  if (!studyModule) return null;
  const sections: ReadingSection[] = studyModule.sections.map((section) => ({
    id: section.id,
    title: section.title,
    numbering: section.numbering,
    depth: section.depth,
    implicit: section.implicit,
    studied: section.progress.some((progress) => progress.completedAt !== null),
    passages: section.passages,
  }));
  const siblings = await db.module.findMany({
    where: { courseId: studyModule.course.id, archivedAt: null },
    orderBy: { position: "asc" },
    select: { id: true, title: true, documentId: true },
  });
  const index = siblings.findIndex((sibling) => sibling.id === studyModule.id);
  const metadata = parseDocumentMetadata(studyModule.document?.metadata);
  // The document's explanatory notes this module calls; the last module of the document takes those placed nowhere.
  const lastOfDocument = siblings.findLast((sibling) => sibling.documentId === studyModule.documentId)?.id === studyModule.id;
  const notes = notesForModule(
    metadata.notes ?? [],
    [studyModule.title, ...sections.flatMap((section) => [section.title, ...section.passages.map((passage) => passage.text)])],
    lastOfDocument,
  );
  return {
    id: studyModule.id,
    title: studyModule.title,
    course: studyModule.course,
    // The issuing body, 文号 and date the document states, for a small line under the title.
    document: studyModule.document && {
      fileName: studyModule.document.fileName,
      title: studyModule.document.title,
      metadataLine: documentMetadataLine(metadata),
      notes: notes.map(({ mark, text }) => ({ mark, text })),
    },
    sections,
    previous: index > 0 ? siblings[index - 1] : undefined,
    next: index >= 0 ? siblings[index + 1] : undefined,
  };
}
