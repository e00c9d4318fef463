import type { QuestionCommon, QuestionKey, QuestionType } from "../types";

/** What the evaluation reads of a question: the question as generated and the text it cites. */
export type EvalQuestionFields = QuestionKey & Pick<QuestionCommon, "focus" | "stem" | "explanation" | "passageId" | "span">;

export interface EvalQuestion {
  question: EvalQuestionFields;
  /** Published questions reach learners at once; drafts wait in the review queue. */
  status: "published" | "draft";
  /** passage.text.slice(span.start, span.end): the cited sentence or clause window; null for heading lists. */
  sourceText: string | null;
  /** The whole cited passage; null for heading lists. */
  passageText: string | null;
  /** For a question on a heading's subsections, the heading and its subheadings as the course holds them (what a reader checks the key against); null otherwise. */
  outline?: string | null;
}

/** What the evaluation reads of a course: its title, and each module's title and prose passages. */
export interface EvalCourse {
  title: string;
  modules: Array<{ title: string; passageTexts: string[] }>;
}

export type Verdict = "usable" | "needs-edit" | "discard";
export const VERDICTS: readonly Verdict[] = ["usable", "needs-edit", "discard"];
export const CRITERIA_CODES = ["A", "B", "C", "D", "E"] as const;
export type CriterionCode = (typeof CRITERIA_CODES)[number];

/** One reader's judgement of one question, kept in tests/fixtures/quality/labels.jsonl. */
export interface Label {
  key: string;
  doc: string;
  type: QuestionType;
  stem: string;
  answer: string;
  verdict: Verdict;
  codes: CriterionCode[];
  note: string;
  /** Fingerprint of everything the reader saw (stem, options, answer, 解析) when labelling. */
  shown?: string;
}

/** A fact an instructor would ask about: covered when a published question's key holds one of its answers. */
export interface GoldFact {
  /** Alternative writings of the key answer; any one of them counts. */
  answers: string[];
  description: string;
}
