import { readDocumentKind, type DocumentKind } from "@/lib/content/document-kind";
import type { BuiltCourse, DocumentReport, KnowledgePoint, Module, Passage, Section, Sentence } from "@/lib/content/types";
import { definedShortForms } from "./accepted-answers";
import { releasedTitle } from "./released-title";

export interface LocatedPassage {
  passage: Passage;
  section: Section;
  module: Module;
}

/** The course flattened for lookups: passages with their section and module, and the whole text for counting. */
export interface CourseIndex {
  modules: Module[];
  passages: LocatedPassage[];
  /** The module of this id (the first, should two share one). */
  module(id: string): Module | undefined;
  passage(id: string): LocatedPassage | undefined;
  section(id: string): { section: Section; module: Module } | undefined;
  /** The sections from the module's top level down to this one (a one-element list for a top-level section). */
  sectionPath(id: string): Section[];
  /**
   * The title of the document a module comes from (its report's title; the module's title when the course gives none),
   * "" when the document prints no title (an untitled upload): a question cites no 《…》 then.
   */
  documentTitle(module: Module): string;
  /** The name a module's document is shown by: its title, or an untitled document's display name (never cited). */
  documentName(module: Module): string;
  /**
   * What kind of document the module comes from (regulation, news, notice …): its report's kind, or, for a report stored
   * before reports had one, read again from the document's modules (lib/content/document-kind.ts).
   */
  documentKind(module: Module): DocumentKind;
  /** The year the module's document is dated (its metadata's date: 2016年10月27日, 一九四二年二月八日), null when unknown. */
  documentYear(module: Module): number | null;
  /** Non-overlapping occurrences of text in all prose passages of the course. */
  count(text: string): number;
  /** Where text starts in `corpus`: every occurrence, overlapping ones too, in order. */
  starts(text: string): number[];
  /** The prose passages that contain text, in reading order. */
  proseWith(text: string): LocatedPassage[];
  /**
   * Every occurrence of text in the prose passages, in reading order, with its offset in its passage: non-overlapping
   * within a passage, leftmost first (as a walk with indexOf finds them), found through `starts` instead of a scan of
   * each passage (issue #15: a passage of a long Markdown paragraph runs to 200,000 characters).
   */
  proseOccurrences(text: string): Array<{ located: LocatedPassage; at: number }>;
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

/**
 * Where each text starts in the corpus, looked up through an index of the corpus's character pairs
 * (built on first use) instead of a scan of the whole corpus per text: a long course asks for
 * thousands of texts (issue #15).
 */
function startFinder(corpus: string): (text: string) => number[] {
  let pairs: Map<string, number[]> | undefined;
  return (text) => {
    if (text === "") return [];
    if (text.length === 1) {
      const found: number[] = [];
      for (let at = corpus.indexOf(text); at >= 0; at = corpus.indexOf(text, at + 1)) found.push(at);
      return found;
    }
    if (!pairs) {
      pairs = new Map();
      for (let at = 0; at + 1 < corpus.length; at++) {
        const pair = corpus.slice(at, at + 2);
        const list = pairs.get(pair);
        if (list) list.push(at);
        else pairs.set(pair, [at]);
      }
    }
    return (pairs.get(text.slice(0, 2)) ?? []).filter((at) => corpus.startsWith(text, at));
  };
}

/** Non-overlapping occurrences among the starts of a text of this length, leftmost first (as indexOf counts them). */
export function nonOverlapping(starts: number[], length: number): number[] {
  const kept: number[] = [];
  for (const at of starts) if (kept.length === 0 || at >= kept.at(-1)! + length) kept.push(at);
  return kept;
}

const CN_DIGIT = "〇一二三四五六七八九";

/** The year a printed date opens with: 2016年…, 2026-03-30, 一九四二年… (digit by digit, ○ or 〇 for zero); null otherwise. */
export function yearOf(date: string | undefined): number | null {
  if (!date) return null;
  const arabic = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(date);
  if (arabic) return Number(arabic[1]);
  const chinese = /([〇○零一二三四五六七八九]{4})年/.exec(date);
  if (!chinese) return null;
  return Number([...chinese[1]!].map((char) => String(Math.max(0, CN_DIGIT.indexOf(char.replace(/[○零]/, "〇"))))).join(""));
}

export function indexCourse(course: Pick<BuiltCourse, "modules"> & { title?: string; reports?: Array<Pick<DocumentReport, "path" | "title" | "untitled"> & Partial<Pick<DocumentReport, "metadata" | "kind">>> }): CourseIndex {
  const passages: LocatedPassage[] = [];
  const sections = new Map<string, { section: Section; module: Module; path: Section[] }>();
  const documentTitles = new Map((course.reports ?? []).map((report) => [report.path, report.title]));
  const untitled = new Set((course.reports ?? []).filter((report) => report.untitled).map((report) => report.path));
  const documentYears = new Map((course.reports ?? []).map((report) => [report.path, yearOf(report.metadata?.date)]));
  const documentKinds = new Map((course.reports ?? []).flatMap((report) => (report.kind ? [[report.path, report.kind] as const] : [])));
  const kindOf = (module: Module): DocumentKind => {
    let kind = documentKinds.get(module.source);
    if (!kind) {
      const texts = course.modules.filter((other) => other.source === module.source).flatMap((other) => [other.title, ...sectionTexts(other.sections)]);
      documentKinds.set(module.source, (kind = readDocumentKind({ title: documentTitles.get(module.source) || module.title, texts })));
    }
    return kind;
  };
  for (const module of course.modules) walk(module, module.sections, passages, sections);
  const byId = new Map(passages.map((located) => [located.passage.id, located]));
  const modulesById = new Map<string, Module>();
  for (const module of course.modules) if (!modulesById.has(module.id)) modulesById.set(module.id, module);
  const prose = passages.filter(({ passage }) => passage.kind === "prose");
  const corpus = prose.map(({ passage }) => passage.text).join("\n");
  const moduleTexts = course.modules.map((module) => prose.filter((located) => located.module === module).map(({ passage }) => passage.text).join("\n"));
  const counts = new Map<string, number>();
  const starts = startFinder(corpus);
  const proseStarts: number[] = [];
  prose.reduce((offset, { passage }) => (proseStarts.push(offset), offset + passage.text.length + 1), 0);
  /** The position in `prose` of the last passage that begins at or before a corpus offset. */
  const proseAt = (at: number): number => {
    let low = 0;
    let high = proseStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (proseStarts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  return {
    modules: course.modules,
    passages,
    module: (id) => modulesById.get(id),
    passage: (id) => byId.get(id),
    section(id) {
      const found = sections.get(id);
      return found && { section: found.section, module: found.module };
    },
    sectionPath: (id) => sections.get(id)?.path ?? [],
    documentTitle: (module) => (untitled.has(module.source) ? "" : releasedTitle(documentTitles.get(module.source) || module.title)),
    documentName: (module) => releasedTitle(documentTitles.get(module.source) || module.title),
    documentKind: kindOf,
    documentYear: (module) => documentYears.get(module.source) ?? null,
    count(text) {
      let count = counts.get(text);
      if (count === undefined) counts.set(text, (count = nonOverlapping(starts(text), text.length).length));
      return count;
    },
    starts,
    proseWith(text) {
      const found = new Set<number>();
      for (const at of starts(text)) found.add(proseAt(at));
      return [...found].sort((a, b) => a - b).map((position) => prose[position]!).filter(({ passage }) => passage.text.includes(text));
    },
    proseOccurrences(text) {
      const found: Array<{ located: LocatedPassage; at: number }> = [];
      for (const start of starts(text)) {
        const position = proseAt(start);
        const located = prose[position]!;
        const at = start - proseStarts[position]!;
        if (at + text.length > located.passage.text.length) continue;
        const last = found.at(-1);
        if (last && last.located === located && at < last.at + text.length) continue;
        found.push({ located, at });
      }
      return found;
    },
    moduleSpread: (text) => moduleTexts.filter((moduleText) => moduleText.includes(text)).length,
    corpus,
    title: course.title ?? "",
    shortForms: definedShortForms(corpus),
  };
}

/** A module's headings and passages in reading order. */
function sectionTexts(sections: Section[]): string[] {
  return sections.flatMap((section) => [section.title, ...section.passages.map((passage) => passage.text), ...sectionTexts(section.sections)]);
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
