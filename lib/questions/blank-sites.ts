import type { Module, Sentence } from "@/lib/content/types";
import { enumerationLabel } from "./enumeration-label";
import { seededRandom } from "./seeded-random";
import { modulePassages, sentenceAt, type CourseIndex, type LocatedPassage } from "./course-index";
import type { QuestionFocus } from "./types";

/** A place in a sentence where a blank can be cut: the answer text at passage offsets [start, end). */
export interface BlankSite {
  located: LocatedPassage;
  sentence: Sentence;
  start: number;
  end: number;
  answer: string;
  focus: QuestionFocus;
  knowledgePointId?: string;
  /** For a list item: all members of the list. */
  siblings?: string[];
  /** For a list item: the list's name when it has a clean one (四风). */
  listLabel?: string | null;
}

const SITES_PER_TERM = 3;
const MIN_SENTENCE = 12;

/**
 * Occurrences of key terms in a module's sentences: the module's own extracted terms and the
 * course's terms that occur here, a few sentences per term. A term inside a longer term found
 * at the same place gives way to the longer one.
 */
export function termSites(index: CourseIndex, module: Module, courseTerms: string[]): BlankSite[] {
  const own = module.knowledgePoints.filter((point) => point.kind === "term");
  const terms = [...own.map((point) => ({ text: point.text, pointId: point.id as string | undefined }))];
  for (const text of courseTerms) if (!terms.some((term) => term.text === text)) terms.push({ text, pointId: undefined });
  const sites: BlankSite[] = [];
  const passages = modulePassages(index, module);
  for (const term of terms) {
    let found = 0;
    for (const located of passages) {
      for (const sentence of located.passage.sentences) {
        if (found >= SITES_PER_TERM) break;
        if (sentence.text.length < MIN_SENTENCE) continue;
        const at = sentence.text.indexOf(term.text);
        if (at < 0) continue;
        found++;
        const start = sentence.start + at;
        sites.push({ located, sentence, start, end: start + term.text.length, answer: term.text, focus: "term", knowledgePointId: term.pointId });
      }
    }
  }
  return sites.filter(
    (site) => !sites.some((other) => other !== site && other.sentence === site.sentence && other.start <= site.start && site.end <= other.end && other.end - other.start > site.end - site.start),
  );
}

/** The numbers the extractor found, each in its sentence. */
export function numberSites(index: CourseIndex, module: Module): BlankSite[] {
  const sites: BlankSite[] = [];
  for (const point of module.knowledgePoints) {
    if (point.kind !== "number" || !point.span || !point.answer) continue;
    const located = index.passage(point.span.passage);
    const sentence = located && sentenceAt(located.passage, point.span.start, point.span.end);
    if (!located || !sentence) continue;
    sites.push({ located, sentence, start: point.span.start, end: point.span.end, answer: point.answer, focus: "number", knowledgePointId: point.id });
  }
  return sites;
}

/**
 * One item of each list the extractor found, as a blank in its sentence. `variant` 0 and 1 pick
 * different items of the same list (one for a fill-blank, one for a single choice).
 */
export function enumerationItemSites(index: CourseIndex, module: Module, variant: 0 | 1): BlankSite[] {
  const sites: BlankSite[] = [];
  for (const point of module.knowledgePoints) {
    if (point.kind !== "enumeration" || !point.span || !point.items || point.items.length < 2) continue;
    const located = index.passage(point.span.passage);
    const sentence = located && sentenceAt(located.passage, point.span.start, point.span.end);
    if (!located || !sentence) continue;
    const first = Math.floor(seededRandom(point.id)() * point.items.length);
    const at = (first + variant) % point.items.length;
    let cursor = point.span.start;
    let start = -1;
    for (let i = 0; i <= at; i++) {
      start = located.passage.text.indexOf(point.items[i]!, cursor);
      if (start < 0) break;
      cursor = start + point.items[i]!.length;
    }
    if (start < 0 || start >= point.span.end) continue;
    const answer = point.items[at]!;
    sites.push({ located, sentence, start, end: start + answer.length, answer, focus: "enumeration", knowledgePointId: point.id, siblings: point.items, listLabel: enumerationLabel(point) });
  }
  return sites;
}
