import { buildCourse } from "./build-course";
import type { IngestOptions } from "./ingest/ingest-document";
import type { KnowledgePoint, Section } from "./types";

export interface InspectedSection {
  title: string;
  passages: Array<{ text: string }>;
  sections: InspectedSection[];
}

export interface InspectedPoint {
  kind: KnowledgePoint["kind"];
  text: string;
  answer?: string;
  speaker?: string;
  items?: string[];
  /** Passage span as [passage index in reading order, start, end); heading lists name their section instead. */
  span: { passage: number; start: number; end: number } | { section: string };
}

export interface InspectedDocument {
  title: string;
  modules: Array<{ title: string; sections: InspectedSection[] }>;
  knowledgePoints: InspectedPoint[];
}

function inspectSection(section: Section): InspectedSection {
  return {
    title: section.title,
    passages: section.passages.map((passage) => ({ text: passage.text })),
    sections: section.sections.map(inspectSection),
  };
}

function passageOrder(sections: Section[], into: string[] = []): string[] {
  for (const section of sections) {
    into.push(...section.passages.map((passage) => passage.id));
    passageOrder(section.sections, into);
  }
  return into;
}

function sectionTitles(sections: Section[], into = new Map<string, string>()): Map<string, string> {
  for (const section of sections) {
    into.set(section.id, section.title);
    sectionTitles(section.sections, into);
  }
  return into;
}

/** One document through the whole pipeline, as plain JSON for review (the CLI's --json output). */
export async function inspectDocument(fileName: string, bytes: Uint8Array, options: IngestOptions = {}): Promise<InspectedDocument> {
  const title = fileName.split("/").pop()!.replace(/\.[^.]+$/, "");
  const course = await buildCourse({ title, description: title, documents: [{ path: fileName }] }, [{ path: fileName, bytes }], options);
  const allSections = course.modules.flatMap((module) => module.sections);
  const order = passageOrder(allSections);
  const titles = sectionTitles(allSections);
  return {
    title: course.reports[0]?.title ?? title,
    modules: course.modules.map((module) => ({ title: module.title, sections: module.sections.map(inspectSection) })),
    knowledgePoints: course.modules.flatMap((module) =>
      module.knowledgePoints.map((point) => ({
        kind: point.kind,
        text: point.text,
        ...(point.answer !== undefined && { answer: point.answer }),
        ...(point.speaker !== undefined && { speaker: point.speaker }),
        ...(point.items !== undefined && { items: point.items }),
        span: point.span ? { passage: order.indexOf(point.span.passage), start: point.span.start, end: point.span.end } : { section: titles.get(point.section) ?? "" },
      })),
    ),
  };
}
