import { untitledArticleRegulation } from "./citation";
import type { CourseIndex } from "./course-index";
import { documentKindOf } from "./confidence/source-support";
import { titleName, titleNamesRuleText } from "./confidence/heading-questions";
import { questionHash, testedAnswers } from "./question-hash";
import { taggedSpans } from "./term-quality";
import type { Question } from "./types";

/**
 * A stem whose clause has no subject of its own (依规依纪开展______，…; 每月固定______开展，…; 长期保管期限为…)
 * leaned on what the course showed around it: the regulation it is an article of, or the heading it stands under.
 * Out of the course a learner cannot tell whose rule or what thing it speaks of (QUESTIONS.md criterion A), so the
 * stem says it first: 《纪检监察机关案件档案管理办法》规定：…, 关于主题党日活动，….
 */
export interface StemContext {
  /** The title of the document the stem comes from (without 《》 or with). */
  documentTitle: string;
  /** The title of the section the stem's passage is under ("" when none). */
  sectionTitle: string;
  /** Whether the stem's sentence is the first of its section, so the heading introduces it directly. */
  opensSection: boolean;
  /** Whether the document sets rules, as documentKind reads it from its text and title (undefined: by its title alone). */
  normative?: boolean;
  /** Whether the document is one person's account (a 述职报告, a 心得), as documentKind reads it. */
  personal?: boolean;
  /** Whether the question asks a number of the stem's rule (a number 单选: 每年不超过（　）, 要有（　）正式党员作介绍人). */
  asksNumber?: boolean;
  /**
   * Whether the question asks which of a set's sibling terms the stem's rule names (a term 单选: 自觉接受党内监督和（　）
   * among 群众监督, 舆论监督): other rules name other siblings for like bodies (named-text-evidence.ts).
   */
  asksChoice?: boolean;
}

/**
 * A name of five characters or fewer (八项规定, 监察法) is what people call a rule, not a document's title, and an essay
 * may bear it.
 */
const MIN_TITLE = 6;

/** Word tags a clause with no subject opens with: a verb, an adverb or modal, a conjunction (可以 is tagged c). */
const SUBJECTLESS_TAG = /^(?:v|d|ad|c)$/;
/** Frequency and time words that open a rule without saying whose (每月, 每年, 每季度). */
const FREQUENCY = /^每[月年周季天日次届]/;
/**
 * A modal or duty verb after at least two characters of a first clause: the words before it are the clause's
 * subject (派驻机构应当…, 巡视工作坚持…), though the tagger takes 派驻, 巡视 for verbs. 要 and 应 of 需要, 相应 … are none.
 */
const PREDICATE_AFTER_SUBJECT = /^[^，；：。]{2,}?(?:应当|应该|必须|可以|不得|不能|一般|须|(?<![相反适供响对])应|(?<![需主重只想必紧])要|负责|坚持|承担|履行|实行)/;
/** Headings that name no thing of their own: the regulation's frame, a generic outline word. */
const GENERIC_HEADING = /^(?:总则|附则|分则|概述|概况|前言|引言|导言|结语|结束语|小结|说明|附件|附录|正文|目录|学习内容|主要内容|基本内容|其他|其它)$/;

/** Whether a stem opens on a clause without a subject: its first word is a verb, adverb, modal or 每…, and no subject stands before a modal. */
export function opensWithoutSubject(stem: string): boolean {
  const text = stem.replace(/^[“‘「]/, "");
  if (/^(?:_{2,}|（　）)/.test(text)) return false;
  const first = taggedSpans(text.slice(0, 12))[0];
  if (!first) return false;
  if (FREQUENCY.test(first.word)) return true;
  const opensOnVerb = first.tag === "x" ? /^[\u4e00-\u9fff]{2}/.test(first.word) : SUBJECTLESS_TAG.test(first.tag);
  return opensOnVerb && !PREDICATE_AFTER_SUBJECT.test(text);
}

/**
 * The lead-in the document's title gives an article: 按照《中国共产党纪律检查委员会工作条例》，(根据… when the stem says
 * 按照 itself, or when the caller says which word), or null for a document that sets no rules (documentKind) or whose title is no document's name.
 */
