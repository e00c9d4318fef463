import { detectHeading, type HeadingMatch } from "../detect-heading";
import { ARTICLE } from "../text/legal-articles";
import { headingKey, isMarkedHeading, markedHeadingSet } from "../text/marked-headings";
import { ANSWER, classifyLines, isDocumentTitleLine, isListLead, QUESTION, SALUTATION } from "./classify-lines";
import { cleanTitle, isProperTitle, sameTitle } from "./clean-title";
import { titleFromContent } from "./title-from-content";
import type { DocumentOutline, OutlineModule, OutlineSection } from "./outline";
import { itemMarker, leadsParagraph } from "./list-leads";
import { modulePassages, newSection, pruneEmptySections } from "./outline";
import { readNewsDigest, SIDEBAR_LABEL } from "./news-reports";
import { sizeModules } from "./size-modules";

const TITLE_RANK = 3;
/** A list lead's passage takes further items only up to this many characters (a legal article takes all of its own). */
const MAX_LEAD_PASSAGE_CHARS = 1_200;
/** A title over another title nests it (and the titles after it) until a chapter or an outer heading. */
const PARENT_TITLE_RANK = 2.5;
/**
 * In a run of three or more titles the source marked as headings (`## 三大法宝` / `### 统一战线` / `#### 必要性` over text),
 * each title but the last two nests the next one, a step outside it: the last is a title, the one before a parent title.
 */
const MARKED_CHAIN_STEP = 0.05;
const MIN_MARKED_CHAIN_RANK = 2.25;
/** A report of a news digest closes every title and numbered heading, never a chapter. */
const REPORT_RANK = 2.2;
/** A report's box of background (`背景资料`) nests under it and holds the titles after it. */
const SIDEBAR_RANK = 2.4;

interface OpenSection {
  section: OutlineSection;
  rank: number;
  /** 摘要 and 关键词 hold one paragraph; other labels hold text but no subsections. */
  leaf: "one-paragraph" | "label" | null;
  /** The rank of the unnumbered titles inside a numbered heading whose first line under it is such a title. */
  titleRank?: number;
}


class ModuleBuilder {
  readonly module: OutlineModule;
  private stack: OpenSection[] = [];
  private intro: OutlineSection | null = null;
  private lastHeadingTitle: string;

  constructor(title: string) {
    this.module = { title, sections: [] };
    this.lastHeadingTitle = title;
  }

  /** True right after 摘要 or 关键词: the next line is their text, however short. */
  expectsLabelText(): boolean {
    const top = this.stack[this.stack.length - 1];
    return top?.leaf === "one-paragraph" && top.section.passages.length === 0;
  }

  hasPassages(): boolean {
    return modulePassages(this.module).length > 0;
  }

  /** Repeats of the title just printed above (scraped pages print a title twice) are dropped. */
  repeatsLastTitle(line: string): boolean {
    return sameTitle(line, this.lastHeadingTitle) || sameTitle(line, this.module.title);
  }

  /**
   * The rank of an unnumbered title here: a title right under a numbered heading with nothing yet under it
   * ("二、材料分析题" over "材料一分析", "材料二分析", each over its answer) nests in it, and so do the titles after it
   * while that heading is open (the caller asks only for a series: another title follows inside the part); elsewhere a
   * title ranks above every numbered heading but 第X节.
   */
  titleRank(): number {
    const top = this.stack[this.stack.length - 1];
    if (this.opensUnderNumbered()) {
      top!.titleRank ??= top!.rank + 0.5;
      return top!.titleRank;
    }
    for (let at = this.stack.length - 1; at >= 0; at--) if (this.stack[at]!.titleRank !== undefined) return this.stack[at]!.titleRank!;
    return TITLE_RANK;
  }

  /** The rank of the innermost open heading (Infinity when none is open). */
  openRank(): number {
    return this.stack[this.stack.length - 1]?.rank ?? Number.POSITIVE_INFINITY;
  }

  /** True right under a numbered heading with nothing under it yet. */
  opensUnderNumbered(): boolean {
    const top = this.stack[this.stack.length - 1];
    return top !== undefined && top.leaf === null && top.rank > TITLE_RANK && top.section.passages.length === 0 && top.section.sections.length === 0;
  }

