/**
 * Markdown reduced to its text, one block per line with blank lines between blocks: headings
 * (ATX `#`, Setext underlines, a bold line such as `**一、…**`, a bold title over two lines with a hard break), emphasis, links, images, code
 * fences, quotes, tables (cells joined) and HTML tags lose their markup. What only points
 * elsewhere is dropped: a list of links or of document titles (a reference list), a line that is a
 * link and a label (“注：[…](…)”), reference-style link definitions, bare URLs. A YAML front matter
 * block gives its `title` as the first line and nothing else.
 */

import { htmlBlockEnd, htmlBlockToText, startsHtmlBlock } from "./html-blocks";
import { joinVerse } from "./markdown-verse";
import { CJK, displayWidth, endsInsideSentence, endsSentence } from "../text/char-classes";
import { isMarkedTitleLine } from "../structure/classify-lines";
import { withoutSiteName } from "../structure/clean-title";
import { detectHeading } from "../detect-heading";
import { ARTICLE } from "../text/legal-articles";

const LIST_ITEM = /^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(.*)$/;
const UNORDERED_ITEM = /^\s*[-*+]\s+/;
const ORDERED_ITEM = /^\s{0,3}\d{1,3}[.)]\s+\S/;
/**
 * A link's target is never only a number: "[3](422)" is a footnote marker with its page, left to the cleaning rules. Its
 * brackets may pair up inside it, as CommonMark allows (`…/item/将军_(象棋)`): the link ends at the bracket that closes it.
 */
const LINK = /\[([^\]\n]*)\]\((?![\d\s,\-–—−~～]+\))((?:[^()\n]|\([^()\n]*\))*)\)/g;
const HAS_LINK = /\[[^\]\n]*\]\((?![\d\s,\-–—−~～]+\))(?:[^()\n]|\([^()\n]*\))*\)/;
const IMAGE = /!\[[^\]\n]*\]\((?:[^()\n]|\([^()\n]*\))*\)/g;
/**
 * An icon shortcode of Material for MkDocs (`:material-clock-edit-outline:`, `:fontawesome-brands-github:`,
 * `:octicons-tag-24:`): an icon set's name and the icon's, joined by hyphens between colons. It draws an icon, as an
 * image does; left in, its leading colon reads as a line that goes on with the heading above it (issue 16).
 */
export const ICON_SHORTCODE = /(?<![\w:]):[a-z]+(?:-[a-z0-9]+)+:(?![\w:])\s*/g;
const BARE_URL = /<?(?:https?:\/\/|www\.)[^\s<>)）\]]+>?/gi;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
/** How the title of a regulation, a notice or a book ends: an item naming another document. */
const DOCUMENT_TITLE = /(?:《[^》]+》|条例|规定|办法|通知|意见|准则|细则|决定|答复|方案|标准|规则|制度|纲要|决议|报告)(?:[（(][^）)]{0,12}[）)])?\s*(?:\d{4}\s*版?)?$/;

/** A hard break at a line's end: two trailing spaces or a backslash. */
const HARD_BREAK = /(?: {2,}|\\)$/;
/** A paragraph line of Markdown syntax of its own: a heading, list item, quote, table, HTML, image, rule, code. */
const BLOCK_SYNTAX = /^\s*(?:#|\||<|!\[|[-*+]\s|\d{1,3}[.)]\s|[-=*_]{3,}\s*$|```|~~~)|^ {4}/;
/**
 * The last line of a paragraph that stops in the middle of a sentence: it ends in a character, not in
 * punctuation, and holds a clause break (a title over the heading, "学习笔记", has none).
 */
const UNPUNCTUATED_PARAGRAPH = /^(?=.*[，,；;]).{16,}[\p{Script=Han}\p{L}\p{N}]$/u;

/**
 * The last line of a note's paragraph that holds a clause break but no sentence stop at all ("商品经济的定义，历史作用",
 * "本质特征：生产相对过剩（…）"): a sentence its author did not close. A title ("学习笔记") has no clause break; a line
 * with a stop before its end ("…认定为156万元。（作者…）", a closing credit) is left to the rules that read it.
 */
const UNPUNCTUATED_NOTE_LINE = /^(?=.*[，,；;：:])(?!.*[。！？!?]).{6,}[\p{Script=Han}\p{L}\p{N}）)]$/u;

/**
 * The last line of a note's paragraph that states something without closing it: at least eight characters, ending in a
 * character (or a closing bracket), not in punctuation.
 */
const UNCLOSED_STATEMENT = /^.{7,}[\p{Script=Han}\p{L}\p{N}）)]$/u;

/** A clause break or a sentence stop inside a line: a statement, where a title has none. */
const HAS_PUNCTUATION = /[，,；;：:、。！？!?]/;

/**
 * A heading its author left unmarked: a title's shape (short, no sentence stop, at most a comma or two) over a paragraph of
 * finished sentences at least twice as wide ("如何认定拉票行为", "一、乙的活动不是真实的商业行为，而是…的工具").
 */
function isUnmarkedHeading(text: string, following: string): boolean {
  const paragraph = stripInline(following);
  // A numbered line ("一、…", "（一）…") is the outline's to read, whatever follows it.
  if (detectHeading(text) !== null) return true;
  // A line over a numbered item or an article ("党员领导干部廉洁自律规范" over "第五条 …") heads it.
  if (detectHeading(paragraph) !== null || ARTICLE.test(paragraph)) return true;
  return isMarkedTitleLine(text) && endsSentence(paragraph) && displayWidth(paragraph) >= 2 * displayWidth(text);
}

