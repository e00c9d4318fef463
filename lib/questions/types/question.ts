/** Plain data produced by the question generators. No class instances, safe to serialize and store. */

export type QuestionType = "SINGLE_CHOICE" | "MULTIPLE_CHOICE" | "TRUE_FALSE" | "FILL_BLANK" | "SHORT_ANSWER";

/** What a question tests: a key term, a number, a speaker (出处), the members of a list, a definition, a heading's parts. */
export type QuestionFocus = "term" | "number" | "speaker" | "enumeration" | "definition" | "heading-list";

/** A type alias, not an interface: it is stored as JSON, and JSON types need its implicit index signature. */
export type QuestionOption = {
  key: string;
  text: string;
};

export interface QuestionSpan {
  start: number;
  end: number;
}

/**
 * What each type stores as its key (docs/QUESTIONS.md): choice types the correct option keys,
 * 判断 the verdict, 填空 one text per blank (and per blank the answers graded as correct), 简答
 * the model answer (and the points a good answer names). Options are empty but for choice types.
 */
/**
 * 填空's accepted answers and 简答's key points mean nothing to the other types: the codec
 * (parseStoredKey) never gives them one. They are typed on every member so that any question's
 * may be read (undefined but for those two types).
 */
interface NoBlanksNoPoints {
  acceptedAnswers?: string[][];
  keyPoints?: string[];
}

export interface SingleChoiceKey extends NoBlanksNoPoints {
  type: "SINGLE_CHOICE";
  options: QuestionOption[];
  answer: string[];
}

export interface MultipleChoiceKey extends NoBlanksNoPoints {
  type: "MULTIPLE_CHOICE";
  options: QuestionOption[];
  answer: string[];
}

export interface TrueFalseKey extends NoBlanksNoPoints {
  type: "TRUE_FALSE";
  options: QuestionOption[];
  answer: boolean;
}

export interface FillBlankKey {
  keyPoints?: string[];
  type: "FILL_BLANK";
  options: QuestionOption[];
  answer: string[];
  /** For each blank, the answers graded as correct. */
  acceptedAnswers?: string[][];
}

export interface ShortAnswerKey {
  acceptedAnswers?: string[][];
  type: "SHORT_ANSWER";
  options: QuestionOption[];
  answer: string;
  /** The points a good answer names. */
  keyPoints?: string[];
}

/** A question's type and its key, discriminated by `type`. */
export type QuestionKey = SingleChoiceKey | MultipleChoiceKey | TrueFalseKey | FillBlankKey | ShortAnswerKey;
export type KeyOf<T extends QuestionType> = Extract<QuestionKey, { type: T }>;
export type QuestionAnswer = QuestionKey["answer"];

/** What every question has besides its type and key. */
export interface QuestionCommon {
  id: string;
  focus: QuestionFocus;
  stem: string;
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
  /** 0 … 1, from the confidence features (lib/questions/confidence/); set when the bank is assembled. Not stored. */
  confidence?: number;
  /** The model that rewrote the stem, distractors or 解析 (lib/questions/rewrite); absent for rule-written text. */
  rewrittenBy?: string;
}

export type Question = QuestionCommon & QuestionKey;
export type QuestionOf<T extends QuestionType> = QuestionCommon & KeyOf<T>;

/** Omit over each member of a union (Omit of a union keeps only the keys all members share). */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

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
  /**
   * A true 判断's contrast: the change the false generator would have made (a sibling of the key's set, another number
   * of the course, another speaker of the course), which the 解析 names as what the statement does not say.
   */
  contrast?: StatementChange;
  /** A 填空's 解析 teaches something beyond its answer, 出处 and source sentence (explanation/fill-blank.ts fillBlankExplanation); a 简答's, something beyond its 出处 and marking guide (explainShortAnswer). */
  explanationTeaches?: boolean;
  /** A 填空's 解析 names a set the key is of and nothing more: its members are all in the stem or only its name counted off (explanation/fill-blank.ts fillKeyTaught). */
  setNameOnly?: boolean;
  /** A 单选's wrong options its 解析 says only to be of the key's own set and not the wording here (explanation/choice.ts wrongOptions). */
  untaughtOptions?: string[];
  /**
   * A 单选 on a term whose 解析, whatever it says of each wrong option, concludes only that they are "都不是原文此处的说法":
   * no list of the sentence ties them back and no set of the key's rules them out (explanation/choice.ts singleChoiceExplanation).
   */
  notHereOnly?: boolean;
  /** A 单选 on a number: the wrong numbers its 解析 says only to differ from the source's (与原文数字不符), not what they are. */
  untaughtNumbers?: string[];
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
  /** Doubt codes (confidence/doubts.ts DOUBTS) or OVER_MODULE_SHARE. */
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
