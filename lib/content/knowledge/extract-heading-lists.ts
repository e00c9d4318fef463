import { ARTICLE } from "../text/legal-articles";
import type { Section } from "../types";

export interface HeadingList {
  section: Section;
  items: string[];
}

/** An article's lead clause short enough to be the name of a rule (第五条 廉洁从政，…). */
const ARTICLE_LEAD = /^([\u4e00-\u9fff]{2,8})[，,：:]/;
const MIN_ARTICLE_ITEMS = 3;

/**
 * Headings whose items form a list (causes, problems, measures …): numbered subsections, or —
 * in a regulation — the articles under a heading when each opens with a short name for its rule
 * (党员领导干部廉洁自律规范: 廉洁从政、廉洁用权、廉洁修身、廉洁齐家).
 */
export function extractHeadingLists(sections: Section[]): HeadingList[] {
  const lists: HeadingList[] = [];
  for (const section of sections) {
    const numbered = section.sections.filter((child) => child.numbering !== "");
    if (!section.implicit && numbered.length >= 2) lists.push({ section, items: numbered.map((child) => child.title) });
    const articleLeads = articleRuleNames(section);
    if (!section.implicit && articleLeads) lists.push({ section, items: articleLeads });
    lists.push(...extractHeadingLists(section.sections));
  }
  return lists;
}

/** The short rule names opening every article of a section, or null when they are not all such. */
function articleRuleNames(section: Section): string[] | null {
  if (section.passages.length < MIN_ARTICLE_ITEMS) return null;
  const names: string[] = [];
  for (const passage of section.passages) {
    const article = ARTICLE.exec(passage.text);
    const lead = article && ARTICLE_LEAD.exec(passage.text.slice(article[0].length).trimStart());
    if (!lead) return null;
    names.push(lead[1]!);
  }
  return names;
}
