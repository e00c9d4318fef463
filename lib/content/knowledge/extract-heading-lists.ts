import { chineseNumeralValue } from "../text/chinese-numerals";
import { ARTICLE } from "../text/legal-articles";
import type { Section } from "../types";

export interface HeadingList {
  section: Section;
  items: string[];
}

/** An article's lead clause short enough to be the name of a rule (第五条 廉洁从政，…). */
const ARTICLE_LEAD = /^([\u4e00-\u9fff]{2,8})[，,：:]/;
const MIN_ARTICLE_ITEMS = 3;
/** A clause ending on the means or pretext of an act (利用职务之便, 以…为名, 借…之机): the act is in the next clause. */
const MEANS_END = /(?:之便|之机|之名|为名|为由|之际)$/;
const NEXT_CLAUSE = /^([\u4e00-\u9fff]{2,10})[，,。；;：:]/;

/**
 * Headings whose items form a list (causes, problems, measures …): numbered subsections, or —
 * in a regulation — the articles under a heading when each opens with a short name for its rule
 * (党员领导干部廉洁自律规范: 廉洁从政、廉洁用权、廉洁修身、廉洁齐家).
 */
export function extractHeadingLists(sections: Section[]): HeadingList[] {
  return headingListsIn(sections, [], new Set());
}

/**
 * `numberedBefore` holds the numberings (style and number: `N|10`) of the headings met so far in reading order: a run
 * past one whose number just before it came earlier (11、12 after a `10` elsewhere in the outline) goes on with that run.
 */
function headingListsIn(sections: Section[], ancestorStyles: readonly string[], numberedBefore: Set<string>): HeadingList[] {
  const lists: HeadingList[] = [];
  // The styles in use at this level and above: a run in one of them belongs to that level's list.
  const styles = [...ancestorStyles, ...sections.filter((section) => section.numbering !== "").map((section) => numberingStyle(section.numbering))];
  for (const section of sections) {
    const numbered = section.sections.filter((child) => child.numbering !== "");
    if (!section.implicit && numbered.length >= 2 && !announcedByAddress(section, numbered.length) && ownList(numbered.map((child) => child.numbering), styles) && !(section.numbering === "" && continuesEarlierRun(numbered[0]!.numbering, numberedBefore))) lists.push({ section, items: numbered.map((child) => child.title) });
    const articleLeads = articleRuleNames(section);
    if (!section.implicit && articleLeads) lists.push({ section, items: articleLeads });
    if (section.numbering !== "") {
      const own = ordinal(section.numbering);
      if (own) numberedBefore.add(`${numberingStyle(section.numbering)}|${own.prefix}|${own.value}`);
    }
    lists.push(...headingListsIn(section.sections, styles, numberedBefore));
  }
  return lists;
}

/**
 * A run that starts past one (`11 四个全面…`, `12 外交…`) where a heading numbered just before it in the same style came
 * earlier in the outline (`10 四个全面…`, nested elsewhere by a layout the outline misread): under an unnumbered line the
 * run goes on with that one, and is no list of the line's (xi-sixiang-gailun-mkdocs, stop 32). A numbered part's run
 * (a regulation's 11. 12. under 二、 after 1.–10. under 一、) stays its list.
 */
function continuesEarlierRun(numbering: string, numberedBefore: ReadonlySet<string>): boolean {
  const first = ordinal(numbering);
  return first !== null && first.value > 1 && numberedBefore.has(`${numberingStyle(numbering)}|${first.prefix}|${first.value - 1}`);
}

/** A speech turning to its audience (`各位代表！今年我们要…办好十方面民生实事…。`): it speaks to the whole report again. */
const AUDIENCE_ADDRESS = /^(?:各位代表|代表们|同志们|同学们|朋友们|各位[\u4e00-\u9fff]{1,4})[！!]/;

/** A count of things announced: 十方面, 10件, 五项. */
const ANNOUNCED_COUNT = /([一二三四五六七八九十]{1,3}|\d{1,2})(?:个)?(?:方面|件|项)/g;

