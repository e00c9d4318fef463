import type { Module, Section } from "@/lib/content/types";
import type { CourseIndex, LocatedPassage } from "./course-index";

/** An article number as a regulation prints it at the start of an article: 第二十条, 第一百零三条. */
const ARTICLE = /第[一二三四五六七八九十百零〇]+条/;
const ARTICLE_AT_START = new RegExp(`^${ARTICLE.source}`);
/** Where a new article may begin inside a passage: its start, or after a sentence end or line break. */
const ARTICLE_IN_TEXT = new RegExp(`(?:^|[。！？\\n])\\s*(${ARTICLE.source})`, "g");

/**
 * The article a passage offset belongs to: the last 第…条 opening a sentence before it in the
 * passage, else in the passages of the same section before it (an article may run over several
 * paragraphs), else a section title or numbering that is an article. Null outside regulations.
 */
export function articleAt(index: CourseIndex, located: LocatedPassage, offset: number): string | null {
  const inPassage = lastArticle(located.passage.text.slice(0, offset));
  if (inPassage) return inPassage;
  const siblings = index.passages.filter((other) => other.section === located.section);
  for (let at = siblings.findIndex((other) => other.passage === located.passage) - 1; at >= 0; at--) {
    const found = lastArticle(siblings[at]!.passage.text);
    if (found) return found;
  }
  return sectionArticle(index, located.section.id);
}

/** The article a section is (its numbering or title starts with 第…条), or the nearest enclosing one that is. */
function sectionArticle(index: CourseIndex, sectionId: string): string | null {
  for (const section of [...index.sectionPath(sectionId)].reverse()) {
    const found = ARTICLE_AT_START.exec(section.numbering) ?? ARTICLE_AT_START.exec(section.title);
    if (found) return found[0];
  }
  return null;
}

function lastArticle(text: string): string | null {
  let found: string | null = null;
  for (const match of text.matchAll(ARTICLE_IN_TEXT)) found = match[1]!;
  return found;
}

/** A section's numbering and title as printed (2.4 with a space before the title, 一、 without), inner quotation marks as ‘’. */
function sectionName(section: Section): string {
  const title = section.title.replace(ARTICLE_AT_START, "").replace(/[：:]$/, "");
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
  let text = `《${document}》`;
  if (module.title !== document) text += `“${innerQuotes(module.title)}”`;
  const article = where.located ? articleAt(index, where.located, where.offset ?? 0) : sectionArticle(index, where.sectionId);
  if (article) return `${text}${article}`;
  const section = [...index.sectionPath(where.sectionId)].reverse().find((candidate) => !candidate.implicit && candidate.title !== module.title && candidate.title !== document);
  return section ? `${text}“${sectionName(section)}”` : text;
}

/** The citation of a located passage at an offset. */
export function passageCitation(index: CourseIndex, located: LocatedPassage, offset: number): string {
  return citation(index, { module: located.module, sectionId: located.section.id, located, offset });
}
