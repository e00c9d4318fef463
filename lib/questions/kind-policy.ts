/**
 * What a document of a weak kind can be trusted for. Readers judged the questions of regulations and doctrine of record
 * usable nine times in ten, those of news reports, work reports, review sheets and a unit's working papers far less
 * often (issue #16, stop 37, the per-kind table in docs/QUALITY.md): their sentences tell one event, one year's work or
 * one unit's arrangements as often as a rule. From such a document only what holds whatever the document is publishes:
 * a term of the party vocabulary, a formulation of record, a quotation with its speaker, a date or number of record.
 */
import { WRITER_VOICE, type DocumentKind, type DocumentKindName } from "@/lib/content/document-kind";
import type { CourseIndex } from "./course-index";
import { blanksFormulationOfRecord } from "./formulations-of-record";
import type { Candidate } from "./types";
import { isDoctrineTerm } from "./working-papers";

/**
 * Kinds whose published questions readers judged far below the goal of nine in ten usable (measured, stop 37). Not
 * regulations (90 %) nor doctrine of record and speeches, kept as they were; not commentary either: its questions on
 * other keys are mostly definitions and lists an article states (什么是解散？, 入党积极分子), usable as often as not,
 * and the policy would have sent eight usable of them to review for one needs-edit.
 */
export const UNTRUSTED_KINDS: ReadonlySet<DocumentKindName> = new Set(["news", "report", "review-sheet", "notice", "reflection", "study-notes", "case-material", "other"]);

/** Whether a candidate from a document of an untrusted kind tests what such a document can be trusted for. */
export function trustedForKind({ question, evidence }: Candidate, index: CourseIndex): boolean {
  const module = index.module(question.moduleId);
  if (!module || !UNTRUSTED_KINDS.has(index.documentKind(module).kind)) return true;
  // The speaker of a quotation, and a number the gate already found to be of record (NUMBER_OF_NO_RECORD otherwise).
  if (question.focus === "speaker" || question.focus === "number") return true;
  const answers = evidence.answers;
  if (answers.length === 0) return false;
  return answers.every(isDoctrineTerm) || answers.every((answer) => blanksFormulationOfRecord(question.stem, answer));
}

/**
 * Whether a document sets rules (the gate's `normative`): a regulation (articles, a rule list of prohibitions, a rule's
 * title with nothing saying otherwise), or a document of record the centre issued (中共中央 国务院关于…的意见): its
 * sentences are policy as stated, their numbers and terms of record. Not a speech, a leader's works, commentary or study
 * notes though they say 必须 and 要 (反对党八股, 党委会的工作方法), nor notes titled after a course (…纲要), nor a unit's
 * notice whatever its numbered 要. Before stop 37 the gate had a reading of its own that disagreed on six documents.
 */
export function setsRules({ kind, evidence }: DocumentKind): boolean {
  return kind === "regulation" || (kind === "doctrine" && evidence.includes(CENTRAL_DOCUMENT));
}

/** The evidence with which the kind reader calls a document the centre's document of record. */
const CENTRAL_DOCUMENT = "title:central-document";

/**
 * A personal-account title's kind word (述职, 对照检查材料): members' reports run together under one title mostly say 本人
 * or nothing, and their outlines are each writer's own doings (stop 28), whatever the kind reader made of them.
 */
const PERSONAL_TITLE_EVIDENCE = /^title:.*(?:述职|述廉|对照检查|检视剖析)/;

/**
 * Whether a document is a personal account (the gate's `personal`): a reflection (心得, 观后感, 表态发言, or 我 in a
 * good share of its lines), a 述职 or 对照检查材料, or any document that speaks in its writer's own voice (a speech's 我).
 */
export function speaksOfItself({ kind, evidence }: DocumentKind): boolean {
  return kind === "reflection" || evidence.includes(WRITER_VOICE) || evidence.some((item) => PERSONAL_TITLE_EVIDENCE.test(item));
}
