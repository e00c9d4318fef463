import type { Module } from "@/lib/content/types";
import { buildCandidate } from "./build-candidate";
import { sentenceAt, type CourseIndex } from "./course-index";
import { enumerationLabel } from "./enumeration-label";
import { explainShortAnswer } from "./explanation";
import { sheetQuestionCandidates } from "./sheet-question";
import { taggedSpans } from "./term-quality";
import type { Candidate } from "./types";

/** Headings whose subsections list causes, problems, measures … read as "…有哪些？". */
/** An article number or list marker opening a heading (第七条…), and a heading that already announces its list (…包括, …如下：). */
const HEADING_MARKER = /^(?:第[一二三四五六七八九十百零〇]+[条章节款]\s*|[（(][一二三四五六七八九十\d]+[)）]\s*|[一二三四五六七八九十]+、)/;
const ANNOUNCES_LIST = /(包括|主要有|有|是|分为|如下)[：:]?$/;
/** A heading that states something rather than names it. */
const PROPOSITION = /是|要|必须|应当|[，,]/;

/** Heads a leading verb acts on (解决…问题, 分析…原因): the heading names what to do about its list. */
const OBJECT_HEAD = /(原因|问题|表现|因素|特点|经验)$/;

/**
 * A heading that says what to do about its list (解决作风建设上的突出问题) asks for the list itself
 * (作风建设上的突出问题有哪些？), not for 解决…有哪些. Measures, ways and requirements are for doing
 * what the verb says (改善党群关系的措施): without the verb they would be measures of something else.
 */
function withoutLeadingVerb(label: string): string {
  if (!OBJECT_HEAD.test(label)) return label;
  const [first] = taggedSpans(label);
  const rest = first && /^v/.test(first.tag) ? label.slice(first.word.length) : label;
  return rest.length >= 4 ? rest : label;
}

/** The question a heading over a list asks: 对党组织的问责方式包括哪些？ for “第七条对党组织的问责方式包括”. */
function headingListStem(title: string, prefix: string): string {
  const label = title.replace(HEADING_MARKER, "").replace(/[：:，。]$/, "");
  if (ANNOUNCES_LIST.test(label)) return `${prefix}${label.replace(/(主要有|有|是|分为|如下)$/, "包括")}哪些？`;
  if (PLURAL_HEAD.test(label)) return `${prefix}${withoutLeadingVerb(label)}有哪些？`;
  // A heading that is a statement (…是党的作风建设的价值所归) includes nothing; its section argues points.
  // Quotation marks inside a quoted heading become single ones (“‘十四五’时期和2025年工作回顾”), not doubled.
  const quoted = label.replace(/“/g, "‘").replace(/”/g, "’");
  return PROPOSITION.test(label) ? `${prefix}“${quoted}”一节论述了哪几个方面？` : `${prefix}“${quoted}”包括哪几个方面？`;
}

/** The first clause of a "definition" that names a role (…的重要保障, 根本保证, 重要举措). */
const ROLE = /(保障|保证|举措|手段|内容|途径|前提|条件|载体|武器|法宝)$/;
/** The first clause of a "definition" that names what its subject is part of (…的一个重要内容, …的重要组成部分). */
const PART_OF = /(?:内容|组成部分)$/;
/** 就是 / 也就是 opening a later clause of a definition: a restatement word, dropped from the answer. */
const RESTATES = /([，；])(?:也就是|就是)/g;
/** A clause that continues the one before it in a definition (作为…, 从而…, 使…). */
const CONTINUES = /^(?:作为|并且?|从而|进而|以便|以使|使)/;

/**
 * A rank is no definition: 党的根本组织原则, 党最根本、最重要的纪律, 一支军队的核心竞争力 say where X
 * stands, and a learner asked 什么是X would give its definition (readers marked every such 什么是 down).
 * The rank word qualifies the clause's last noun, not a word inside it (以人为本是…根本利益出发 defines).
 */
const RANK = /最根本|最重要|根本|核心|基本|首要|主要|重要/;
function isRank(clause: string): boolean {
  const last = taggedSpans(clause).at(-1);
  return last !== undefined && /^n/.test(last.tag) && RANK.test(clause);
}

/**
 * The definition's clauses about its subject: a later clause with a subject of its own (人民立场是党的
 * 根本政治立场，人民群众是党的力量源泉) says something else, and would take half the marks.
 */