/** A statement left open (see UNCLOSED_STATEMENT), not a line of credits or a form ("供稿 | 罗萱", "编辑：王某"). */
function isUnclosedStatement(text: string): boolean {
  // A parenthetical note ("（…会议通过）", an adoption line) is not a statement.
  return UNCLOSED_STATEMENT.test(text) && !/^[（(]/.test(text) && !endsInsideSentence(text) && !/\p{Script=Han}[ \t\u3000]+\p{Script=Han}/u.test(text) && !/[|丨｜]/.test(text) && !FIELD_LINE.test(text);
}

/** A line of a paragraph's own text: not blank, no block syntax, and more than emphasis alone (`**标题**` is a heading). */
function isPlainLine(line: string): boolean {
  const text = line.replace(/^\s{0,3}>\s?/, "");
  return text.trim() !== "" && !BLOCK_SYNTAX.test(text) && !/^\s*(\*\*|__)[^*_\n]+\1\s*$/.test(text) && !isLinkLine(text) && !/^\s*&nbsp;\s*$/.test(text);
}

/** A line of a form or of credits: a short label, a colon, its value ("出品：新媒体中心"). */
const FIELD_LINE = /^\s*[^\s：:，,。]{1,6}[：:]\s*\S/;

/** The plain lines from `start` joined by hard breaks (the last one without), or none when `start` has no hard break. */
function hardBrokenLines(lines: string[], start: number): string[] {
  const run: string[] = [];
  for (let at = start; at < lines.length && isPlainLine(lines[at]!); at++) {
    run.push(lines[at]!);
    if (!HARD_BREAK.test(lines[at]!)) break;
  }
  return run.length >= 2 && HARD_BREAK.test(run[0]!) ? run : [];
}

/** Lines or list items that are phrases, not sentences, read as one list: "甲；乙；丙。" */
function joinPhrases(items: string[]): string {
  // An item ending in "：" leads the items after it ("提出：" over its points): no "；" between them.
  return items.map((item, position) => (/[。；;！？，,、：:]$/.test(item) && !(position === items.length - 1 && /[：:]$/.test(item)) ? item : `${item}${position === items.length - 1 ? "。" : "；"}`)).join("");
}

/**
 * A link to a section of the same page after a finished sentence (`…的不平衡。→[§1](#1-…)`): a note's cross-reference,
 * neither text nor a pointer elsewhere; the sentence before it is the item's text.
 */
const TRAILING_CROSS_REFERENCE = /([。！？!?；;])[ \t]*(?:→|->|⇒|➡)?[ \t]*\[[^\]\n]*\]\(#[^)\n]*\)[ \t]*$/;

function withoutCrossReference(text: string): string {
  return text.replace(TRAILING_CROSS_REFERENCE, "$1");
}

/**
 * A hard break (`<br>`) between two runs of text is where a review sheet's item goes on to its next line: a question or
 * lead over its answer's fields ("三大改造基本完成<br>时间：1956 年底<br>意义：…"). Read without the break, the lines
 * would run together ("完成时间：1956 年底意义："): a lead is followed by "：", a field with its value by "；".
 */
function hardBreaksAsPunctuation(text: string): string {
  // Where the text since the break before each one starts: read once, so that a page of many breaks is read in one pass.
  const since = new Map<number, number>();
  let previousEnd = 0;
  for (const hardBreak of text.matchAll(/<br\s*\/?>/gi)) {
    since.set(hardBreak.index, previousEnd);
    previousEnd = hardBreak.index + hardBreak[0].length;
  }
  return text.replace(/<br\s*\/?>(?=\s*[^\s：:；;，,。！？、])/gi, (_break, offset: number) => {
    const before = text.slice(since.get(offset) ?? 0, offset).replace(/<[^>\n]+>/g, "").trim();
    if (!/[\p{Script=Han}\p{L}\p{N}）)》”]$/u.test(before)) return "";
    return /[：:]\s*\S/.test(before) ? "；" : "：";
  });
}