  openHeading(title: string, numbering: string, rank: number, leaf: OpenSection["leaf"]): void {
    while (this.stack.length > 0) {
      const top = this.stack[this.stack.length - 1]!;
      if (top.leaf === null && top.rank < rank) break;
      this.stack.pop();
    }
    const section = newSection(cleanTitle(title), numbering);
    const parent = this.stack[this.stack.length - 1];
    (parent ? parent.section.sections : this.module.sections).push(section);
    this.stack.push({ section, rank, leaf });
    this.lastHeadingTitle = title;
  }

  addParagraph(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top?.leaf === "one-paragraph") {
      const kind = top.section.title === "关键词" ? "keywords" : "prose";
      if (top.section.passages.length === 0) {
        top.section.passages.push({ text, kind });
        return;
      }
      this.stack.pop();
      this.addParagraph(text);
      return;
    }
    const container = top?.section ?? this.introSection();
    container.passages.push({ text, kind: "prose" });
    this.lastHeadingTitle = "";
  }

  private introSection(): OutlineSection {
    if (!this.intro) {
      this.intro = newSection(this.module.title, "", true);
      this.module.sections.push(this.intro);
    }
    return this.intro;
  }
}

/** Text lines that belong together: an article with its paragraphs and items, a list lead with its items, a salutation with the paragraph it opens. */
function joinParagraphs(paragraphs: string[]): string {
  return paragraphs.join("");
}

/**
 * Turns cleaned lines (one heading or paragraph per line) into modules and nested sections.
 * Headings nest by rank (第X篇 ▸ 第X章 ▸ 第X节 ▸ 一、 ▸ （一） ▸ 1. ▸ 1.1 ▸ （1） ▸ ①); a new paper
 * (a title followed by 摘要) starts a module; `sizeModules` then splits long documents at their
 * top level. In a legal text each article (第X条 with its paragraphs and items) is one passage; a
 * list lead keeps its items; a speech's salutation opens its first paragraph.
 */
/** A banner piece is at least this many letters: shorter ones ("党建") say nothing of the title. */
const MIN_BANNER_KEY = 4;

/**
 * Where the text starts after the title when the lines under it print the title again in pieces,
 * as a post's banner does ("# 悦读坊丨红色印象——金融学院本科生党总支开展优秀党员故事分享会" over
 * "红色印象" / "★ 金融学院本科生党总支开展★" / "优秀党员故事分享会"): lines without a sentence stop
 * whose words are all part of the title's. They repeat the title and are no text of their own.
 */
function afterTitleBanner(lines: string[], start: number, title: string): number {
  const titleKey = headingKey(title);
  let index = start;
  while (index < lines.length - 1) {
    const key = headingKey(lines[index]!);
    if (key.length < MIN_BANNER_KEY || /[。！？；]/.test(lines[index]!) || !titleKey.includes(key)) break;
    index++;
  }
  return index;
}

