import type { PassageKind } from "../types";

/** The structure of one document before ids are given: what build-outline produces and deduplication edits. */
export interface OutlinePassage {
  text: string;
  kind: PassageKind;
}

export interface OutlineSection {
  title: string;
  numbering: string;
  implicit: boolean;
  passages: OutlinePassage[];
  sections: OutlineSection[];
}

export interface OutlineModule {
  title: string;
  sections: OutlineSection[];
}

export interface DocumentOutline {
  title: string;
  /** True when the title was printed in the document (a title line), not taken from the file name. */
  titleFound?: boolean;
  /** True when the document prints no title: its name (a clause of its text, a generic heading, the file name) is for display only. */
  untitled?: boolean;
  modules: OutlineModule[];
}

export function* walkSections(sections: OutlineSection[]): Generator<OutlineSection> {
  for (const section of sections) {
    yield section;
    yield* walkSections(section.sections);
  }
}

export function modulePassages(module: OutlineModule): OutlinePassage[] {
  return [...walkSections(module.sections)].flatMap((section) => section.passages);
}

/** Removes sections left without passages or subsections, at any depth. */
export function pruneEmptySections(sections: OutlineSection[]): OutlineSection[] {
  return sections
    .map((section) => ({ ...section, sections: pruneEmptySections(section.sections) }))
    .filter((section) => section.passages.length > 0 || section.sections.length > 0);
}

export function newSection(title: string, numbering = "", implicit = false): OutlineSection {
  return { title, numbering, implicit, passages: [], sections: [] };
}