function stripInline(text: string): string {
  return withoutCrossReference(hardBreaksAsPunctuation(text))
    .replace(IMAGE, "")
    .replace(ICON_SHORTCODE, "")
    .replace(LINK, "$1")
    .replace(BARE_URL, "")
    .replace(/<[^>\n]+>/g, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(?<![\w*])[*_](?!\s)(.+?)(?<!\s)[*_](?![\w*])/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1")
    .trim();
}

/**
 * Tags an Obsidian note writes at a line's end (`问题？ #anki`, `… #行动卡 #anki`): a word after a `#`, never a
 * number (`#2`) and never a topic closed by its own `#` (`#党史学习教育#`). A tag files the line, it is not its text.
 */
export const TRAILING_TAGS = /(?:[ \t]+#(?=[\p{L}_])[\p{L}\p{N}_/-]*)+[ \t]*$/u;
/** The tags that make a line a flashcard's front (Obsidian_to_Anki, Flashcards, Spaced Repetition): the lines under it are its back. */
const CARD_TAG = /[ \t]#(?:anki|card|cards|flashcard|flashcards)(?=[ \t#]|$)/iu;

/**
 * A link whose text is a sentence (a quotation linked to the book or the page it comes from:
 * `**引用**：[任何记忆都具备两种能力。](obsidian://booknote?…)`) is text that cites, not a pointer.
 */
function linksQuotation(line: string): boolean {
  return [...line.matchAll(LINK)].some(([, text]) => (text!.match(/\p{Script=Han}/gu)?.length ?? 0) >= 8 && /[。！？!?][”’」』"）)]*\s*$/.test(text!));
}

/** A line that only points at another page: a link with at most a short label around it. */
function isLinkLine(line: string): boolean {
  if (!HAS_LINK.test(line) || linksQuotation(line)) return false;
  const rest = line.replace(IMAGE, "").replace(LINK, "").replace(/[\s\-*+>:：注见参阅详情相关链接【】[\]()（）]/g, "");
  return rest.length <= 2;
}

function isReferenceItem(item: string): boolean {
  const text = stripInline(item);
  if (linksQuotation(item)) return false;
  return HAS_LINK.test(withoutCrossReference(item)) || (DOCUMENT_TITLE.test(text) && !/[，。；！？]/.test(text));
}

/** A YAML block at the very top: its title (if any) and where the text starts. */
/** YAML keys whose values the metadata cleaning rule reads, as the Chinese labels it knows. */
const YAML_METADATA: Record<string, string> = { date: "日期", author: "作者", source: "来源" };

/**
 * A YAML block at the very top: its title (if any), its date/author/source as "日期：…" lines for
 * the metadata rule to record and drop, and where the text starts.
 */
function readYamlFrontMatter(lines: string[]): { title: string | null; metadataLines: string[]; bodyStart: number } {
  const none = { title: null, metadataLines: [], bodyStart: 0 };
  // Blank lines (a blog mirror's export) before the block do not make it text.
  const start = lines.findIndex((line) => line.trim() !== "");
  if (start < 0 || lines[start]!.trim() !== "---") return none;
  const end = lines.findIndex((line, index) => index > start && /^(?:---|\.\.\.)\s*$/.test(line));
  if (end < 0 || end - start > 60) return none;
  const block = lines.slice(start + 1, end);
  // Keys (Obsidian's may hold a space: "updated time:"), indented values, and a key's list items written flush left ("tags:" over "- cn").
  if (!block.every((line) => !line.trim() || /^[\w\u4e00-\u9fff-]+(?: [\w\u4e00-\u9fff-]+){0,3}\s*:/.test(line) || /^\s+/.test(line) || /^-(?:\s|$)/.test(line))) return none;
  const value = (line: string) => line.replace(/^[^:]+:\s*/, "").replace(/^["']|["']$/g, "").trim();
  const titleLine = block.find((line) => /^(?:title|标题)\s*:/i.test(line));
  // Without a title, a note's first alias names it (Obsidian's web clipper keeps a post's title there: `aliases:` over
  // `  - 润心共育 | 字里行间蕴温情，画中笔端寄希冀`).
  const aliasesAt = block.findIndex((line) => /^aliases\s*:/i.test(line));
  const alias = aliasesAt < 0 ? null : value(block[aliasesAt]!).replace(/^\[\s*["']?|["']?\s*(?:,.*)?\]$/g, "") || (/^\s*-\s+(.+)$/.exec(block[aliasesAt + 1] ?? "")?.[1] ?? "").replace(/^["']|["']$/g, "").trim();
  const metadataLines = block.flatMap((line) => {
    const label = YAML_METADATA[/^(\w+)\s*:/.exec(line)?.[1]?.toLowerCase() ?? ""];
    return label && value(line) ? [`${label}：${value(line)}`] : [];
  });
  return { title: (titleLine && withoutSiteName(value(titleLine))) || alias || null, metadataLines, bodyStart: end + 1 };
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/**
 * An admonition of MkDocs (Python-Markdown's `!!! type "title"`, pymdownx's collapsible `??? type` and `???+ type`):
 * a box whose body is the lines indented under it (a tab or four spaces). Its title is the quoted one, or else its
 * type when an author wrote a Chinese word there (`!!! 笔记`); an English type (`note`, `tip`) is only a style.
 */
const ADMONITION = /^\s{0,3}(?:!!!|\?{3}\+?)[ \t]*([^\s"]*)(?:[ \t]+"([^"]*)")?[ \t]*$/;
const ADMONITION_BODY = /^(?:\t| {4})/;
/**
 * A custom container of VuePress and markdown-it-container (`::: tip 提示`, `::: note`, closed by `:::`): a box whose
 * body is the plain Markdown between its two fences. Its title is the Chinese text after the type, if any.
 */
const CONTAINER_FENCE = /^\s{0,3}:{3,}[ \t]*(?:[A-Za-z][\w-]*)?(?:[ \t]+(.*?))?[ \t]*$/;

/** The admonition's title, if it has one a learner can read (Chinese text). */
function admonitionTitle(match: RegExpExecArray): string {
  const title = (match[2] ?? match[1] ?? "").trim();
  return /\p{Script=Han}/u.test(title) ? title : "";
}

/** Dedents the body under an admonition at `start` in place (one tab or four spaces), so it reads as Markdown of its own. */
function dedentAdmonitionBody(lines: string[], start: number): void {
  for (let at = start + 1; at < lines.length && (ADMONITION_BODY.test(lines[at]!) || (lines[at]!.trim() === "" && ADMONITION_BODY.test(lines.slice(at).find((line) => line.trim() !== "") ?? ""))); at++) {
    lines[at] = lines[at]!.replace(ADMONITION_BODY, "");
  }
}

/** Where a fenced block opened at `start` ends: after the fence closing it (the same sign, at least as long), or at the end of the text. */
function fenceEnd(lines: string[], start: number): number {
  const open = FENCE.exec(lines[start]!)![1]!;
  const close = new RegExp(`^\\s{0,3}${open[0] === "`" ? "`" : "~"}{${open.length},}\\s*$`);
  for (let index = start + 1; index < lines.length; index++) if (close.test(lines[index]!)) return index + 1;
  return lines.length;
}

/** A diagram or code written as HTML (`<div class="mermaid">`, `<pre>`): markup, blank lines inside included. */
const DIAGRAM_START = /^\s{0,3}<(pre)\b|^\s{0,3}<(div)\b[^>]*\bclass\s*=\s*["'][^"']*\bmermaid\b/i;

function diagramEnd(lines: string[], start: number): number {
  const match = DIAGRAM_START.exec(lines[start]!)!;
  const tag = match[1] ?? match[2]!;
  const close = new RegExp(`</${tag}\\s*>`, "i");
  for (let index = start; index < lines.length; index++) if (close.test(lines[index]!)) return index + 1;
  return lines.length;
}

/** An HTML comment opening a line: what it holds, over however many lines, is hidden from the reader. */
const COMMENT_START = /^\s{0,3}<!--/;

/** Where a comment opened at `start` ends: after the line that closes it, or at the end of the text. */
function commentEnd(lines: string[], start: number): number {
  const opened = lines[start]!.slice(lines[start]!.indexOf("<!--") + 4);
  if (opened.includes("-->")) return start + 1;
  for (let index = start + 1; index < lines.length; index++) if (lines[index]!.includes("-->")) return index + 1;
  return lines.length;
}

/** How far a line is indented, a tab counting as four spaces. */
function indentWidth(line: string): number {
  const lead = /^[ \t]*/.exec(line)![0];
  return [...lead].reduce((width, char) => (char === "\t" ? width + 4 - (width % 4) : width + 1), 0);
}

const QUOTE_MARK = /^\s{0,3}>[ ]?/;

/**
 * Unquotes in place a block quote at `start` that holds a list (`> 1. …`, `> - …`, nested `> \t1. …`): a study
 * note quotes its answers' points, and they are read as the list they are (a list of phrases as one sentence).
 * A quote of plain paragraphs is left as it is. Returns whether the block was unquoted.
 */
function unquoteListBlock(lines: string[], start: number): boolean {
  let end = start;
  while (end < lines.length && QUOTE_MARK.test(lines[end]!)) end++;
  const inner = lines.slice(start, end).map((line) => line.replace(QUOTE_MARK, ""));
  if (!inner.some((line) => LIST_ITEM.test(line) && !QUOTE_MARK.test(line))) return false;
  inner.forEach((line, at) => {
    lines[start + at] = line.trim() ? line : "";
  });
  return true;
}

/** The first non-blank line after `index`, if any. */
function nextNonBlank(lines: string[], index: number): string | undefined {
  return lines.slice(index + 1).find((line) => line.trim() !== "");
}

/**
 * A list item's nested list, indented under it after a blank line (a loose list, as MkDocs and Python-Markdown
 * want it: `2. 意识对物质具有反作用` / blank / four spaces `1. 意识具有目的性和计划性`), belongs to the item.
 */
function nestsUnder(line: string | undefined, baseIndent: number): boolean {
  return line !== undefined && LIST_ITEM.test(line) && indentWidth(line) >= baseIndent + 2;
}

/**
 * Whether the nested list after the blank line at `index` is of points (phrases, as a revision note lists them) rather
 * than of sentences: only points read into their item; nested sentences stay passages of their own as before.
 */
function nestsPointsUnder(lines: string[], index: number, baseIndent: number): boolean {
  const nested: string[] = [];
  for (let at = index + 1; at < lines.length; at++) {
    const line = lines[at]!;
    if (!line.trim()) continue;
    if (indentWidth(line) < baseIndent + 2) break;
    nested.push(line);
  }
  const items = nested.filter((line) => LIST_ITEM.test(line)).length;
  const ends = nested.filter((line) => /[。！？!?][”’」』）)]*\s*$/.test(line));
  // Points read as one sentence end it on the last of them: "甲；" / "乙；" / "丙。" (a review sheet's answer points).
  const closedSeries = ends.length === 1 && ends[0] === nested[nested.length - 1] && items >= 2 && nested.slice(0, -1).every((line) => /[；;]\s*$/.test(stripInline(line)));
  return items > 0 && (ends.length === 0 || closedSeries);
}

function tableRow(line: string): string[] | null {
  const trimmed = line.trim();
  if (!/^\|.*\|$/.test(trimmed)) return null;
  return trimmed
    .slice(1, -1)
    .split("|")
    .map((cell) => stripInline(cell));
}

/** Markdown as text, and the headings its author marked as such (ATX `#`, Setext, an `<h1>`–`<h6>` line, a bold line of its own) as they stand in the text. */
export interface MarkdownText {
  text: string;
  headings: string[];
}

/**
 * A full-width period ("．", the full stop of texts set in the scientific style) ending a line of Chinese, after its
 * inline markup ("…：<u>习近平</u>．"), is that line's "。": lists and paragraphs are told apart by how their lines end,
 * before the cleaning rules normalize punctuation. A bare outline number ("一．") is not a sentence.
 */
const SCIENTIFIC_FULL_STOP = new RegExp(`(?<=[${CJK}》」』”）][^${CJK}]{0,12}?)．(?=[\s*_]*$)`);
function fullStopAtLineEnd(line: string): string {
  if (!SCIENTIFIC_FULL_STOP.test(line) || /^\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)?[〇一二三四五六七八九十百\d]{1,3}．\s*$/.test(line)) return line;
  return line.replace(SCIENTIFIC_FULL_STOP, "。");
}

export function markdownToText(markdown: string): string {
  return readMarkdown(markdown).text;
}

export function readMarkdown(markdown: string): MarkdownText {
  const allLines = markdown.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n").split("\n");
  const { title, metadataLines, bodyStart: frontMatterEnd } = readYamlFrontMatter(allLines);
  // A flashcard's front (a line tagged `#anki`) leads the list under it, its back; tags go from every line.
  const cardFronts = new Set<string>();
  const body = allLines.slice(frontMatterEnd).map((line) => {
    const untagged = line.replace(TRAILING_TAGS, "");
    if (untagged !== line && CARD_TAG.test(line) && untagged.trim()) cardFronts.add(untagged);
    return fullStopAtLineEnd(untagged);
  });
  const lines = [...allLines.slice(0, frontMatterEnd), ...joinVerse(body)];
  const bodyStart = frontMatterEnd;
  // A Latin title over a Chinese text is a site template's placeholder ("title: Hello"), not the document's name.
  const usableTitle = title && (/\p{Script=Han}/u.test(title) || !/\p{Script=Han}/u.test(lines.slice(bodyStart).join(""))) ? title : null;
  const out: string[] = [...metadataLines, ...(usableTitle ? [usableTitle, ""] : [])];
  const headingLines = new Set<number>();
  // Lines of `out` that are flashcards' fronts.
  const cardFrontLines = new Set<number>();
  // Headings marked by their syntax, not guessed from a bold line (bold is as often emphasis).
  const markedHeadings: string[] = [];
  const block = (text: string, heading = false, marked = false) => {
    out.push("", text, "");
    if (heading) headingLines.add(out.length - 2);
    if (marked && text) markedHeadings.push(text);
  };
  const lastTextIndex = () => {
    let at = out.length - 1;
    while (at >= 0 && !out[at]!.trim()) at--;
    return at;
  };
  // A note's paragraph that ends without punctuation just before a heading ("…全面从严治党" over
  // "### 五位一体") ends its sentence there: the heading starts a new unit, it does not go on with it.
  const endSentenceBeforeHeading = () => {
    const last = lastTextIndex();
    if (last < 0 || headingLines.has(last)) return;
    // Under headings marked with `#`, any statement left open before the next heading ends there (see closesStatement).
    const open = UNPUNCTUATED_PARAGRAPH.test(out[last]!) || (markedHeadings.length > 0 && !cardFrontLines.has(last) && HAS_PUNCTUATION.test(out[last]!) && isUnclosedStatement(out[last]!));
    if (open) out[last] += "。";
  };
  let index = bodyStart;
  // Whether the next line of text goes on with the last one (a comment mark removed from between them).
  let continueParagraph = false;
  while (index < lines.length) {
    const line = lines[index]!;
    const next = lines[index + 1] ?? "";
    const runsOn = continueParagraph;
    continueParagraph = false;
    if (FENCE.test(line)) {
      // Code or a diagram (```mermaid) is markup, not prose: the whole block goes.
      index = fenceEnd(lines, index);
      continue;
    }
    if (COMMENT_START.test(line)) {
      // A comment (`<!-- … -->`, often a box or a paragraph the author switched off) is not shown: it goes whole.
      const end = commentEnd(lines, index);
      // A one-line mark between two lines of a paragraph (a blog's `<!--more-->` summary mark, placed by length, even
      // inside a word: "习近平总" / "<!--more-->" / "书记在…") breaks nothing: the paragraph's lines run on across it.
      continueParagraph = end === index + 1 && index > bodyStart && isPlainLine(lines[index - 1]!) && isPlainLine(lines[end] ?? "");
      index = end;
      continue;
    }
    if (DIAGRAM_START.test(line)) {
      index = diagramEnd(lines, index);
      continue;
    }
    if (LINK_DEFINITION.test(line)) {
      index++;
      continue;
    }
    const container = CONTAINER_FENCE.exec(line);
    if (container) {
      // The fences go; a Chinese title heads the body, which stays where it is.
      const title = container[1]?.trim() ?? "";
      if (/\p{Script=Han}/u.test(title)) {
        endSentenceBeforeHeading();
        block(stripInline(title), true, true);
      }
      index++;
      continue;
    }
    const admonition = ADMONITION.exec(line);
    if (admonition) {
      // The box's title heads its body, which is read as the Markdown it is once dedented.
      const title = admonitionTitle(admonition);
      if (title) {
        endSentenceBeforeHeading();
        block(stripInline(title), true, true);
      }
      dedentAdmonitionBody(lines, index);
      index++;
      continue;
    }
    if (startsHtmlBlock(line)) {
      const end = htmlBlockEnd(lines, index);
      const blocks = htmlBlockToText(lines.slice(index, end).join("\n"));
      const last = lastTextIndex();
      const first = blocks[0];
      // A lead just before the block ("**行动方向：**") takes the block's first list.
      const joinsLead = first !== undefined && !first.heading && last >= 0 && !headingLines.has(last) && /[：:]$/.test(out[last]!);
      if (joinsLead) {
        out.splice(last + 1);
        out[last] += first.text;
      }
      // A card's heading (a study note's `<div>` block) is a heading, not one the author set apart as a line of its own.
      for (const item of joinsLead ? blocks.slice(1) : blocks) block(item.text, item.heading);
      index = end;
      continue;
    }
    if (QUOTE_MARK.test(line) && unquoteListBlock(lines, index)) continue;
    const atx = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (atx) {
      endSentenceBeforeHeading();
      block(stripInline(atx[1]!), true, true);
      index++;
      continue;
    }
    if (line.trim() && !LIST_ITEM.test(line) && /^\s{0,3}(?:=+|-+)\s*$/.test(next) && !/^\s*$/.test(line)) {
      block(stripInline(line), true, true);
      index += 2;
      continue;
    }
    if (/^\s*([-*_]\s*){3,}$/.test(line)) {
      out.push("");
      index++;
      continue;
    }
    const row = tableRow(line);
    if (row) {
      const rows: string[][] = [];
      while (index < lines.length) {
        const cells = tableRow(lines[index]!);
        if (!cells) break;
        if (!cells.every((cell) => /^:?-{2,}:?$/.test(cell) || cell === "")) rows.push(cells);
        index++;
      }
      out.push("", ...tableRowsToText(rows), "");
      continue;
    }
    // A numbered list is read as a list when it is tight (item under item); a lone "1. …" over a paragraph is left to the outline as numbering.
    const baseIndent = indentWidth(line);
    // An item over its nested list, set apart by a blank line, opens a list too.
    // So does an item whose text goes on, indented under it, on the next line (a review sheet's "1. 问题<br>" / "   意义：…").
    const continued = /^\s{2,}\S/.test(next) && indentWidth(next) >= baseIndent + 2 && !LIST_ITEM.test(next) && /<br\s*\/?>\s*$/i.test(line);
    const ordered =
      !UNORDERED_ITEM.test(line) &&
      ORDERED_ITEM.test(line) &&
      (ORDERED_ITEM.test(next) || continued || (!next.trim() && nestsUnder(nextNonBlank(lines, index), baseIndent) && nestsPointsUnder(lines, index + 1, baseIndent)));
    if (UNORDERED_ITEM.test(line) || ordered) {
      const items: string[] = [];
      // The items nested under each item, read into it: "意识对物质具有反作用：1. 意识具有目的性和计划性；2. …".
      const children: string[][] = [];
      let nested = false;
      let loose = false;
      let numberedPoints = false;
      // Where the text of the last item at the list's own level starts ("* " → 2, "1. " → 3): a paragraph indented so
      // far after a blank line is that item's own, as CommonMark reads it.
      let itemColumn = Number.POSITIVE_INFINITY;
      // Whether the line read next opens a paragraph of the item's own after a blank line.
      let paragraphBreak = false;
      while (index < lines.length) {
        const current = lines[index]!;
        if (!current.trim()) {
          // A blank line inside a loose list: the list goes on when a nested item follows, or a sibling after nesting.
          const following = nextNonBlank(lines, index);
          const sibling = nested && following !== undefined && LIST_ITEM.test(following) && indentWidth(following) < baseIndent + 2;
          const nests = nestsUnder(following, baseIndent) && nestsPointsUnder(lines, index, baseIndent);
          // A paragraph of the item's own, indented to its text under a blank line (a bold sub-lead over the item's
          // nested points: "* 八个明确…的主要内容：" / "  **明确了…**" / "  * 明确…"), stays in the item.
          const continues = following !== undefined && !LIST_ITEM.test(following) && !FENCE.test(following) && indentWidth(following) >= itemColumn && indentWidth(following) < itemColumn + 4;
          if (items.length > 0 && (nests || sibling || continues)) {
            // Only a list set apart under its item by a blank line is read into it; a tight sublist stays items as before.
            if (nests || sibling) loose = nests;
            paragraphBreak = continues;
            index++;
            continue;
          }
          break;
        }
        if (!(LIST_ITEM.test(current) || (items.length > 0 && (/^\s{2,}\S/.test(current) || paragraphBreak)))) break;
        const match = LIST_ITEM.exec(current);
        // A numbered item keeps its number (the order is the author's, "第一步…第二步"); a bullet is only a sign.
        const number = match ? /^\s*(\d{1,3})[.)]/.exec(current)?.[1] : undefined;
        // A numbered list restarting at 1 under a numbered item, written tight ("1. 原因" / "\t1. …" / "\t2. …"), is
        // that item's points, never its siblings: a study note's questions or topics over their answers' points.
        const restarted = !loose && ordered && match && number !== undefined && items.length > 0 && indentWidth(current) >= baseIndent + 2 && (children[items.length - 1]!.length > 0 || number === "1");
        const deeper = (loose && match && items.length > 0 && indentWidth(current) >= baseIndent + 2) || restarted;
        if (restarted) numberedPoints = true;
        if (deeper) {
          nested = true;
          // Numbered as a second level ("（1）"), so the item's own "1." stays the only number that opens the line.
          children[items.length - 1]!.push(number ? `（${number}）${match[2]!}` : match[2]!);
        } else if (match) {
          items.push(ordered && number ? `${number}. ${match[2]!}` : match[2]!);
          children.push([]);
          if (indentWidth(current) < baseIndent + 2) itemColumn = indentWidth(current) + current.trimStart().length - match[2]!.length;
        } else {
          const own = children[items.length - 1]!;
          // A paragraph of its own ends the sentence before it ("…主要内容：" needs no stop).
          const joint = (text: string) => (paragraphBreak && /[\p{Script=Han}\p{L}\p{N}）)]$/u.test(stripInline(text)) ? "。" : "");
          // A cross-reference closing the text before (`…的不平衡。→[§1](#…)`) points elsewhere: it goes, not into the middle.
          const extend = (text: string) => (paragraphBreak ? `${withoutCrossReference(text)}${joint(text)}` : text) + current.trim();
          if (own.length > 0) own[own.length - 1] = extend(own[own.length - 1]!);
          else items[items.length - 1] = extend(items[items.length - 1]!);
        }
        paragraphBreak = false;
        index++;
      }
      // Points that are phrases ("勤于学习" / "\t1. 投身基层") stay items of the one list, as a tight sublist always was.
      const points = children.flat();
      if (numberedPoints && points.filter((point) => point.length > 16 || /[，,；;]/.test(point)).length * 2 < points.length) {
        const flat = items.flatMap((item, position) => [item, ...children[position]!.map((point) => point.replace(/^（(\d+)）/, "$1. "))]);
        items.splice(0, items.length, ...flat);
        children.splice(0, children.length, ...flat.map(() => []));
        numberedPoints = false;
      }
      if (numberedPoints) {
        // Each item titles its points, each point a statement of its own: "推进…的原因" over "找到了…。" "…。".
        items.forEach((item, position) => {
          const own = children[position]!.map((child) => stripInline(child.replace(/^（\d+）/, "")).replace(/[；;，,。]$/, "")).filter(Boolean);
          // The item's number only orders the note's questions: its title or statement is read without it.
          const title = stripInline(item.replace(/^\d{1,3}\. /, ""));
          // A statement with its value ("活的灵魂：实事求是，…") is a passage; a bare topic or question titles its points
          // or, without any, stands as a title the note left unanswered.
          if (own.length === 0) {
            block(/[。！？!?]$/.test(title) ? title : `${title}。`);
            return;
          }
          if (title) block(title, true);
          for (const child of own) block(/[！？!?]$/.test(child) ? child : `${child}。`);
        });
        continue;
      }
      items.forEach((item, position) => {
        const own = children[position]!.map((child) => stripInline(child).replace(/[；;，,]$/, "")).filter(Boolean);
        if (own.length === 0) return;
        // A question ("鸦片战争的影响？") takes its answer's points without a colon; a point that ends its sentence ("…进程。") needs no "；".
        // An item that already states its answer ("支撑：科技、教育、人才；") ends there; its points follow as a sentence of their own.
        const stated = /[：:].*\S[；;。]$/.test(item.replace(/^\d{1,3}\. /, ""));
        const lead = /[？?]$/.test(item) ? item : stated ? `${item.replace(/[；;。]$/, "")}。` : `${item.replace(/[：:]$/, "")}：`;
        items[position] = `${lead}${own.map((child, at) => (at === own.length - 1 || /[。！？!?；;]$/.test(child) ? child : `${child}；`)).join("")}`;
      });
      // A numbered list of titles is what to study, not where to read on: only its links point elsewhere.
      const references = items.filter((item) => (ordered ? HAS_LINK.test(withoutCrossReference(item)) : isReferenceItem(item))).length;
      const last = lastTextIndex();
      if (references * 2 >= items.length) {
        // A heading over nothing but the dropped list goes with it.
        if (headingLines.has(last)) out.splice(last);
        continue;
      }
      const kept = items.filter((item) => !isLinkLine(item)).map(stripInline).filter(Boolean);
      const joined = joinPhrases(kept);
      const phrases = kept.filter((item) => !/[。！？!?]$/.test(item)).length * 2 > kept.length;
      if (last >= 0 && !headingLines.has(last) && /[：:]$/.test(out[last]!)) {
        // A list lead keeps its items: "…包括：甲；乙；丙。"
        out.splice(last + 1);
        out[last] += joined;
      } else if (cardFrontLines.has(last) && joined) {
        // A flashcard's front leads its back: "什么是分散式学习？把一次集中学习打散成数次学习；…。", "消除熟练度错觉的方式：…。"
        out.splice(last + 1);
        out[last] += `${/[。！？!?：:]$/.test(out[last]!) ? "" : "："}${joined}`;
        cardFrontLines.delete(last);
      } else if (phrases) block(joined);
      // A list of sentences: each item a paragraph, and a statement its author left open (a nested point under an item
      // that ends its sentence, "…提供了根本指引。" over "中国特色社会主义是…的必由之路") ends there.
      else out.push(...kept.flatMap((item) => ["", HAS_PUNCTUATION.test(item) && isUnclosedStatement(item) ? `${item}。` : item, ""]));
      continue;
    }
    if (isLinkLine(line)) {
      index++;
      continue;
    }
    // Lines set apart by hard breaks ("“四个全面”内在逻辑联系  " / "战略目标：…  " / "战略举措：…") are
    // lines of one paragraph, never a heading over the rest: read as a list of its lines.
    // Not credits or a form (every line "label：value" or "文字丨…", left to the metadata rule), nor a title over its "——"
    // subtitle, nor a bold title over two lines (`**标题  ` / `副标题**`, read below).
    const hardBroken = hardBrokenLines(lines, index);
    if (hardBroken.length >= 2 && !hardBroken.some((text) => /^\s*——|[丨｜|]|^\s*(\*\*|__)(?!.*\1)/.test(text)) && !hardBroken.every((text) => FIELD_LINE.test(text))) {
      block(joinPhrases(hardBroken.map((text) => stripInline(text.replace(/^\s{0,3}>\s?/, ""))).filter(Boolean)));
      index += hardBroken.length;
      continue;
    }
    const quoted = line.replace(/^\s{0,3}>\s?/, "");
    // A bold title over two lines joined by a hard break ("**标题  " / "——副标题**"): two title lines.
    const boldOpen = /^\s*(\*\*|__)([^*_\n]+?)\s*$/.exec(quoted);
    const boldClose = boldOpen ? new RegExp(`^\\s*([^*_\\n]+?)${boldOpen[1] === "**" ? "\\*\\*" : "__"}\\s*$`).exec(next.replace(/^\s{0,3}>\s?/, "")) : null;
    if (boldOpen && boldClose && !/[：:]$/.test(boldClose[1]!.trim())) {
      block(stripInline(boldOpen[2]!.trim()), true);
      block(stripInline(boldClose[1]!.trim()), true);
      index += 2;
      continue;
    }
    const bold = /^\s*(\*\*|__)([^*_\n]+)\1\s*$/.exec(quoted);
    // An HTML block inside Markdown: a heading tag titles, a paragraph tag is a paragraph of its own.
    const htmlBlock = /^\s*<(h[1-6]|p)\b[^>]*>(.*)<\/\1>\s*$/i.exec(quoted);
    // A bold line ending in "：" leads a list ("**学习收获：**"): text, not a heading. So does a statement set in bold over a
    // list under a marked heading, wider than any title (30 printed characters), numbered by nothing ("**中国特色社会主义
    // 进入新时代，…也具有重大意义**" over "* **历史意义**："): a sentence, ended where its author left it open.
    const boldStatement =
      bold && markedHeadings.length > 0 && displayWidth(bold[2]!.trim()) > 30 && detectHeading(bold[2]!.trim()) === null && LIST_ITEM.test(nextNonBlank(lines, index) ?? "");
    if (boldStatement) block(isUnclosedStatement(bold[2]!.trim()) ? `${bold[2]!.trim()}。` : bold[2]!.trim());
    else if (bold && !/[：:]$/.test(bold[2]!.trim())) block(bold[2]!.trim(), true, true);
    else if (bold) block(bold[2]!.trim());
    else if (htmlBlock) block(stripInline(htmlBlock[2]!), /^h/i.test(htmlBlock[1]!), /^h/i.test(htmlBlock[1]!));
    else {
      const text = stripInline(quoted);
      // A note's paragraph that ends without punctuation where a block of other syntax (a list, a quote, a rule, a
      // heading) or the end of the note follows it ends its sentence there, as before a heading above.
      const following = next.trim() ? undefined : nextNonBlank(lines, index);
      const closesUnit = !next.trim() && (following === undefined || BLOCK_SYNTAX.test(following) || /^\s{0,3}>/.test(following));
      // Under headings its author marked with `#`, a plain paragraph is a paragraph, not a heading left unmarked: when it
      // stops without punctuation before a blank line and another paragraph ("…革命的首要对象" / "封建主义是…"), the
      // statement ends there, as a note's point does. A paragraph left open on a clause break (`，`、`、`) goes on.
      // A short line with no punctuation over a finished paragraph is a heading left unmarked ("如何认定拉票行为"), left alone.
      const closesStatement =
        !next.trim() && markedHeadings.length > 0 && following !== undefined && isPlainLine(following) && isUnclosedStatement(text) && !isUnmarkedHeading(text, following);
      const ended = (closesUnit && UNPUNCTUATED_NOTE_LINE.test(text)) || closesStatement ? (cardFronts.has(line) ? text : `${text}。`) : text;
      const last = out.length - 1;
      if (runsOn && last >= 0 && out[last]!.trim() && !headingLines.has(last)) out[last] += ended.trimStart();
      else out.push(ended);
      if (cardFronts.has(line)) cardFrontLines.add(out.length - 1);
    }
    index++;
  }
  return { text: out.join("\n").replace(/\n{3,}/g, "\n\n").trim(), headings: markedHeadings };
}

/**
 * Table rows as lines a learner can read: with a header row, each cell is named by its column
 * ("时间：…；内容：…", ended with "。" like a list of phrases; a cross table's row label, under its blank
 * corner, stays bare: "解决矛盾；旧民主主义革命：…；新民主主义革命：…。"); without one, the cells are joined by "；".
 */
export function tableRowsToText(rows: string[][]): string[] {
  const filled = rows.map((cells) => cells.map((cell) => cell.replace(/\s+/g, " ").trim())).filter((cells) => cells.some(Boolean));
  if (filled.length === 0) return [];
  const [header, ...body] = filled;
  // A cross table leaves its corner blank: the first column labels the rows, the header the other columns.
  const headerLooksLikeLabels =
    body.length > 0 && header!.length > 1 && header!.every((cell, column) => (cell.length > 0 || (column === 0 && header!.length > 2)) && cell.length <= 12 && !/[。！？]/.test(cell));
  if (!headerLooksLikeLabels) return filled.map((cells) => cells.filter(Boolean).join("；"));
  // A row of labelled values is one sentence, ended like a list of phrases ("项目：保险；单价：3元/人。").
  return body.map((cells) => {
    const row = cells
      .map((cell, column) => (cell ? (header![column] ? `${header![column]}：${cell}` : cell) : ""))
      .filter(Boolean)
      .join("；");
    return /[。！？!?]$/.test(row) ? row : `${row}。`;
  });
}
