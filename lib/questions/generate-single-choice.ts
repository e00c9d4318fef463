import type { BlankSite } from "./blank-sites";
import { buildCandidate, choiceOptions } from "./build-candidate";
import type { CourseIndex } from "./course-index";
import { numberDistractors, pickDistractors, type DistractorInventory } from "./distractors";
import { nearSynonyms } from "./confidence";
import { fitsSlotElsewhere } from "./slot-check";
import { isVerbLed } from "./target-importance";
import { seededRandom } from "./seeded-random";
import { asStatement, blankOut, CHOICE_MARKER, clauseWindow, sourceNote } from "./source-text";
import type { Candidate } from "./types";

const DISTRACTORS = 3;

/** 单选题: a key term, number or list item blanked from its sentence, with three same-kind wrong options. */
export function generateSingleChoice(sites: BlankSite[], index: CourseIndex, inventory: DistractorInventory): Candidate[] {
  return sites.map((site) => {
    const random = seededRandom(`single:${site.located.passage.id}:${site.start}:${site.answer}`);
    const window = clauseWindow(site.sentence, site.start, site.end);
    const blank = { start: site.start - window.start, end: site.end - window.start };
    const distractors =
      site.focus === "number"
        ? numberDistractors(site.answer, inventory.numbers, DISTRACTORS, random)
        : pickDistractors(site.answer, site.focus === "enumeration" ? inventory.enumerationItems.map((item) => item.text) : inventory.terms, {
            count: DISTRACTORS,
            random,
            sameKind: site.focus === "enumeration",
            exclude: [...(site.siblings ?? []), ...inventory.terms.filter((term) => window.text.includes(term))],
            alsoCorrect: (text) =>
              window.text.includes(text) || fitsSlotElsewhere(index, window.text, blank, text) || nearSynonyms(text, site.answer) || (isVerbLed(text) && !isVerbLed(site.answer)),
          });
    const { options, answer } = choiceOptions([site.answer], distractors, random);
    return buildCandidate(
      {
        type: "SINGLE_CHOICE",
        focus: site.focus,
        stem: asStatement(blankOut(window.text, [blank], CHOICE_MARKER)),
        options,
        answer,
        explanation: sourceNote(site.located, site.sentence.text),
        moduleId: site.located.module.id,
        sectionId: site.located.section.id,
        passageId: site.located.passage.id,
        ...(site.knowledgePointId ? { knowledgePointId: site.knowledgePointId } : {}),
        span: { start: site.sentence.start, end: site.sentence.end },
      },
      { sentence: window.text, answers: [site.answer], blanks: [blank], distractors, ...(site.siblings ? { enumerationItems: site.siblings } : {}) },
      index,
    );
  });
}
