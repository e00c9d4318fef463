import { normalizeForIdentity, stableId } from "../stable-id";
import type { KnowledgePoint, Module, Passage, Section } from "../types";
import { extractAnnouncedLists } from "./extract-announced-lists";
import { extractDefinitions } from "./extract-definitions";
import { extractEnumerations } from "./extract-enumerations";
import { extractHeadingLists } from "./extract-heading-lists";
import { extractNumbers } from "./extract-numbers";
import { extractQuotes } from "./extract-quotes";
import { extractKeywordListTerms, extractTerms } from "./extract-terms";
import type { RawPoint } from "./raw-point";

const TERMS_PER_MODULE = 12;

function sectionsWithPassages(sections: Section[]): Array<{ section: Section; passage: Passage }> {
  return sections.flatMap((section) => [
    ...section.passages.map((passage) => ({ section, passage })),
    ...sectionsWithPassages(section.sections),
  ]);
}

function toPoint(raw: RawPoint, passage: string, section: string): KnowledgePoint {
  const point: KnowledgePoint = {
    id: stableId("point", passage, raw.kind, raw.text, raw.answer ?? "", raw.start),
    kind: raw.kind,
    text: raw.text,
    span: { passage, start: raw.start, end: raw.end },
    section,
  };
  if (raw.answer !== undefined && raw.answer !== raw.text) point.answer = raw.answer;
  if (raw.speaker !== undefined) point.speaker = raw.speaker;
  if (raw.items !== undefined) point.items = raw.items;
  return point;
}

/** All knowledge points of one module; domainTerms are the course's recurring terms. */
export function extractKnowledgePoints(module: Omit<Module, "knowledgePoints">, domainTerms: string[]): KnowledgePoint[] {
  const located = sectionsWithPassages(module.sections);
  const sectionOf = new Map(located.map(({ section, passage }) => [passage.id, section.id]));
  const points: KnowledgePoint[] = [];
  const prose = located.filter(({ passage }) => passage.kind === "prose").map(({ passage }) => passage);
  const keywordPassages = located.filter(({ passage }) => passage.kind === "keywords").map(({ passage }) => passage);
  const terms = [...keywordPassages.flatMap((passage) => extractKeywordListTerms(passage)), ...extractTerms(prose, domainTerms, TERMS_PER_MODULE)];
  for (const term of terms) points.push(toPoint(term, term.passage, sectionOf.get(term.passage)!));
  for (const passage of prose) {
    const found = [...extractQuotes(passage.text), ...extractDefinitions(passage.text), ...extractEnumerations(passage.text), ...extractNumbers(passage.text)];
    for (const raw of found) points.push(toPoint(raw, passage.id, sectionOf.get(passage.id)!));
  }
  for (const list of extractHeadingLists(module.sections)) {
    points.push({
      id: stableId("point", list.section.id, "heading-list", list.section.title, list.items.join("|")),
      kind: "heading-list",
      text: list.section.title,
      items: list.items,
      span: null,
      section: list.section.id,
    });
  }
  // A counted list a speech announces and sets out one paragraph per item: a list like a heading's,
  // whose source is the announcing passage (span on its counted name) rather than headings.
  for (const list of extractAnnouncedLists(module.sections)) {
    const start = list.passage.text.lastIndexOf(list.label);
    const end = start + list.label.length;
    points.push({
      id: stableId("point", list.passage.id, "announced-list", list.label, list.items.join("|")),
      kind: "heading-list",
      text: list.label,
      items: list.items,
      span: { passage: list.passage.id, start, end },
      section: list.section.id,
    });
  }
  const seen = new Set<string>();
  return points.filter((point) => {
    const key = `${point.kind}|${normalizeForIdentity(point.text)}|${normalizeForIdentity(point.answer ?? "")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