export function buildOutline(
  cleanedLines: string[],
  fallbackTitle: string,
  options: { titleFromContent?: boolean; titleLine?: string | null; /** Headings the source marked as such (Markdown `#`). */ markedHeadings?: readonly string[] } = {},
): DocumentOutline {
  // News reports run together: each report is a section, its dateline and 原标题 no text.
  const digest = readNewsDigest(cleanedLines);
  const lines = digest.lines;
  const headings = lines.map((line) => detectHeading(line));
  const roles = classifyLines(lines, headings, options.markedHeadings);
  // A first line a subtitle, or a dropped date or byline, stood under is the title, even when it asks a question ("…带来哪些变化？").
  const titledBySubtitle = Boolean(lines[0] && options.titleLine && lines.length > 1 && sameTitle(lines[0], options.titleLine));
  const leadingTitle = titledBySubtitle
    ? cleanTitle(lines[0]!).replace(/[？?！!]+$/, "")
    : lines[0] && (roles[0]?.role === "title" || (roles[0]?.role === "text" && !headings[0] && isDocumentTitleLine(lines[0]))) && lines.length > 1
      ? cleanTitle(lines[0])
      : null;
  // Without a title line, the text names its subject better than a file name does.
  const derived = !leadingTitle && options.titleFromContent ? titleFromContent(lines, roles, headings) : null;
  const derivedTitle = derived?.title ?? null;
  // No title when the name comes from the text's first clause, a generic heading or the file name (the caller's
  // fallback when it read none): the name is for display, and no question cites it.
  const untitled = options.titleFromContent === true && (leadingTitle ? !isProperTitle(leadingTitle) : derived === null || derived.clause);
  const documentTitle = leadingTitle ?? derivedTitle ?? fallbackTitle;
  const modules: OutlineModule[] = [];
  let builder = new ModuleBuilder(documentTitle);
  const startModule = (title: string) => {
    modules.push(builder.module);
    builder = new ModuleBuilder(cleanTitle(title));
  };

  // 第X篇 are modules whatever their length: in a collection each is an essay of its own. Other
  // parts (第X部分, 第X编) are sized like chapters (sizeModules).
  const isEssay = (heading: HeadingMatch) => heading.style === "part" && heading.numbering.endsWith("篇");
  const hasParts = roles.some((role) => role.role === "heading" && isEssay(role.heading));
  /** Whether another unnumbered title follows a title before a heading closes the part it stands in (of rank `openRank`). */
  const anotherTitleInside = (from: number, openRank: number): boolean => {
    for (let at = from + 1; at < lines.length; at++) {
      const next = roles[at]!;
      if (next.role === "heading" && next.heading.style !== "label" && next.heading.rank <= openRank) return false;
      if (next.role === "title") return true;
    }
    return false;
  };
  const marked = markedHeadingSet(options.markedHeadings);
  /** The rank of a marked title heading a run of three or more marked titles over text, or null. */
  const markedChainRank = (from: number): number | null => {
    let end = from;
    while (roles[end]?.role === "title" && isMarkedHeading(lines[end]!, marked)) end++;
    const length = end - from;
    if (length < 3 || roles[end] === undefined || roles[end]!.role === "title") return null;
    return Math.max(MIN_MARKED_CHAIN_RANK, PARENT_TITLE_RANK - MARKED_CHAIN_STEP * (length - 2));
  };
  let index = leadingTitle ? 1 : 0;
  if (leadingTitle) index = afterTitleBanner(lines, index, leadingTitle);
  while (index < lines.length) {
    const line = lines[index]!;
    const role = roles[index]!;
    const nextRole = roles[index + 1];
    const report = digest.reports.get(index);
    if (report) {
      builder.openHeading(report, "", REPORT_RANK, null);
      if (digest.headlines.has(index)) {
        index++;
        continue;
      }
    }
    if (SIDEBAR_LABEL.test(line) && index + 1 < lines.length) {
      builder.openHeading(line.replace(/[【】]/g, ""), "", SIDEBAR_RANK, null);
      index++;
      continue;
    }
    if (role.role === "heading") {
      const heading = role.heading;
      if (hasParts && isEssay(heading)) {
        startModule(heading.title || heading.numbering);
      } else if (heading.style === "label") {
        const leaf = heading.label === "摘要" || heading.label === "关键词" ? "one-paragraph" : "label";
        builder.openHeading(heading.title, "", TITLE_RANK, leaf);
      } else if (heading.title) {
        builder.openHeading(heading.title, heading.numbering, heading.rank, null);
      } else if (heading.rank <= 2 && isMarkedHeading(line, marked) && nextRole?.role === "text") {
        // A bare `## 第三章` its author marked over text closes the questions of the chapter before; its number is its title.
        builder.openHeading(heading.numbering, "", heading.rank, null);
      }
      index++;
      continue;
    }
    if (role.role === "title" && !builder.expectsLabelText() && index + 1 < lines.length) {
      const nextLabel = nextRole?.role === "heading" ? nextRole.heading.label : undefined;
      if (nextLabel === "摘要") {
        if (builder.hasPassages()) startModule(line);
        else if (!builder.repeatsLastTitle(line)) builder.module.title = cleanTitle(line);
        index++;
        continue;
      }
      if (builder.repeatsLastTitle(line)) {
        index++;
        continue;
      }
      // A title with nothing under it (another title or the end follows) is text: a list of short
      // items. A title over one that titles text is its parent: "政治理论学习" over "凝心聚力跟党走…".
      // A line of several phrases (joined by 、) that is all a numbered heading holds, its sibling next (`（三）紧扣工作主题` /
      // `对学生一生负责、办人民满意教育、建现代教育强市` / `（四）…`), is that heading's text: its theme or slogan, no section.
      // (A single phrase there, a note's answer under `### 3.1 资本主义基本矛盾`, keeps the rank of a title, so that it is not lost.)
      const chainRank = builder.repeatsLastTitle(line) ? null : markedChainRank(index);
      if (chainRank !== null) {
        builder.openHeading(line, "", chainRank, null);
        index++;
        continue;
      }
      const closedAtOnce = builder.opensUnderNumbered() && nextRole?.role === "heading" && nextRole.heading.style !== "label" && nextRole.heading.rank <= builder.openRank();
      const holdsHeading = closedAtOnce && /、/.test(line);
      const titlesSomething = nextRole !== undefined && nextRole.role !== "title" && !holdsHeading;
      const parentTitle = nextRole?.role === "title" && roles[index + 2] !== undefined && roles[index + 2]!.role !== "title" && !builder.repeatsLastTitle(lines[index + 1]!);
      if (titlesSomething || parentTitle) {
        // Titles nest in a numbered part only as a series: another title follows before the part closes.
        const nests = !builder.opensUnderNumbered() || (!closedAtOnce && anotherTitleInside(index, builder.openRank()));
        builder.openHeading(line, "", parentTitle ? PARENT_TITLE_RANK : nests ? builder.titleRank() : TITLE_RANK, null);
        index++;
        continue;
      }
    }
    const paragraphs = [role.role === "article" ? line.replace(ARTICLE, (_match, number: string) => `${number} `) : line];
    let end = index + 1;
    const itemStyle = isListLead(line) ? headings[index + 1]?.style : undefined;
    const belongs = (at: number): boolean => {
      const next = roles[at];
      if (!next || next.role !== "text" || builder.expectsLabelText()) return false;
      if (role.role === "article") return true;
      // A salutation and the paragraph it opens; a question and its answer; a list lead and its numbered items.
      if (at === index + 1 && SALUTATION.test(line)) return true;
      if (QUESTION.test(line)) {
        if (at === index + 1) return ANSWER.test(lines[at]!) || /^(?:问题?|提问|Q)/.test(line) || (headings[index] !== null && !headings[at]);
        // A numbered question's plain answer may run to a second line.
        return at === index + 2 && headings[index] !== null && !headings[at] && !QUESTION.test(lines[at]!) && !ANSWER.test(lines[index + 1]!);
      }
      return itemStyle !== undefined && itemStyle !== "label" && headings[at]?.style === itemStyle;
    };
    // A paragraph ending in a colon keeps the paragraph it leads, and the items after it marked alike,
    // wherever it stands in the group (an answer's last sentence may lead a list); an article it leads
    // (`…摘录：` over `第一条…`) stays a passage of its own, a citable unit.
    let leadMarker: string | null = null;
    const followsLead = (at: number): boolean => {
      if (roles[at]?.role !== "text" || builder.expectsLabelText()) return false;
      const previous = lines[at - 1]!;
      if (leadsParagraph(previous) && !SALUTATION.test(previous) && !ARTICLE.test(lines[at]!)) {
        leadMarker = itemMarker(lines[at]!, headings[at] ?? null);
        return true;
      }
      // Items past the first join while the passage stays readable in one go; the rest end their own sentences.
      const length = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0) + lines[at]!.length;
      return leadMarker !== null && itemMarker(lines[at]!, headings[at] ?? null) === leadMarker && length <= MAX_LEAD_PASSAGE_CHARS;
    };
    while (end < lines.length && (belongs(end) || followsLead(end))) paragraphs.push(lines[end++]!);
    builder.addParagraph(joinParagraphs(paragraphs));
    index = end;
  }
  modules.push(builder.module);

  const kept = modules
    .map((module) => ({ ...module, sections: pruneEmptySections(module.sections) }))
    .filter((module) => module.sections.length > 0);
  const sized = sizeModules(kept);
  return { title: leadingTitle ?? derivedTitle ?? sized[0]?.title ?? fallbackTitle, titleFound: leadingTitle !== null && !untitled, ...(untitled && { untitled }), modules: sized };
}
