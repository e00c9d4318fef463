import type { Section } from "../types";

export interface HeadingList {
  section: Section;
  items: string[];
}

/** Headings whose numbered subsections are the items of a list (causes, problems, measures …). */
export function extractHeadingLists(sections: Section[]): HeadingList[] {
  const lists: HeadingList[] = [];
  for (const section of sections) {
    const numbered = section.sections.filter((child) => child.numbering !== "");
    if (!section.implicit && numbered.length >= 2) lists.push({ section, items: numbered.map((child) => child.title) });
    lists.push(...extractHeadingLists(section.sections));
  }
  return lists;
}
