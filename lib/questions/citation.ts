import type { Module, Passage, Section } from "@/lib/content/types";
import { ARTICLE_NUMBER, articleLead, withoutArticleLead } from "./article-lead";
import type { CourseIndex, LocatedPassage } from "./course-index";
import { releasedTitle } from "./released-title";

/**
 * Where a new article may begin inside a passage: its start, or after a sentence end or line break. Not an ordinal a
 * speaker counts points with (第四条：“写完后至少看两遍…”, 第八条罪状是：…): a point read out, or the speaker's own, is
 * no article of the document, and the comment after it is not its text (issue #16).
 */
const ARTICLE_IN_TEXT = new RegExp(`(?:^|[。！？\\n])\\s*(${ARTICLE_NUMBER})(?![：:]|\\p{Script=Han}{1,2}是[：:])`, "gu");

/** A module in reading order: each section's heading, then its passages, then its subsections. */
type ReadingStep = { heading: Section } | { passage: Passage };

interface ReadingOrder {
  /** Where each passage and each heading (by section id) first comes in reading order. */
  passageAt: Map<Passage, number>;
  headingAt: Map<string, number>;
  /** The last article before each step (null when none), one more entry than steps: the article in effect after the last. */
  articleBefore: (string | null)[];
  /** The last heading before each step that is a regulation's title (null when none), indexed as articleBefore. */
  regulationBefore: (string | null)[];
}

/**
 * Weakly keyed by the module object: lives as long as the course that holds it (course-memo.ts). Built once per
 * module, so that a candidate's article is a lookup, not a walk back over the module (issue #15).
 */
const readingOrders = new WeakMap<Module, ReadingOrder>();

function readingOrder(module: Module): ReadingOrder {
  let order = readingOrders.get(module);
  if (!order) {
    const steps: ReadingStep[] = [];
    const walk = (sections: Section[]) => {
      for (const section of sections) {
        steps.push({ heading: section });
        for (const passage of section.passages) steps.push({ passage });
        walk(section.sections);
      }
    };
    walk(module.sections);
    order = { passageAt: new Map(), headingAt: new Map(), articleBefore: [null], regulationBefore: [null] };
    for (const [at, step] of steps.entries()) {
      if ("passage" in step) {
        if (!order.passageAt.has(step.passage)) order.passageAt.set(step.passage, at);
      } else if (!order.headingAt.has(step.heading.id)) order.headingAt.set(step.heading.id, at);
      const found = "passage" in step ? articlesIn(step.passage).at(-1)?.article : headingArticle(step.heading);
      order.articleBefore.push(found ?? order.articleBefore[at]!);
      order.regulationBefore.push(("heading" in step ? regulationTitle(step.heading.title) : null) ?? order.regulationBefore[at]!);
    }
    readingOrders.set(module, order);
  }
  return order;
}

/**
 * A heading that is a regulation's title (中国共产党…工作条例, …实施细则（试行）, 中共中央印发《…条例》): the name its
 * articles are cited by in a document whose own title is none (an uploaded study material that reprints a regulation).
 */
const REGULATION_TITLE = /^[\p{Script=Han}“”‘’、（）()]{4,40}?(?:条例|准则|规定|细则|办法|章程|规则)(?:[（(]试行[)）])?$/u;

export function regulationTitle(heading: string): string | null {
  const title = releasedTitle(heading.trim()).replace(/^《(.*)》$/u, "$1");
  return REGULATION_TITLE.test(title) ? title : null;
}

function headingArticle(section: Section): string | null {
  return (articleLead(section.numbering) ?? articleLead(section.title))?.article ?? null;
}

/**
 * The article a passage offset belongs to: the last 第…条 before it in reading order — opening a
 * sentence of this passage before the offset, of an earlier passage (an article may run over
 * several paragraphs, and its items may sit under headings of their own), or starting a heading.
 * Null when none comes before (not a regulation).
 */
export function articleAt(located: LocatedPassage, offset: number): string | null {
  const inPassage = articlesIn(located.passage).findLast((found) => found.end <= offset)?.article;
  if (inPassage) return inPassage;
  const order = readingOrder(located.module);
  return order.articleBefore[order.passageAt.get(located.passage) ?? 0]!;
}

