import "server-only";
import type { BuiltCourse, KnowledgePointKind, Section } from "@/lib/content";
import type { KnowledgeKind, PassageKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The rows of a built course, in the shape of the tables they are stored in. */
export interface CourseRows {
  modules: { id: string; courseId: string; documentId: string; position: number; title: string }[];
  sections: { id: string; moduleId: string; parentId: string | null; position: number; depth: number; title: string; numbering: string; implicit: boolean }[];
  passages: { id: string; moduleId: string; sectionId: string; position: number; kind: PassageKind; text: string }[];
  knowledgePoints: {
    id: string;
    moduleId: string;
    sectionId: string | null;
    passageId: string | null;
    kind: KnowledgeKind;
    text: string;
    answer: string | null;
    speaker: string | null;
    items: Prisma.InputJsonValue | null;
    spanStart: number | null;
    spanEnd: number | null;
  }[];
}

const KNOWLEDGE_KINDS: Record<KnowledgePointKind, KnowledgeKind> = {
  term: "TERM",
  quote: "QUOTE",
  enumeration: "ENUMERATION",
  definition: "DEFINITION",
  number: "NUMBER",
  "heading-list": "HEADING_LIST",
};

export function flattenBuiltCourse(
  course: BuiltCourse,
  documentIdForPath: (path: string) => string,
  options: { firstModulePosition?: number; courseId?: string } = {},
): CourseRows {
  const rows: CourseRows = { modules: [], sections: [], passages: [], knowledgePoints: [] };
  course.modules.forEach((module, modulePosition) => {
    rows.modules.push({
      id: module.id,
      courseId: options.courseId ?? course.id,
      documentId: documentIdForPath(module.source),
      position: (options.firstModulePosition ?? 0) + modulePosition,
      title: module.title,
    });
    // Positions run through the whole module in reading order, so sorting by them reads it.
    let sectionPosition = 0;
    let passagePosition = 0;
    const visit = (section: Section, parentId: string | null, depth: number) => {
      rows.sections.push({
        id: section.id,
        moduleId: module.id,
        parentId,
        position: sectionPosition++,
        depth,
        title: section.title,
        numbering: section.numbering,
        implicit: section.implicit,
      });
      for (const passage of section.passages) {
        rows.passages.push({
          id: passage.id,
          moduleId: module.id,
          sectionId: section.id,
          position: passagePosition++,
          kind: passage.kind === "keywords" ? "KEYWORDS" : "PROSE",
          text: passage.text,
        });
      }
      for (const child of section.sections) visit(child, section.id, depth + 1);
    };
    for (const section of module.sections) visit(section, null, 0);
    for (const point of module.knowledgePoints) {
      rows.knowledgePoints.push({
        id: point.id,
        moduleId: module.id,
        sectionId: point.section || null,
        passageId: point.span?.passage ?? null,
        kind: KNOWLEDGE_KINDS[point.kind],
        text: point.text,
        answer: point.answer ?? null,
        speaker: point.speaker ?? null,
        items: point.items ?? null,
        spanStart: point.span?.start ?? null,
        spanEnd: point.span?.end ?? null,
      });
    }
  });
  return rows;
}