function documentLead(documentTitle: string, stem: string, normative: boolean | undefined, word = stem.includes("按照") ? "根据" : "按照"): string | null {
  if (normative === false) return null;
  const title = documentTitle.replace(/^《|》$/g, "");
  if (!titleNamesRuleText(title) || titleName(title).length < MIN_TITLE) return null;
  return `${word}《${title}》，`;
}

/**
 * A work report's title (2026年江苏省政府工作报告, 中共某市委工作报告): its sentences of achievements and plans have no
 * subject (深入打好______攻坚战，在国家考核中获“六连优”), the report's author being theirs. Not a 述职报告, whose
 * sentences are one person's.
 */
const WORK_REPORT_TITLE = /工作报告$/;

/** A clause whose subject is the report's author (我们…, 一年来，我们…), not the party (我们党) or the country (我们国家). */
const REPORT_AUTHOR_SUBJECT = /^(?:[^，。；：“”]{1,12}，)?我们(?!党|国家|的)/;

/** The lead-in a work report's title gives its subjectless sentences: 据《2026年江苏省政府工作报告》，. */
function reportLead(documentTitle: string, personal: boolean | undefined): string | null {
  const title = documentTitle.replace(/^《|》$/g, "");
  if (personal || !WORK_REPORT_TITLE.test(title) || /述职/.test(title) || title.length < MIN_TITLE) return null;
  return `据《${title}》，`;
}

/**
 * A time limit asked for (应当在______内提出, （　）内不得担任): the same act has other limits in other rules (a clue's
 * disposal within a month by one rule, within 15 working days by another), so the stem names its rule even when its
 * clause has a subject (线索处置意见应当自收到线索之日起______内提出).
 */
const TIME_LIMIT_BLANK = /(?:_{2,}|（　）)内/;

/** Tags of the words of a heading that names a thing: nouns, verbal nouns, abbreviations, unknown words (党日) and 的. */
const THING_TAG = /^(?:n|nz|nt|ns|nr|vn|j|l|x|uj)$/;
/** Last words of a heading that name a part of a report rather than a thing (思想政治情况, 存在的问题). */
const REPORT_TAIL = /(?:情况|问题|方面|内容|措施|要求|做法|体会|成效|经验|不足|打算|思路|目标|任务)$/;

/**
 * A heading that names a thing (主题党日活动, 案件档案的保管): nouns only, not a sentence, slogan or task
 * (聚焦时代使命，勇担青年责任; 着力加强政府自身建设), a frame word (附则) or a part of a report (思想政治情况).
 */
function namesAThing(title: string): boolean {
  if (!/^[\u4e00-\u9fff“”、]{3,12}$/.test(title) || GENERIC_HEADING.test(title) || REPORT_TAIL.test(title)) return false;
  const words = taggedSpans(title);
  return words.length > 0 && words.every((word) => THING_TAG.test(word.tag)) && /^(?:n|nz|nt|vn|j|x)/.test(words[words.length - 1]!.tag);
}

/**
 * The stem with the context its subjectless clause needs said first: the regulation's title for a document that
 * sets rules, the report's for a work report (据《…工作报告》，), else the heading it stands under when that names a thing and the stem is the section's first
 * sentence (what follows a heading may have moved on to another topic); a regulation's time limit is led by its
 * title though its clause has a subject (TIME_LIMIT_BLANK). A text whose own words set rules (normative) names itself
 * before every stem. Otherwise left as it is when it has a subject, names a document already (《…》), opens with a
 * list's name (在…中，) or nothing fitting is known.
 */