/** The article of a heading (a heading list's source): its own 第…条, else the last one before it in reading order. */
function headingArticleInOrder(module: Module, sectionId: string): string | null {
  const order = readingOrder(module);
  const at = order.headingAt.get(sectionId);
  return at === undefined ? null : order.articleBefore[at + 1]!;
}

/** The regulation whose title heads a passage or a heading in reading order (see regulationTitle), or null. */
function regulationInOrder(module: Module, where: { sectionId: string; located?: LocatedPassage }): string | null {
  const order = readingOrder(module);
  const at = where.located ? order.passageAt.get(where.located.passage) : order.headingAt.get(where.sectionId);
  return at === undefined ? null : order.regulationBefore[at + 1]!;
}

/** Weakly keyed by the passage object, as readingOrders. */
const passageArticles = new WeakMap<Passage, { end: number; article: string }[]>();

/**
 * The articles that open in a passage, in order, with where each one's number ends: the last of them ending at or
 * before an offset is the last one the text before the offset opens (a match cannot start inside another, nor end
 * sooner when the text is cut).
 */
function articlesIn(passage: Passage): { end: number; article: string }[] {
  let found = passageArticles.get(passage);
  if (!found) {
    found = [...passage.text.matchAll(ARTICLE_IN_TEXT)].map((match) => ({ end: match.index! + match[0].length, article: match[1]! }));
    passageArticles.set(passage, found);
  }
  return found;
}

/** A section's numbering and title as printed (2.4 with a space before the title, 一、 without), inner quotation marks as ‘’. */
function sectionName(section: Section): string {
  const title = withoutArticleLead(section.title).replace(/[：:]$/, "");
  const numbering = section.numbering && !section.title.startsWith(section.numbering) ? section.numbering : "";
  const named = /[\d.]$/.test(numbering) ? `${numbering} ${title}` : `${numbering}${title}`;
  return innerQuotes(named);
}

/** Quotation marks inside a quoted title become ‘’, so the citation's own “” pair up. */
function innerQuotes(text: string): string {
  return text.replace(/“/g, "‘").replace(/”/g, "’");
}

/**
 * Where a question's text comes from, as a reader looks it up: 《document》, the module when the
 * document is split into several (a chapter), the innermost section (with its numbering), and
 * 第…条 for an article of a regulation — the article replaces the section, whose title in a
 * regulation is usually the article's own words.
 */
export function citation(index: CourseIndex, where: { module: Module; sectionId: string; located?: LocatedPassage; offset?: number }): string {
  const { module } = where;
  const document = index.documentTitle(module);
  // An untitled document (an upload whose first line is a sentence or a generic heading) is cited by its module and
  // section alone: its display name (a clause of its text, the file name) is no title.
  const name = document || index.documentName(module);
  const topic = document ? null : untitledTopic(name);
  let text = document ? `《${document}》` : topic ? `「${topic}」` : "";
  // lib/content marks a title no one cites (assign-ids.ts): debris, or merged units' 总则等3章, whose units keep their
  // own headings, cited below.
  if (module.title !== name && releasedTitle(module.title) !== name && !module.uncitable) text += `“${innerQuotes(module.title)}”`;
  const held = where.located ? null : index.section(where.sectionId)?.section;
  const range = held ? articleRange(held) : null;
  // A heading over articles (党员领导干部廉洁自律规范: 第五条至第八条) is cited with the articles it holds.
  if (held && range) return `${text}“${sectionName(held)}”（${range}）`;
  const article = where.located ? articleAt(where.located, where.offset ?? 0) : headingArticleInOrder(module, where.sectionId);
  // An article is never cited alone (QUESTIONS.md E: 第二十四条 of what?): an untitled document's article is named with
  // the regulation whose title heads it in the text, when one does.
  const regulation = article && !document ? regulationInOrder(module, where) : null;
  if (article) return regulation ? `《${regulation}》${article}` : `${text}${article}`;
  const path = [...index.sectionPath(where.sectionId)].reverse().filter((candidate) => !candidate.implicit && candidate.title !== module.title && candidate.title !== name);
  // An untitled note's numbered line (1. 数字游戏) gives way to the heading above it when one names a place (QUESTIONS.md E).
  const section = (document ? undefined : path.find((candidate) => !noteLine(candidate))) ?? path[0];
  // An uncitable heading (a wrapped line's tail, a news lead, a document number) leaves the document alone: never debris,
  // nor the heading above a fragment, which is as often an issuer's line (QUESTIONS.md E, issue 16). So does a heading
  // that names no place: a marker line (●赵某某) or an exam sheet's question number.
  const cited = section && !section.uncitable && !placeless(section) ? `${text}“${sectionName(section)}”` : text;
  return cited || UNTITLED_SOURCE;
}

