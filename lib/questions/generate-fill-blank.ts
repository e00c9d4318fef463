import { acceptedVariants } from "./accepted-answers";
import { blankContext } from "./blank-context";
import type { BlankSite } from "./blank-sites";
import { buildCandidate } from "./build-candidate";
import type { CourseIndex } from "./course-index";
import { fillBlankExplanation } from "./explanation";
import { asStatement, blankOut, clauseWindow, FILL_MARKER } from "./source-text";
import type { Candidate } from "./types";

/** 填空题 with one blank per site, and one with two blanks where a sentence holds two sites. */
export function generateFillBlank(sites: BlankSite[], index: CourseIndex): Candidate[] {
  const candidates = sites.map((site) => fillBlank([site], index));
  const bySentence = new Map<string, BlankSite[]>();
  for (const site of sites.filter((candidate) => candidate.focus === "term")) {
    const key = `${site.located.passage.id}:${site.sentence.start}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), site]);
  }
  for (const group of bySentence.values()) {
    const ordered = [...group].sort((a, b) => a.start - b.start);
    const first = ordered[0]!;
    const second = ordered.find((site) => site.start >= first.end && site.answer !== first.answer);
    if (second) candidates.push(fillBlank([first, second], index));
  }
  return candidates;
}

function fillBlank(sites: BlankSite[], index: CourseIndex): Candidate {
  const first = sites[0]!;
  const last = sites[sites.length - 1]!;
  const window = clauseWindow(first.sentence, first.start, last.end);
  const blanks = sites.map((site) => ({ start: site.start - window.start, end: site.end - window.start }));
  const stem = asStatement(blankOut(window.text, blanks, FILL_MARKER));
  const answers = sites.map((site) => site.answer);
  const accepted = sites.map((site) =>
    acceptedVariants(site.answer, index.shortForms, blankContext(site.answer, window.text.slice(0, site.start - window.start), window.text.slice(site.end - window.start))),
  );
  const explanation = fillBlankExplanation(index, {
    answers,
    accepted,
    key: { located: first.located, offset: last.end },
    quoted: window.text,
    ...(sites.length === 1 && first.siblings ? { list: { label: first.listLabel ?? null, items: first.siblings } } : {}),
  });
  return buildCandidate(
    {
      type: "FILL_BLANK",
      focus: first.focus,
      stem,
      options: [],
      answer: answers,
      acceptedAnswers: accepted,
      explanation: explanation.text,
      moduleId: first.located.module.id,
      sectionId: first.located.section.id,
      passageId: first.located.passage.id,
      ...(first.knowledgePointId ? { knowledgePointId: first.knowledgePointId } : {}),
      span: { start: first.sentence.start, end: first.sentence.end },
    },
    { sentence: window.text, answers, blanks, distractors: [], explanationTeaches: explanation.teaches, ...(explanation.setNameOnly ? { setNameOnly: true } : {}), ...(first.siblings ? { enumerationItems: first.siblings } : {}) },
    index,
  );
}
