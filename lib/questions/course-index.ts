import type { BuiltCourse, KnowledgePoint, Module, Passage, Section, Sentence } from "@/lib/content/types";

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
  /** Non-overlapping occurrences of text in all prose passages of the course. */
  count(text: string): number;
  /** Number of modules whose prose contains text. */
  moduleSpread(text: string): number;
  corpus: string;
  /** The course's title ("" when not given): a key equal to it or part of it tests nothing. */
  title: string;
}

function walk(module: Module, sections: Section[], into: LocatedPassage[], sectionMap: Map<string, { section: Section; module: Module }>): void {
  for (const section of sections) {
    sectionMap.set(section.id, { section, module });
    for (const passage of section.passages) into.push({ passage, section, module });
    walk(module, section.sections, into, sectionMap);
  }
}

function occurrences(haystack: string, needle: string): number {
  if (needle === "") return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

export function indexCourse(course: Pick<BuiltCourse, "modules"> & { title?: string }): CourseIndex {
  const passages: LocatedPassage[] = [];
  const sections = new Map<string, { section: Section; module: Module }>();
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
    section: (id) => sections.get(id),
    count(text) {
      let count = counts.get(text);
      if (count === undefined) counts.set(text, (count = occurrences(corpus, text)));
      return count;
    },
    moduleSpread: (text) => moduleTexts.filter((moduleText) => moduleText.includes(text)).length,
    corpus,
    title: course.title ?? "",
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
