import { ARTICLE, ARTICLE_NUMBER, articleNumber } from "@/lib/content/text/legal-articles";

/**
 * Where an article's lead is and what number it has: the 第X条 that opens an article of a regulation (第五条 廉洁从政…,
 * 第七条对党组织的问责方式包括：…). The one place lib/questions reads an article's number at the start of a text; the
 * pattern itself is the content pipeline's (legal-articles.ts), so a passage the pipeline made an article is one here.
 */

export interface ArticleLead {
  /** The number as printed: 第七条. */
  article: string;
  /** Its value: 7. */
  number: number;
  /** Where the article's own words start: after the number and the space after it. */
  end: number;
}

/** The article number that opens a text, with the space after it (第五条　廉洁从政 → 第五条　). */
const LEAD = ARTICLE;
/** An article number standing alone, as a heading's numbering prints it (第五条). */
const ALONE = new RegExp(`^(${ARTICLE_NUMBER})$`);
const NUMBER_AT_START = new RegExp(`^${ARTICLE_NUMBER}`);

/** The lead of the article a text opens, or null when it opens on no article number. */
export function articleLead(text: string): ArticleLead | null {
  const found = LEAD.exec(text) ?? ALONE.exec(text);
  if (!found) return null;
  return { article: found[1]!, number: articleNumber(found[1]!), end: found[0].length };
}

/**
 * The text opens on an article number, whatever follows it: a regulation's article (第五条 …) or a point a speaker numbers
 * the same way (第四条：…, 第八条罪状是…). What counts how much of a document is numbered like articles.
 */
export function opensOnArticleNumber(text: string): boolean {
  return NUMBER_AT_START.test(text);
}

/** The passage opens on an article number (第五条 …): its sentences are one article's rules. */
export function isArticle(passage: string): boolean {
  return articleLead(passage.trim()) !== null;
}

/** A text without the article number that opens it (第三十七条 党员… → 党员…). */
export function withoutArticleLead(text: string): string {
  const lead = articleLead(text);
  return lead ? text.slice(lead.end) : text;
}

/** An article number as a pattern to build other patterns with (an article opening inside a passage, citation.ts). */
export { ARTICLE_NUMBER };