/**
 * The heading's last paragraph, after its own text and just above its numbered subsections, turns to the audience and
 * announces as many things as there are subsections (`各位代表！今年我们要…办好十方面民生实事…。` over ten items): the
 * items are what that address announces, not the heading's own parts (a report's `（九）…` under which they fall), and
 * the heading has no list of them. An address that is the heading's only text and announces no count leads its parts.
 */
function announcedByAddress(section: Section, items: number): boolean {
  const last = section.passages[section.passages.length - 1];
  if (section.passages.length < 2 || last === undefined || !AUDIENCE_ADDRESS.test(last.text.trim())) return false;
  return [...last.text.matchAll(ANNOUNCED_COUNT)].some((match) => headingNumber(match[1]!) === items);
}

/** 三、 → N、, （一） → （N）, 2.1 → N.N: how a heading is numbered, whatever its number. */
function numberingStyle(numbering: string): string {
  return numbering.trim().replace(/[一二三四五六七八九十百零〇\d]+/g, "N");
}

/** 12 for 12 or 十二. */
function headingNumber(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : chineseNumeralValue(text);
}

/** 1 for 一、（一）1. ① 2.1 (the last part of a decimal number), with the decimal's prefix; null when unreadable. */
function ordinal(numbering: string): { prefix: string; value: number } | null {
  const legal = /^第([一二三四五六七八九十百零〇\d]+)[编章节条]/.exec(numbering.trim());
  if (legal) return { prefix: "第", value: headingNumber(legal[1]!) };
  const bare = numbering.replace(/[\s（()）、.．,，:：]+$/u, "").replace(/^[（(]/, "");
  const decimal = /^(\d+(?:\.\d+)*)\.(\d+)$/.exec(bare);
  if (decimal) return { prefix: decimal[1]!, value: Number(decimal[2]) };
  const circled = bare.length === 1 ? bare.charCodeAt(0) - 0x2460 + 1 : NaN;
  const value = circled >= 1 && circled <= 20 ? circled : headingNumber(bare);
  return Number.isNaN(value) ? null : { prefix: "", value };
}

/**
 * Subsections are the heading's own list only when they count on without a gap (1、2、4、5、 means an
 * item was read as prose, so the list would be incomplete) and, when they start past one, are not
 * numbered like the heading, its siblings or a heading above it (三、四、 under an unnumbered line
 * beside 一、, or 2. 3. under 1.): those continue that level's list, and the line above them is no
 * heading of theirs. A run may start past one
 * where its style is its own (a regulation's 5. … 10. under its second part, numbered on across parts).
 */
function ownList(numberings: string[], ancestorStyles: readonly string[]): boolean {
  const ordinals = numberings.map(ordinal);
  const first = ordinals[0];
  if (!first || !ordinals.every((entry, at) => entry !== null && entry.value === first.value + at && entry.prefix === first.prefix)) return false;
  // A decimal run past one (3.2、3.3) is the rest of heading 3's list whatever line it follows: under any other heading
  // it is no list of that heading's (生产社会化…的矛盾 over 3.2 经济危机、3.3 经济全球化; stop 32).
  if (first.value !== 1 && /\d/.test(first.prefix)) return false;
  return first.value === 1 || !ancestorStyles.includes(numberingStyle(numberings[0]!));
}

/** The short rule names opening every article of a section, or null when they are not all such. */
function articleRuleNames(section: Section): string[] | null {
  if (section.passages.length < MIN_ARTICLE_ITEMS) return null;
  const names: string[] = [];
  for (const passage of section.passages) {
    const article = ARTICLE.exec(passage.text);
    const body = article ? passage.text.slice(article[0].length).trimStart() : "";
    const lead = article && ARTICLE_LEAD.exec(body);
    if (!lead) return null;
    // A lead that ends on the means or pretext of an act (禁止利用职务之便，谋取不正当利益) names no rule without the
    // act: the name runs on to the next clause.
    const act = MEANS_END.test(lead[1]!) ? NEXT_CLAUSE.exec(body.slice(lead[0].length)) : null;
    names.push(act ? `${lead[1]!}${act[1]!}` : lead[1]!);
  }
  return names;
}
