import type { Module } from "@/lib/content/types";
import { buildCandidate, choiceOptions } from "./build-candidate";
import type { CourseIndex } from "./course-index";
import { documentKind, isDocumentSpeaker, pickDistractors, wrongSpeakerPool, type DistractorInventory } from "./distractors";
import { quoteExcerpt, sharedCredit } from "./quote-excerpt";
import { seededRandom } from "./seeded-random";
import { courseNamesNoneOf, explainSpeaker } from "./explanation";
import type { Candidate } from "./types";

const MAX_SPEAKER_DISTANCE = 60;

/**
 * 出处 questions as single choice: who said this quotation, or which report it comes from. Wrong
 * options are other speakers of the same kind (people for a person, documents for a report).
 */
export function generateSourceQuestions(module: Module, index: CourseIndex, inventory: DistractorInventory): Candidate[] {
  const candidates: Candidate[] = [];
  for (const point of module.knowledgePoints) {
    if (point.kind !== "quote" || !point.speaker || !point.span) continue;
    const located = index.passage(point.span.passage);
    if (!located) continue;
    const speakerAt = located.passage.text.lastIndexOf(point.speaker, point.span.start);
    // A quotation the course credits to several authors (马克思、恩格斯) has no one speaker to ask for.
    if (speakerAt >= 0 && sharedCredit(located.passage.text, speakerAt)) continue;
    const start = speakerAt >= 0 && point.span.start - speakerAt <= MAX_SPEAKER_DISTANCE ? speakerAt : point.span.start;
    const end = point.span.end + 1;
    const random = seededRandom(`source:${point.id}`);
    const isDocument = isDocumentSpeaker(point.speaker);
    // Documents of the key's own kind only (meetings, periodicals or texts): a mix is told apart by its kind.
    const documents = inventory.documents.filter((document) => documentKind(document) === documentKind(point.speaker!));
    // Not a leader whose time the quotation's words postdate (邓小平, 胡锦涛 beside “经过新时代十年…”): the era gives the key away.
    const persons = wrongSpeakerPool(point.speaker, point.text, inventory.persons);
    const distractors = pickDistractors(point.speaker, isDocument ? documents : persons, { count: 3, random, exclude: [], course: index });
    // Fewer than three of its kind: no fair question.
    if (isDocument && distractors.length < 3) continue;
    const excerpt = quoteExcerpt(point.text);
    const stem = isDocument ? `“${excerpt}”这段论述出自（　）。` : `（　）指出：“${excerpt}”`;
    const { options, answer } = choiceOptions([point.speaker], distractors, random);
    const quoted = located.passage.text.slice(start, end);
    candidates.push(
      buildCandidate(
        {
          type: "SINGLE_CHOICE",
          focus: "speaker",
          stem,
          options,
          answer,
          explanation: explainSpeaker({ index, inventory }, { speaker: point.speaker, distractors, key: { located, offset: end }, isDocument, quote: point.text, quoteStart: point.span.start }),
          moduleId: module.id,
          sectionId: located.section.id,
          passageId: located.passage.id,
          knowledgePointId: point.id,
          span: { start, end },
        },
        { sentence: quoted, answers: [point.speaker], distractors, ...(courseNamesNoneOf(index, distractors) ? { explanationTeaches: false } : {}) },
        index,
      ),
    );
  }
  return candidates;
}
