import type { BuiltCourse, DocumentReport, KnowledgePoint, Module, Passage, Section, Sentence } from "@/lib/content/types";
import { definedShortForms } from "./accepted-answers";

export interface LocatedPassage {
  passage: Passage;
  section: Section;
  module: Module;
}

/** The course flattened for lookups: passages with their section and module, and the whole text for counting. */
export interface CourseIndex {
  modules: Module[];
  passages: LocatedPassage[];
  passage(id: string): LocatedPassage | undefined;
  section(id: string): { section: Section; module: Module } | undefined;
  /** The sections from the module's top level down to this one (a one-element list for a top-level section). */
  sectionPath(id: string): Section[];
  /** The title of the document a module comes from (its report's title; the module's title when the course gives none). */
  documentTitle(module: Module): string;
  /** Non-overlapping occurrences of text in all prose passages of the course. */
  count(text: string): number;
  /** Number of modules whose prose contains text. */
  moduleSpread(text: string): number;
  corpus: string;
  /** The course's title ("" when not given): a key equal to it or part of it tests nothing. */
  title: string;
  /** Full and short forms the course's text defines (X（以下简称Y）), both ways: accepted for each other in 填空. */
  shortForms: ReadonlyMap<string, string[]>;
}

function walk(module: Module, sections: Section[], into: LocatedPassage[], sectionMap: Map<string, { section: Section; module: Module; path: Section[] }>, above: Section[] = []): void {
  for (const section of sections) {
    const path = [...above, section];
    sectionMap.set(section.id, { section, module, path });
    for (const passage of section.passages) into.push({ passage, section, module });
    walk(module, section.sections, into, sectionMap, path);
  }
}

function occurrences(haystack: string, needle: string): number {
  if (needle === "") return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

export function indexCourse(course: Pick<BuiltCourse, "modules"> & { title?: string; reports?: Array<Pick<DocumentReport, "path" | "title">> }): CourseIndex {
  const passages: LocatedPassage[] = [];
  const sections = new Map<string, { section: Section; module: Module; path: Section[] }>();
  const documentTitles = new Map((course.reports ?? []).map((report) => [report.path, report.title]));
  for (const module of course.modules) walk(module, module.sections, passages, sections);
  const byId = new Map(passages.map((located) => [located.passage.id, located]));
  const prose = passages.filter(({ passage }) => passage.kind === "prose");
  const corpus = prose.map(({ passage }) => passage.text).join("\n");
  const moduleTexts = course.modules.map((module) => prose.filter((located) => located.module === module).map(({ passage }) => passage.text).join("\n"));
  const counts = new Map<string, number>();
  return {
    modules: course.modules,
    passages,
    passage: (id) => byId.get(id),
    section(id) {
      const found = sections.get(id);
      return found && { section: found.section, module: found.module };
    },
    sectionPath: (id) => sections.get(id)?.path ?? [],
    documentTitle: (module) => documentTitles.get(module.source) || module.title,
    count(text) {
      let count = counts.get(text);
      if (count === undefined) counts.set(text, (count = occurrences(corpus, text)));
      return count;
    },
    moduleSpread: (text) => moduleTexts.filter((moduleText) => moduleText.includes(text)).length,
    corpus,
    title: course.title ?? "",
    shortForms: definedShortForms(corpus),
  };
}

/** The sentence of the passage that holds [start, end), or null when the span crosses sentences. */
export function sentenceAt(passage: Passage, start: number, end: number): Sentence | null {
  return passage.sentences.find((sentence) => sentence.start <= start && end <= sentence.end) ?? null;
}

/** Prose passages of one module, in reading order. */
export function modulePassages(index: CourseIndex, module: Module): LocatedPassage[] {
  return index.passages.filter((located) => located.module === module && located.passage.kind === "prose");
}

export function pointPassage(index: CourseIndex, point: KnowledgePoint): LocatedPassage | undefined {
  return point.span ? index.passage(point.span.passage) : undefined;
}
