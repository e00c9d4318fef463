import { splitSentences } from "./split-sentences";
import { normalizeForIdentity, occurrenceCounter, stableId } from "./stable-id";
import type { OutlineModule, OutlineSection } from "./structure/outline";
import { isUncitableHeading, isUncitableModuleTitle } from "./structure/citable-headings";
import type { Module, Section } from "./types";

/**
 * Gives a module and everything in it ids derived from content: a module from its document and
 * title, a section from its module and the titles above it, a passage from its module and its
 * normalized text. Positions never enter an id, so inserting a paragraph renumbers nothing; the
 * n-th repeat of the same text or title gets its occurrence number. A heading or module title no one cites is
 * marked `uncitable` here, on the titles as the course keeps them (citable-headings.ts).
 */
export function assignIds(module: OutlineModule, source: string, moduleOccurrence: number): Omit<Module, "knowledgePoints"> {
  const moduleId = stableId("module", source, normalizeForIdentity(module.title), moduleOccurrence);
  const sectionOccurrence = occurrenceCounter();
  const passageOccurrence = occurrenceCounter();
  const build = (section: OutlineSection, path: string[]): Section => {
    const titlePath = [...path, normalizeForIdentity(section.title) + (section.implicit ? "#intro" : "")];
    const pathKey = titlePath.join("/");
    return {
      id: stableId("section", moduleId, pathKey, sectionOccurrence(pathKey)),
      title: section.title,
      numbering: section.numbering,
      implicit: section.implicit,
      ...(isUncitableHeading(section.title) && { uncitable: true }),
      passages: section.passages.map((passage) => {
        const key = normalizeForIdentity(passage.text);
        return {
          id: stableId("passage", moduleId, key, passageOccurrence(key)),
          kind: passage.kind,
          text: passage.text,
          sentences: splitSentences(passage.text),
        };
      }),
      sections: section.sections.map((child) => build(child, titlePath)),
    };
  };
  return {
    id: moduleId,
    title: module.title,
    ...(isUncitableModuleTitle(module.title) && { uncitable: true }),
    source,
    sections: module.sections.map((section) => build(section, [])),
  };
}