function aboutSubject(answer: string, subject: string): string {
  const clauses = answer.split(/(?<=[，；])/);
  // (是否 is no 是 of a new subject: 都要审查其是否符合党员条件 goes on with the definition; stop 28.)
  const other = clauses.findIndex((clause, at) => at > 0 && /^[^是，；]{2,}是(?!否)/.test(clause) && !/^(?:也|又|还|即|它|其|并|同时)/.test(clause) && !clause.split("是")[0]!.includes(subject));
  return other < 0 ? answer : clauses.slice(0, other).join("").replace(/[，；]$/, "");
}

const PLURAL_HEAD = /(原因|问题|措施|对策|途径|要求|思路|特点|因素|建议|意义|方法|内容|表现|原则|作用|经验|举措|路径|对策建议|突出问题|实现途径|影响因素)$/;
const MIN_DEFINITION = 10;
const MIN_LONG_ITEM = 8;

function numbered(items: string[]): string {
  return items.map((item, at) => `（${at + 1}）${item}`).join("；") + "。";
}

const MAX_KEY_POINT = 20;

/** A 要点 as a short phrase: a long item cut to its first clause (建立健全…机制，… → 建立健全…机制) when that clause says enough. */
export function keyPointPhrase(item: string): string {
  const text = item.replace(/[。；，：]$/, "");
  if (text.length <= MAX_KEY_POINT) return text;
  const clause = text.split(/[，；：]/)[0]!;
  return clause.length >= 4 ? clause : text;
}

type Explained = ReturnType<typeof explainShortAnswer>;

/** Whether the 解析 teaches, as evidence for the confidence score (absent for the kinds it does not judge). */
function teachesOf(explained: Explained): { explanationTeaches?: boolean } {
  return explained.teaches === undefined ? {} : { explanationTeaches: explained.teaches };
}

/** A 简答 on a list whose items stand in no one span (a heading's subsections, a speech's announced list): it cites no span. */
function listCandidate(module: Module, index: CourseIndex, pointId: string, sectionId: string, stem: string, keyPoints: string[], items: string[], explained: Explained): Candidate {
  return buildCandidate(
    { type: "SHORT_ANSWER", focus: "heading-list", stem, options: [], answer: numbered(keyPoints), keyPoints, explanation: explained.text, moduleId: module.id, sectionId, passageId: null, knowledgePointId: pointId, span: null },
    { sentence: null, answers: items, distractors: [], ...teachesOf(explained) },
    index,
  );
}

/**
 * 简答题 (flashcards, graded by the learner): "X有哪些？" from a heading whose numbered
 * subsections are the answer, from a named list of long items (一是…二是…), and "什么是X？" from
 * a definition. A title that several modules share is asked about with its module named.
 */
