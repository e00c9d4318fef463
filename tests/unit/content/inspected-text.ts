import type { InspectedDocument, InspectedSection } from "@/lib/content/inspect-document";

/** Every passage's text of an inspected document, in reading order (the layout tests' view of the learner's text). */
export function passageTexts(document: InspectedDocument): string[] {
  const visit = (section: InspectedSection): string[] => [...section.passages.map((passage) => passage.text), ...section.sections.flatMap(visit)];
  return document.modules.flatMap((module) => module.sections.flatMap(visit));
}

/** Every section's title of an inspected document, in reading order (module titles not included). */
export function sectionTitles(document: InspectedDocument): string[] {
  const visit = (section: InspectedSection): string[] => [section.title, ...section.sections.flatMap(visit)];
  return document.modules.flatMap((module) => module.sections.flatMap(visit));
}
