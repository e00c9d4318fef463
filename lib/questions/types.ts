/** Plain data produced by the question generators. No class instances, safe to serialize and store. */

export type QuestionType = "SINGLE_CHOICE" | "MULTIPLE_CHOICE" | "TRUE_FALSE" | "FILL_BLANK" | "SHORT_ANSWER";

/** What a question tests: a key term, a number, a speaker (出处), the members of a list, a definition, a heading's parts. */
export type QuestionFocus = "term" | "number" | "speaker" | "enumeration" | "definition" | "heading-list";

export interface QuestionOption {
  key: string;
  text: string;
}

/** Choice types: option keys; TRUE_FALSE: boolean; FILL_BLANK: one text per blank; SHORT_ANSWER: the model answer. */
export type QuestionAnswer = string[] | boolean | string;

export interface QuestionSpan {
  start: number;
  end: number;
}

export interface Question {
  id: string;
  type: QuestionType;
  focus: QuestionFocus;
  stem: string;
  options: QuestionOption[];
  answer: QuestionAnswer;
  /** FILL_BLANK: for each blank, the answers graded as correct. */
  acceptedAnswers?: string[][];
  /** SHORT_ANSWER: the points a good answer names. */
  keyPoints?: string[];
  explanation: string;
  difficulty: number;
  moduleId: string;
  sectionId: string;
  /** Null for questions on a heading's subsections, whose source is headings. */
  passageId: string | null;
  knowledgePointId?: string;
  /** Offsets into the passage text; the answer text occurs inside. */
  span: QuestionSpan | null;
  contentHash: string;
  generatorVersion: string;
  /** 0 … 1, from the confidence features (lib/questions/confidence.ts); set when the bank is assembled. Not stored. */
  confidence?: number;
  /** The model that rewrote the stem, distractors or 解析 (lib/questions/rewrite); absent for rule-written text. */
  rewrittenBy?: string;
}

/** A controlled change that makes a true/false statement false. */
export interface StatementChange {
  kind: "term-swap" | "speaker-swap" | "number-change" | "negation";
  from: string;
  to: string;
}

/** What the quality gate needs to judge a candidate beyond the question itself. */
export interface CandidateEvidence {
  /** The source sentence (or clause window) the question rests on; null for heading lists. */
  sentence: string | null;
  /** Texts that must be found in the cited passage span (blanks, correct options, the original of a changed word). */
  answers: string[];
  /** Where in `sentence` each blank was cut out, when the question blanks text. */
  blanks?: Array<{ start: number; end: number }>;
  distractors: string[];
  /** All members of the source enumeration (multiple choice, enumeration items). */
  enumerationItems?: string[];
  change?: StatementChange;
}

export interface Candidate {
  question: Question;
  evidence: CandidateEvidence;
}

export interface RejectedCandidate {
  candidate: Candidate;
  reasons: string[];
}

/** A question that passed the gate but is not confident enough to publish: it waits for an instructor (DRAFT). */
export interface ReviewedQuestion {
  question: Question;
  /** Doubt codes (confidence.ts DOUBTS) or OVER_MODULE_SHARE. */
  reasons: string[];
  confidence: number;
}

export interface QuestionBank {
  /** Confident questions: published with the course's status for new questions. */
  accepted: Question[];
  /** Doubtful questions: stored as DRAFT with the reason, for the review queue. */
  review: ReviewedQuestion[];
  /** Candidates the gate refused (defects), kept with their reasons for inspection. */
  rejected: RejectedCandidate[];
}