export function withContextLead(stem: string, context: StemContext): string {
  if (stem.includes("《")) return stem;
  const led = leadBySubject(stem, context);
  if (led !== stem || context.normative !== true) return led;
  // Every sentence of a text its own words show to set rules (documentKind) is one of that text's rules: other rules set
  // other numbers, bodies and procedures for like acts, so whatever the stem opens with — its subject, the blank, its
  // list's name — it says whose rule it is (readers of stop 40: "does not say this is the 党章's rule", "names no
  // regulation"). 根据, not 按照: such a stem may state what the text says as well as what it orders (十一届三中全会以来，…).
  const ruleLead = documentLead(context.documentTitle, stem, true, "根据");
  return ruleLead ? `${ruleLead}${stem}` : stem;
}

/** withContextLead's lead for a stem that lacks its subject, a report's 我们, or a rule's number or term asked (stem unchanged when none). */
function leadBySubject(stem: string, context: StemContext): string {
  if (/^在[^，]*中，/.test(stem)) return stem;
  // A work report's 我们 (一年来，我们全面正确履行政府职能…) is its author, whom the stem never names: the report says who.
  const authorLead = REPORT_AUTHOR_SUBJECT.test(stem) ? reportLead(context.documentTitle, context.personal) : null;
  if (authorLead) return `${authorLead}${stem}`;
  if (!opensWithoutSubject(stem)) {
    // A time limit is a number of one rule's record, whoever the clause names: rules set other limits for like acts.
    // So is any number a 单选 asks of a rule (15个工作日内, 不超过300人, 两名正式党员): rules set other numbers for like acts
    // (readers: "the stem names no regulation").
    // So is the term a 单选 asks among its siblings (党内监督和（　）: 群众监督 here, 舆论监督 in another rule).
    const lead = TIME_LIMIT_BLANK.test(stem) || context.asksNumber || context.asksChoice ? documentLead(context.documentTitle, stem, context.normative) : null;
    return lead ? `${lead}${stem}` : stem;
  }
  const lead = documentLead(context.documentTitle, stem, context.normative) ?? reportLead(context.documentTitle, context.personal);
  if (lead) return `${lead}${stem}`;
  const heading = context.sectionTitle.trim();
  if (context.opensSection && namesAThing(heading) && !stem.includes(heading)) return `关于${heading}，${stem}`;
  return stem;
}

/** Question types whose stem is a sentence of the source (not a heading list, a speaker's quotation or a list of options). */
const LEADABLE = new Set(["FILL_BLANK", "SINGLE_CHOICE", "TRUE_FALSE"]);

/**
 * A question of the bank with its stem led in (withContextLead) and its identity made anew. Done on the bank as
 * chosen, so the lead changes no question's chances of being chosen (candidates compete in content-hash order).
 */
export function questionWithContext<Q extends Question>(question: Q, index: CourseIndex): Q {
  const stem = stemWithContext(question, index);
  if (stem === question.stem) return question;
  const { contentHash, id } = questionHash(question.type, stem, testedAnswers(question));
  return { ...question, stem, contentHash, id };
}

/** The stem questionWithContext gives a question (its own stem where no lead applies), without making its identity anew. */
export function stemWithContext(question: Question, index: CourseIndex): string {
  if (!LEADABLE.has(question.type) || question.focus === "speaker" || question.focus === "heading-list") return question.stem;
  const module = index.module(question.moduleId);
  if (!module) return question.stem;
  const section = index.section(question.sectionId)?.section;
  const opensSection = section !== undefined && question.span?.start === 0 && section.passages[0]?.id === question.passageId;
  const kind = documentKindOf(module.id, index);
  // An untitled upload that reprints a regulation: the stem's article is that regulation's, which names it.
  const located = question.passageId ? index.passage(question.passageId) : undefined;
  const regulation = located ? untitledArticleRegulation(index, located, question.span?.start ?? 0) : null;
  const { normative, personal } = regulation ? { normative: true, personal: false } : kind;
  const asksNumber = (question.type === "SINGLE_CHOICE" || question.type === "TRUE_FALSE") && question.focus === "number";
  const asksChoice = question.type === "SINGLE_CHOICE" && question.focus === "term";
  const documentTitle = regulation ?? index.documentTitle(module);
  return withContextLead(question.stem, { documentTitle, sectionTitle: section?.title ?? "", opensSection, normative, personal, asksNumber, asksChoice });
}
