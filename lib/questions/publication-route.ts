import type { CourseIndex } from "./course-index";
import { documentKindOf } from "./confidence";
import { countedClassNamed, onlyContextualClasses, vocabularyClassOf } from "./party-vocabulary";
import { isNamedInCourse } from "./target-importance";
import type { Candidate } from "./types";

/**
 * The route a question takes to publication, as the figures of issue 16 (stop 29) group questions: what rules learned
 * on one set of documents can be checked against on another. Doubts fire on single sentences; a route names the kind of
 * question, the kind of knowledge and the kind of text it came from, which every document has.
 */
export interface PublicationRoute {
  type: Candidate["question"]["type"];
  /** The kind of knowledge point: term, number, speaker (quotation), enumeration, definition, heading-list. */
  focus: Candidate["question"]["focus"];
  /** A text that sets rules (条例, 准则, 第…条 articles), a personal account (述职报告, 心得), or anything else (speech, report, essay, notes). */
  text: "rules" | "personal" | "essay";
  /**
   * What the key is, for a term: the name of a counted set (四风, 两个维护), a member of a set of the lexicon, a member of
   * loose sets only (民主集中制, 党内监督, 国务院), a term the course names, or a plain word; "none" for other questions.
   */
  key: "counted-set" | "lexicon-set" | "loose-set" | "named" | "plain" | "none";
  /** Where the first blank stands in the stem (a 填空's ______ or a choice's （　）): opening, inside or closing it; null without one. */
  blank: "start" | "middle" | "end" | null;
}

const BLANK = /_{2,}|（　）/;
/** A blank before this share of the stem opens it (it is the sentence's subject); after the second share it closes it. */
const OPENING_SHARE = 0.15;
const CLOSING_SHARE = 0.7;

function keyKind({ question, evidence }: Candidate, index: CourseIndex): PublicationRoute["key"] {
  const answers = evidence.answers;
  if (question.focus !== "term" || answers.length === 0) return "none";
  if (answers.some((answer) => countedClassNamed(answer) !== null)) return "counted-set";
  if (answers.every((answer) => vocabularyClassOf(answer) !== null)) return answers.every(onlyContextualClasses) ? "loose-set" : "lexicon-set";
  if (answers.every((answer) => isNamedInCourse(answer, index))) return "named";
  return "plain";
}

/** The route of a candidate question in its course. */
export function publicationRoute(candidate: Candidate, index: CourseIndex): PublicationRoute {
  const { question } = candidate;
  const kind = documentKindOf(question.moduleId, index);
  const blank = BLANK.exec(question.stem);
  const at = blank ? blank.index / question.stem.length : null;
  return {
    type: question.type,
    focus: question.focus,
    text: kind.normative ? "rules" : kind.personal ? "personal" : "essay",
    key: keyKind(candidate, index),
    blank: at === null ? null : at < OPENING_SHARE ? "start" : at > CLOSING_SHARE ? "end" : "middle",
  };
}

/** The route in one line, as a dump prints it: FILL_BLANK/term/rules/loose-set/middle. */
export function routeLine(route: PublicationRoute): string {
  return [route.type, route.focus, route.text, route.key, route.blank ?? "-"].join("/");
}
