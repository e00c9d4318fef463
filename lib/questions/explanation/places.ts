import { citation, passageCitation } from "../citation";
import type { CourseIndex, LocatedPassage } from "../course-index";
import type { InventoryOrigin } from "../distractors";
import type { ExplainContext, KeyPlace } from "./context";

/**
 * Citations: where an option or a passage stands in the course, said as a 出处 (document, section, 第…条).
 */

/**
 * Where an inventory entry was found, as short as it can be said from the key's place: 本部分 for
 * the key's own section, the section title within the key's document, else document and section.
 */
export function originPlace(context: ExplainContext, origin: InventoryOrigin, key: KeyPlace): string {
  if (origin.sectionId === key.located.section.id) return "本部分";
  const located = origin.passageId ? context.index.passage(origin.passageId) : undefined;
  const section = context.index.section(origin.sectionId);
  const module = located?.module ?? section?.module;
  if (!module) return "课程另一处";
  const full = located ? passageCitation(context.index, located, origin.offset) : citation(context.index, { module, sectionId: origin.sectionId });
  const document = `《${context.index.documentTitle(module)}》`;
  // Within the key's own document the document's name goes without saying.
  return context.index.documentTitle(module) === context.index.documentTitle(key.located.module) && full.startsWith(document) && full !== document ? full.slice(document.length) : full;
}

/** A passage's 出处 from the key's place: without the document's name when it is the key's document. */
export function placeInDocument(index: CourseIndex, located: LocatedPassage, offset: number, key: KeyPlace): string {
  const full = passageCitation(index, located, offset);
  const document = `《${index.documentTitle(key.located.module)}》`;
  return index.documentTitle(located.module) === index.documentTitle(key.located.module) && full.startsWith(document) && full !== document ? full.slice(document.length) : full;
}
