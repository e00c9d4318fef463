/** Plain data produced by the content pipeline. No class instances, safe to serialize. */
import type { DocumentKind } from "./document-kind";

export type CleaningRuleName =
  | "indentedParagraphs"
  | "whitespace"
  | "encodingDebris"
  | "inlineMarkup"
  | "siteBoilerplate"
  | "metadata"
  | "frontMatter"
  | "tableOfContents"
  | "teaserLines"
  | "references"
  | "footnoteMarkers"
  | "pageNumbers"
  | "runningHeaders"
  | "nonChineseParagraphs"
  | "signatureLines"
  | "fieldLists"
  | "brokenLines"
  | "headingLines"
  | "punctuation"
  | "quotes"
  | "spacing";

export type CleaningCounts = Record<CleaningRuleName, number>;

export interface Sentence {
  text: string;
  /** Offsets into the passage text: passage.text.slice(start, end) === text. */
  start: number;
  end: number;
}

export type PassageKind = "prose" | "keywords";

export interface Passage {
  id: string;
  kind: PassageKind;
  text: string;
  sentences: Sentence[];
}

export interface Section {
  id: string;
  title: string;
  /** Numbering as printed ("一、", "（二）", "2.1"), empty for unnumbered headings. */
  numbering: string;
  /** True for the section that holds a module's text before its first heading. */
  implicit: boolean;
  /**
   * True when the heading is no place a reader looks the text up under (a wrapped line's tail, a news lead, a document
   * number): questions cite around it. Absent otherwise, and in courses stored before it existed.
   */
  uncitable?: boolean;
  passages: Passage[];
  sections: Section[];
}

export type KnowledgePointKind = "term" | "quote" | "enumeration" | "definition" | "number" | "heading-list";

export interface PassageSpan {
  passage: string;
  start: number;
  end: number;
}

export interface KnowledgePoint {
  id: string;
  kind: KnowledgePointKind;
  /** What the point states (the term, the quotation, the defined word, the enumeration's label …). */
  text: string;
  /** What a question would ask for, when it differs from text (a definition's body, a number). */
  answer?: string;
  speaker?: string;
  items?: string[];
  /**
   * Exact source: passage text sliced at [start, end). Null for heading lists, whose source is headings;
   * a list a speech announces (extract-announced-lists) spans its counted name in the announcing passage.
   */
  span: PassageSpan | null;
  /** The section the point comes from (for heading lists: the section whose subsections are the items). */
  section: string;
}

export interface Module {
  id: string;
  title: string;
  /** True when the title names no place to cite (debris, or merged units' 总则等3章): questions cite the sections. Absent otherwise. */
  uncitable?: boolean;
  /** Path of the source document, relative to content/. */
  source: string;
  sections: Section[];
  knowledgePoints: KnowledgePoint[];
}

/** What a document says about itself (front matter, an adoption note), kept apart from its text. */
// A type alias, not an interface: reports are stored as Prisma JSON, which needs an index signature.
export type DocumentMetadata = {
  /** The title printed in the document (first heading or title line), when it has one. */
  title?: string;
  /** A dash-led subtitle under the title, without its dash ("巡视工作如何做深做细做实的思考", "在全市党建工作会议上的讲话"). */
  subtitle?: string;
  /** The body that adopted or issued it ("中国共产党第十八届中央委员会第六次全体会议"). */
  issuer?: string;
  /** As printed ("2016年10月27日", "2026-03-30"). */
  date?: string;
  /** 文号: "中发〔2013〕1号". */
  documentNumber?: string;
  author?: string;
  source?: string;
  /**
   * An annotated edition's explanatory notes (`〔1〕八股文是…`), which the cleaning takes out of the text (`references`,
   * notesSections): kept for the reader, never passages, knowledge points or questions. Bare citations are not kept.
   */
  notes?: DocumentNote[];
};

/** One explanatory note of an annotated edition. */
export type DocumentNote = {
  /** The mark as the source prints it: `〔1〕`, `[3]`, `①`. */
  mark: string;
  text: string;
  /**
   * The Chinese characters just before the note's call in the text (`五四运动⑴` → `五四运动`), found in exactly one of the
   * document's modules when it was built: the module whose reading view shows the note. Absent: shown under the last module.
   */
  anchor?: string;
};

export interface DocumentReport {
  path: string;
  /** The document's title, or the name it is shown by when it has none (`untitled`). */
  title: string;
  /** The document prints no title: `title` is for display only and questions cite no 《title》. */
  untitled?: boolean;
  /** Front matter found in the document; empty when it has none. Optional for reports stored before it existed. */
  metadata?: DocumentMetadata;
  /** What kind of document it is (regulation, news, notice …) and why (lib/content/document-kind.ts). Optional for reports stored before it existed. */
  kind?: DocumentKind;
  modules: number;
  sections: number;
  passages: number;
  knowledgePoints: number;
  /** Passages dropped because they repeat one already kept (in this document or an earlier one). */
  duplicatePassages: number;
  /** Modules dropped because they repeat an earlier module. */
  duplicateModules: number;
  cleaning: CleaningCounts;
}

export interface BuiltCourse {
  id: string;
  title: string;
  description: string;
  modules: Module[];
  reports: DocumentReport[];
}
