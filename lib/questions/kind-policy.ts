/**
 * What a document of a weak kind can be trusted for. Readers judged the questions of regulations and doctrine of record
 * usable nine times in ten, those of news reports, work reports, review sheets and a unit's working papers far less
 * often (issue #16, stop 37, the per-kind table in docs/QUALITY.md): their sentences tell one event, one year's work or
 * one unit's arrangements as often as a rule. From such a document only what holds whatever the document is publishes:
 * a term of the party vocabulary, a formulation of record, a quotation with its speaker, a date or number of record.
 */
import type { DocumentKindName } from "@/lib/content/document-kind";
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
  const module = index.modules.find((candidate) => candidate.id === question.moduleId);
  if (!module || !UNTRUSTED_KINDS.has(index.documentKind(module).kind)) return true;
  // The speaker of a quotation, and a number the gate already found to be of record (NUMBER_OF_NO_RECORD otherwise).
  if (question.focus === "speaker" || question.focus === "number") return true;
  const answers = evidence.answers;
  if (answers.length === 0) return false;
  return answers.every(isDoctrineTerm) || answers.every((answer) => blanksFormulationOfRecord(question.stem, answer));
}