/**
 * Headings that name no place: a line opened by a list marker or bullet (●赵某某, a byline or a speaker's line set off
 * as a heading), and an exam sheet's question number (第12题, 12题), whose numbering the reader's paper need not share.
 */
const MARKER_HEADING = /^[●○◆◇■□▪▫•·★☆▲△►▶◎※]/u;
const QUESTION_NUMBER_HEADING = /^(?:第\s*\d{1,3}\s*题|\d{1,3}\s*题)/u;
/**
 * An arabic-numbered line of notes with a short label (1. 数字游戏, 3、历史使命, 1. 介绍): a jotted point, not a place a
 * learner finds. A longer title (4. 为什么信仰马克思主义, 2. 本案的追诉时效为几年) is a heading of its own.
 */
const NOTE_LINE = /^\d{1,2}\s*[.．、]\s*(\S.*)$/u;
const NOTE_LABEL_MAX = 8;

/** Whether a heading is a numbered note line (see above), its numbering in the title or apart. */
export function noteLine(section: Pick<Section, "title" | "numbering">): boolean {
  const numbered = NOTE_LINE.exec(section.title.trim()) ?? (/^\d{1,2}\s*[.．、]?$/u.test(section.numbering.trim()) ? [section.title, section.title.trim()] : null);
  return numbered !== null && [...numbered[1]!.trim()].length <= NOTE_LABEL_MAX;
}

/** Whether a heading names no place a learner can find: a marker line or a question number (see above). */
export function placeless(section: Pick<Section, "title">): boolean {
  const title = section.title.trim();
  return MARKER_HEADING.test(title) || QUESTION_NUMBER_HEADING.test(title);
}

/**
 * An untitled document's topic: its display name when that is a numbered chapter heading of notes (（十四）坚持和加强党的
 * 领导, 第三章 …), without the numbering. Cited in 「」, never in 《》 (it is no document's title); null for a display name
 * that is a clause of the text or a note line.
 */
const CHAPTER_HEADING = /^(?:[（(][一二三四五六七八九十百]{1,4}[)）]|第[一二三四五六七八九十百\d]{1,4}[章讲编节课单元专题]{1,2})\s*([^，。！？：:；;]{4,30})$/u;

export function untitledTopic(name: string): string | null {
  return CHAPTER_HEADING.exec(name.trim())?.[1]?.trim() ?? null;
}

/** What a 解析 calls the text of an untitled document when no module or section names the place: never a made-up 《title》. */
export const UNTITLED_SOURCE = "学习材料";

/** The articles a section's own passages open with, as a range (第五条至第八条), or null when they are not articles. */
export function articleRange(section: Section): string | null {
  const articles = section.passages.map((passage) => articleLead(passage.text.trimStart())?.article ?? null);
  if (articles.length === 0 || articles.some((article) => article === null)) return null;
  return articles.length === 1 ? articles[0]! : `${articles[0]}至${articles.at(-1)}`;
}

/**
 * The regulation an untitled document's passage is an article of (an uploaded study material reprinting
 * 《…工作条例》): its title, when a heading names it above an article that holds the offset; null in a titled
 * document (its own title names it) or outside any article.
 */
export function untitledArticleRegulation(index: CourseIndex, located: LocatedPassage, offset: number): string | null {
  if (index.documentTitle(located.module) || !articleAt(located, offset)) return null;
  return regulationInOrder(located.module, { sectionId: located.section.id, located });
}

/** The citation of a located passage at an offset. */
export function passageCitation(index: CourseIndex, located: LocatedPassage, offset: number): string {
  return citation(index, { module: located.module, sectionId: located.section.id, located, offset });
}
