/**
 * What a document of each kind can be trusted for. Readers judged the questions of regulations nine times in ten usable,
 * those of news reports, work reports, study notes, review sheets, a unit's working papers and speeches far less often
 * (issue #16, stops 37 and 38, the per-kind tables in docs/QUALITY.md): their sentences tell one event, one year's work,
 * one occasion or one unit's arrangements as often as a rule. From such a document only what holds whatever the document
 * is publishes, and only by the paths readers judged usable at least nine times in ten across several documents.
 */
import { WRITER_VOICE, type DocumentKind, type DocumentKindName } from "@/lib/content/document-kind";
import type { CourseIndex } from "./course-index";
import { blanksFormulationOfRecord } from "./formulations-of-record";
import type { Candidate } from "./types";
import { isDoctrineTerm } from "./working-papers";

/**
 * What lets a question of a restricted kind through: it asks who said a quotation (`speaker`), a date or number the gate
 * found to be of record (`number`), a blank in a formulation of record written as the record writes it (`formulation`),
 * or a term of the party vocabulary (`term`).
 */
export type TrustPath = "speaker" | "number" | "formulation" | "term";

/**
 * Each kind's trusted paths (`all`: the kind publishes whatever the gate passes). Measured on the tuning documents at
 * stop 38 (published, usable by path):
 * - regulation (87 %) and the centre's documents of record (94 %, read as rule-setting: setsRules) publish all.
 * - commentary (73 %) has no path at nine in ten (speaker 78 %, term 71 %, formulation 50 %); restricting it would empty
 *   the seeds' course, all of it commentary, so it publishes all (its defects lie elsewhere than in its paths).
 * - doctrine other than the centre's documents (speeches, a leader's works, party lessons: 66 %) only its quotations'
 *   speakers (3 of 3 usable, three documents); its terms (69 %) and formulations (63 %) go to review.
 * - news, reports, study notes, review sheets, case material, reflections and other texts only formulations of record:
 *   10 of 10 usable across nine documents, where their terms were 41 of 62 (66 %), their numbers 3 of 5 and speakers 1 of 1.
 * - a unit's notice nothing: 1 usable of 5, whatever the path.
 */
export const KIND_TRUST: Readonly<Record<DocumentKindName, "all" | readonly TrustPath[]>> = {
  regulation: "all",
  commentary: "all",
  doctrine: ["speaker"],
  report: ["formulation"],
  news: ["formulation"],
  "study-notes": ["formulation"],
  "review-sheet": ["formulation"],
  "case-material": ["formulation"],
  reflection: ["formulation"],
  other: ["formulation"],
  notice: [],
};

/** The paths a document publishes by (KIND_TRUST), the centre's documents of record setting rules as regulations do. */
export function trustedPathsOf(kind: DocumentKind): "all" | readonly TrustPath[] {
  return setsRules(kind) ? "all" : KIND_TRUST[kind.kind];
}

/** Kinds that publish only by some paths, or none (the centre's documents of record among doctrine excepted). */
export const UNTRUSTED_KINDS: ReadonlySet<DocumentKindName> = new Set(
  (Object.keys(KIND_TRUST) as DocumentKindName[]).filter((kind) => KIND_TRUST[kind] !== "all"),
);

/** The paths as an instructor reads them. */
const PATH_LABELS: Record<TrustPath, string> = { speaker: "领导人原话的出处", number: "有据可查的日期数字", formulation: "定型的提法", term: "党的术语" };

/** What an instructor is told, after a document's kind, of what its questions may publish ("" for a kind that publishes all). */
export function kindTrustNote(kind: DocumentKind): string {
  const trusted = trustedPathsOf(kind);
  if (trusted === "all") return "";
  if (trusted.length === 0) return "这类材料讲本单位的具体安排：生成的题目都会在待审核题目中标明存疑原因。";
  return `这类材料多讲一时一地一事：除考查${trusted.map((path) => PATH_LABELS[path]).join("、")}的题目外，生成的题目都会在待审核题目中标明存疑原因。`;
}

/** Whether a candidate tests what a document of its kind can be trusted for (UNTRUSTED_KIND otherwise). */
export function trustedForKind(candidate: Candidate, index: CourseIndex): boolean {
  const module = index.module(candidate.question.moduleId);
  if (!module) return true;
  const trusted = trustedPathsOf(index.documentKind(module));
  return trusted === "all" || trusted.some((path) => takesPath(candidate, path));
}

/** Whether a candidate could be trusted by one path from a document of a restricted kind. */
function takesPath({ question, evidence }: Candidate, path: TrustPath): boolean {
  const answers = evidence.answers;
  switch (path) {
    case "speaker":
      return question.focus === "speaker";
    case "number":
      return question.focus === "number";
    case "formulation":
      return answers.length > 0 && answers.every((answer) => blanksFormulationOfRecord(question.stem, answer));
    case "term":
      return answers.length > 0 && answers.every(isDoctrineTerm);
  }
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