export function generateShortAnswer(module: Module, index: CourseIndex, sharedTitles: Set<string>): Candidate[] {
  const candidates: Candidate[] = [];
  // A heading alone does not say where it stands: the question names its document (or, for a title
  // several modules share, its module), unless the heading is that title.
  const documentTitle = index.documentTitle(module).replace(/^《|》$/g, "");
  const inModule = (title: string) => {
    // An untitled document names no 《title》: the heading is asked about as it is.
    const where = sharedTitles.has(title) ? module.title : documentTitle;
    return where === "" || title.replace(HEADING_MARKER, "") === where ? "" : `《${where}》中，`;
  };
  for (const point of module.knowledgePoints) {
    if (point.kind === "heading-list" && point.items && point.span) {
      // A counted list a speech announces (以下“四种意识”：) and sets out one paragraph per item: asked
      // by its name, cited at the announcing sentence, its 要点 the items as the paragraphs open them.
      const located = index.passage(point.span.passage);
      const sentence = located && sentenceAt(located.passage, point.span.start, point.span.end);
      if (!located || !sentence) continue;
      const keyPoints = point.items.map(keyPointPhrase);
      // Like a heading list's, the items are not in one span: the question cites no span, its 解析 the announcing sentence.
      candidates.push(
        listCandidate(module, index, point.id, located.section.id, `${inModule(point.text)}提出的“${point.text}”是什么？`, keyPoints, point.items,
          explainShortAnswer(index, { module, sectionId: located.section.id, key: { located, offset: point.span.end }, kind: "announced-list", keyPoints, subject: point.text })),
      );
      continue;
    }
    if (point.kind === "heading-list" && point.items) {
      const located = index.section(point.section);
      if (!located) continue;
      const title = point.text;
      const stem = headingListStem(title, inModule(title));
      // Subsection titles are the author's own 要点: kept whole (a cut could drop the fact a title states).
      candidates.push(
        listCandidate(module, index, point.id, located.section.id, stem, point.items, point.items,
          explainShortAnswer(index, { module, sectionId: located.section.id, kind: "heading-list", keyPoints: point.items, subject: title })),
      );
      continue;
    }
    if (!point.span || (point.kind !== "definition" && point.kind !== "enumeration")) continue;
    const located = index.passage(point.span.passage);
    const sentence = located && sentenceAt(located.passage, point.span.start, point.span.end);
    if (!located || !sentence) continue;
    if (point.kind === "definition" && point.answer && point.answer.length >= MIN_DEFINITION) {
      // A restatement word opening a later clause (…，走自己的路，就是坚定不移地…) is the source's rhetoric, not part of a point.
      // The evidence keeps the source's words, which the gate finds in the sentence.
      const said = aboutSubject(point.answer, point.text);
      const answer = said.replace(RESTATES, "$1");
      const keyPoints = answer
        .split(/[，；]/)
        .map((part) => part.replace(/^(?:是|即|也是|就是|也就是)/, ""))
        .filter((part) => part.length >= 2)
        // A clause that goes on with the one before (把…利益，作为…出发点) is one 要点 with it.
        .reduce<string[]>((points, part) => (CONTINUES.test(part) && points.length > 0 ? [...points.slice(0, -1), `${points.at(-1)!}${part}`] : [...points, part]), [])
        .map(keyPointPhrase);
      // "X是…的重要保障/根本保证" says what X is for, not what it is: asked as its place and role; a rank alone
      // (人民立场是党的根本政治立场) says where X stands and nothing of its role: asked as its place.
      const first = answer.split(/[，；]/)[0]!;
      // …and so does a part (爱国主义教育是精神文明建设的一个重要内容): it says what X belongs to, nothing of its role.
      const standing = keyPoints.length === 1 && ((!ROLE.test(first) && isRank(first)) || PART_OF.test(first));
      const role = ROLE.test(first) || isRank(first);
      const kind = standing ? "standing" : role ? "role" : "definition";
      const stems = { standing: `简述${point.text}的地位。`, role: `简述${point.text}的地位和作用。`, definition: `什么是${point.text}？` };
      const explained = explainShortAnswer(index, { module, sectionId: located.section.id, key: { located, offset: point.span.end }, kind, keyPoints, subject: point.text });
      candidates.push(
        buildCandidate(
          {
            type: "SHORT_ANSWER",
            focus: "definition",
            stem: `${inModule(point.text)}${stems[kind]}`,
            options: [],
            // The definition reads best whole; its 要点 are listed beside it (keyPoints, shown as 要点 to learners and markers).
            answer: `${point.text}是${answer}。`,
            keyPoints,
            explanation: explained.text,
            moduleId: module.id,
            sectionId: located.section.id,
            passageId: located.passage.id,
            knowledgePointId: point.id,
            span: { start: sentence.start, end: sentence.end },
          },
          { sentence: sentence.text, answers: [said], distractors: [], ...teachesOf(explained) },
          index,
        ),
      );
    }
    const label = point.kind === "enumeration" ? enumerationLabel(point) : null;
    if (label && point.items && point.items.some((item) => item.length >= MIN_LONG_ITEM)) {
      const end = point.span.end;
      candidates.push(
        buildCandidate(
          {
            type: "SHORT_ANSWER",
            focus: "enumeration",
            stem: `${inModule(label)}${label}${PLURAL_HEAD.test(label) ? "有哪些" : "包括哪些方面"}？`,
            options: [],
            answer: numbered(point.items.map(keyPointPhrase)),
            keyPoints: point.items.map(keyPointPhrase),
            explanation: explainShortAnswer(index, { module, sectionId: located.section.id, key: { located, offset: end }, kind: "enumeration", keyPoints: point.items, subject: label }).text,
            moduleId: module.id,
            sectionId: located.section.id,
            passageId: located.passage.id,
            knowledgePointId: point.id,
            span: { start: point.span.start, end },
          },
          { sentence: located.passage.text.slice(point.span.start, end), answers: point.items, distractors: [], enumerationItems: point.items },
          index,
        ),
      );
    }
  }
  // A review sheet's own question over its answer's short points: 简答 as the sheet asks it.
  candidates.push(...sheetQuestionCandidates(module, index, inModule));
  return candidates;
}
