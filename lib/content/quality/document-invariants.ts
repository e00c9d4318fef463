import { cleanTitle } from "../structure/clean-title";
import { CREDITED_CAPTION, PHOTO_CAPTION, rosterIndexes, withoutNewsLeadText } from "../cleaning/drop-document-metadata";
import { isBareCitation, notesSections } from "../cleaning/drop-references";
import { withoutParenthesizedCalls } from "../cleaning/drop-footnote-markers";
import { dropRunningHeaders } from "../cleaning/drop-running-headers";
import { ISSUE_INDEX } from "../cleaning/drop-site-boilerplate";
import { PAGE_CONTROL, pageDebrisLines } from "../cleaning/page-debris";
import { ESCAPED_TAG } from "../cleaning/repair-encoding-debris";
import { closeListItems } from "../cleaning/close-list-items";
import { ICON_SHORTCODE, TRAILING_TAGS } from "../ingest/markdown-to-text";
import { splitIndentedParagraphs } from "../cleaning/split-indented-paragraphs";
import { NEWS_DATELINE, withoutDigestDatelines } from "../structure/news-reports";
import { isHeadlineLine, SALUTATION as OPENING_SALUTATION } from "../structure/classify-lines";
import { FIELD_HEADING, FIELD_LINE } from "../text/field-headings";
import { CLOSING_THANKS } from "../cleaning/drop-signature-lines";
import { COMMON_SURNAME } from "../text/surnames";
import { isProperTitle } from "../structure/clean-title";
import type { BuiltCourse, Module, Passage, Section } from "../types";

/**
 * What any course built from a real document must satisfy, whatever its layout: checked on
 * every document of the corpus (tests/fixtures/corpus) and shown by content:inspect. These are
 * properties, not snapshots: they say nothing about where a heading must go, only what a
 * learner must never see (a date as a title, `**` in a passage, a sentence lost).
 */
export const INVARIANTS = [
  "metadata-title",
  "salutation-title",
  "byline-title",
  "greeting-passage",
  "file-name-title",
  "markup-title",
  "sentence-title",
  "empty-section",
  "mid-sentence-passages",
  "markup-debris",
  "articles-recognised",
  "module-size",
  "repeated-module-title",
  "lost-sentences",
] as const;

export type InvariantName = (typeof INVARIANTS)[number];

export interface InvariantViolation {
  invariant: InvariantName;
  /** How many titles, sections, passages or sentences break it. */
  count: number;
  /** A few of them, for the message. */
  examples: string[];
}

export interface DocumentQuality {
  passages: number;
  /** Share of (prose) passages that do not end a sentence. */
  midSentenceShare: number;
  /** Source sentences found in no passage. */
  lostSentences: string[];
  /** Source sentences found in more passages than the source has them. */
  repeatedSentences: string[];
  /** Passages holding Markdown, HTML, link or URL debris. */
  debris: string[];
  /** 第X条 articles the source has, and how many of them became a passage or a section of their own. */
  articles: { inSource: number; recognised: number };
  violations: InvariantViolation[];
}

export interface InvariantInput {
  /** The uploaded file's name: a title equal to its stem is the file name standing in for a title. */
  fileName: string;
  /** The document's text as decoded or extracted, before any cleaning. */
  sourceText: string;
  /** The course built from this one document. */
  course: BuiltCourse;
  /**
   * Reporters' bylines the cleaning removed (金正波 between a report's headline and its text): no text of the document,
   * so a sentence the source runs on over one is counted without it.
   */
  bylines?: readonly string[];
}

/** A passage may hold at most this share of passages ending mid-sentence. */
export const MAX_MID_SENTENCE_SHARE = 0.1;
/** Characters of passage text a module may hold: more is not one sitting. */
export const MAX_MODULE_CHARS = 20_000;
/** Longer than this, a title is a paragraph that lost its place (report headings with commas stay shorter). */
const MAX_TITLE_CHARS = 60;
/** A source with at least this many 第X条 lines is a legal text whose articles must be recognised. */
const MIN_ARTICLES = 3;
/** Share of a legal text's articles that must be recognised. */
const MIN_ARTICLE_SHARE = 0.9;
const EXAMPLES = 5;

const METADATA_TITLE =
  /^(版次|日期|时间|来源|出处|作者|编辑|责任编辑|记者|通讯员|审核|发布时间|发布日期|更新时间|发布者|字号|原标题|文章标题|关键词|标签|分类|浏览|阅读|title|layout|description|date|author|tags?|categories|category|draft|lang)\s*[:：]/i;
/** A page's info bar of fields between bars with a metadata key after a bar: "学校：…实验小学 | 日期：2017年11月30日". */
const METADATA_FIELDS = /[|｜]\s*(日期|时间|来源|出处|作者|编辑|记者|审核|供稿|发布时间|发布日期|更新时间|浏览次数|浏览|阅读|点击数?)\s*[:：]/;
/** A column's tag (`【学习路上按】…`) or a news agency's dateline (`据新华社电`, `新华社北京4月5日电`) is no title. */
const COLUMN_OR_DATELINE = /^【[^【】]{1,12}】./;
const DATE_ONLY = /^[\d\s年月日./\-：:—（）()]+$/;
const SALUTATION = /^(同志们|各位代表|各位委员|各位领导|同学们|朋友们|女士们|先生们|亲爱的[\p{Script=Han}]{0,8})[，,：:！!]?$/u;
/** A bare personal name: a common surname and one or two characters ("金正波", "赵乐际"). */
const BARE_NAME = new RegExp(`^${COMMON_SURNAME}[\\p{Script=Han}·]{1,2}$`, "u");
/** A passage that only greets or thanks the audience: "同志们：", "大家好！", "谢谢大家！". */
const GREETING = /^(?:大家好|各位好|上午好|下午好|晚上好)[！!。]?$/;

/**
 * A byline kept as a section's title: a bare name over text that never speaks in the first person (outside quotations)
 * and never names the person. A speaker's remarks under the speaker's name say 我; a profile names its subject.
 */
function isBylineTitle(section: Section): boolean {
  if (section.implicit || !BARE_NAME.test(section.title.trim()) || section.passages.length === 0) return false;
  const text = section.passages.map((passage) => passage.text).join("");
  const unquoted = text.replace(/“[^”]*”/g, "");
  return !unquoted.includes("我") && !text.includes(section.title.trim().slice(1));
}

function isGreetingPassage(passage: Passage): boolean {
  const text = passage.text.trim();
  return OPENING_SALUTATION.test(text) || GREETING.test(text) || CLOSING_THANKS.test(text);
}

/**
 * Markdown or HTML left in a passage. A lone `**` right before a word (`请注明“**党支部…作品”`) is a notice's placeholder for
 * a name the reader fills in, not bold markup; a `**` pair around text, or one not before a Chinese word, is markup.
 */
const MARKUP = /^#{1,6}\s|^#{1,6}$|\*\*(?=[^*]*\*\*)|\*\*(?!\p{Script=Han})|__|`|<\/?[a-z][^>]*>|\[[^\]]*\]\([^)]*\)|^[-*+]\s|^>\s?|\{#[\w-]+\}|!\[/iu;
const URL = /https?:\/\/|www\.[a-z0-9-]+\.[a-z]/i;
const SENTENCE_END = /[。！？!?]$/;
const LIST_LEAD = /(是|下列|如下|以下|包括)[：:]?$|[：:]$/;
/**
 * A passage ends a sentence at its stop, closing quotes and brackets after it, and after a note in
 * brackets that follows the stop (…的矛盾。（1956年，八大）, …处理。（研究员王希鹏）): a source or date
 * printed after the sentence, no sentence of its own.
 */
const PASSAGE_END = /[。！？!?…；;][”’」』）)】\]"']*(?:[（(][^（()）。！？!?]{1,40}[）)])?$/;
const ARTICLE = /^[\s\u3000]*第([一二三四五六七八九十百零〇两\d]+)条/;
const ARTICLE_LINE = /^[\s\u3000#*>]*第([一二三四五六七八九十百零〇两\d]+)条/gm;
/** Lines a cleaning rule may drop whole as debris: bylines, sources, promotions, disclaimers. */
const DEBRIS_SENTENCE = /来源[：:]|仅代表|不代表|特别声明|免责声明|二维码|字号[：:]|作者[：:]|编辑[：:]|记者|责任编辑|原标题|版权|转载|欢迎|点击|扫码|关注|分享|订阅|[由为]\s*AI[^。！？]{0,16}生成|免责|(?:当前|所在|现在|当前的)位置[：:]|如需引用|以正式(?:文件|文本|出版物)为准/;

function allSections(sections: Section[]): Section[] {
  return sections.flatMap((section) => [section, ...allSections(section.sections)]);
}

function subtreePassages(section: Section): number {
  return section.passages.length + section.sections.reduce((sum, child) => sum + subtreePassages(child), 0);
}

/**
 * Passages that lead into the sections after them: the last passage of a section, ending in a colon,
 * with more sections to follow (…必须“把好四关”： over 把好“纪律审查关” …). Such a passage ends where
 * its sentence goes on as headings, not in the middle of a sentence.
 */
function sectionLeads(modules: Module[]): Set<Passage> {
  const ordered = modules.flatMap((module) => allSections(module.sections));
  const leads = new Set<Passage>();
  ordered.forEach((section, at) => {
    const last = section.passages[section.passages.length - 1];
    if (last && at < ordered.length - 1 && /[：:]$/.test(last.text.trim())) leads.add(last);
  });
  return leads;
}

/**
 * The values of a notice's fields: the one passage of a section titled by a field ("时间地点" over "1月29日前，各支部活动室"),
 * which states its value without a full stop and is no sentence cut short.
 */
function fieldValues(modules: Module[]): Set<Passage> {
  const sections = modules.flatMap((module) => allSections(module.sections));
  return new Set(sections.filter((section) => section.passages.length === 1 && FIELD_HEADING.test(section.title.trim())).map((section) => section.passages[0]!));
}

function modulePassages(module: Module): Passage[] {
  return allSections(module.sections).flatMap((section) => section.passages);
}

/** What identifies a sentence: its letters, digits and Chinese characters, nothing else. */
export function normalizeSentence(text: string): string {
  return text.normalize("NFKC").replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, "").toLowerCase();
}

function fileStem(fileName: string): string {
  return fileName.split("/").pop()!.replace(/\.[^.]+$/, "");
}

function withoutRoster(text: string): string {
  const lines = text.split("\n");
  const roster = rosterIndexes(lines);
  return roster.size === 0 ? text : lines.filter((_line, index) => !roster.has(index)).join("\n");
}

/** Source text without what never reaches a passage as prose: links' targets, URLs, tags, footnote marks. */
/**
 * Fenced blocks (```, ~~~, with a language or a MkDocs `title="…"`) are code, a diagram or a note's scratch
 * lines (exercise numbers), which the Markdown reader drops as markup: not the document's sentences.
 */
function withoutFencedBlocks(text: string): string {
  return text.replace(/^[ ]{0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ ]{0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm, "");
}

function withoutMarkup(text: string): string {
  // Paragraphs run together on one line are paragraphs: the cleaning splits them at their indents.
  const unmarked = splitIndentedParagraphs
    .apply(withoutFencedBlocks(text).split("\n"))
    .lines.join("\n")
    .replace(/^---\n[\s\S]*?\n---\n/, "")
    // An Obsidian note's tags at a line's end (`问题？ #anki`), which the Markdown reader drops.
    .replace(LINE_END_TAGS, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    // An icon shortcode (`:material-clock-edit-outline:`) draws an icon, as an image does; the Markdown reader drops it.
    .replace(ICON_SHORTCODE, "")
    .replace(/\]\([^)]*\)/g, "]")
    // Inline tags (`<u>物质文化</u>`) mark words inside a sentence; any other tag breaks the line as a block does.
    .replace(/<\/?(?:u|b|i|em|strong|span|mark|font|s|del|ins|small|sup|sub|kbd|code)\b[^>]*>/gi, "")
    .replace(/<[^>]+>/g, "\n")
    .replace(/https?:\/\/\S+/g, "")
    // Escaped tags and HTML entities, escaped once or more (`&amp;amp;nbsp;`), which encodingDebris removes.
    .replace(ESCAPED_TAG, "\n")
    .replace(/&(?:amp;)*(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,6});/gi, "")
    // Footnote marks hold one to three digits, as dropFootnoteMarkers reads them; a year in brackets
    // is part of a document number (法释〔2016〕9号) and stays in the text.
    // A circled figure opening a line numbers a list's item (`②首要对象：帝国主义`), which the passages keep.
    .replace(/[[［〔]\d{1,3}(?:[,，-]\d{1,3})*[\]］〕](?:\(\d+\))?|\^?(?<!^[ \t\u3000]*)[①②③④⑤⑥⑦⑧⑨⑩]/gm, "")
    // A parenthesized figure calling a note (`五四运动⑴的`), as dropFootnoteMarkers reads it.
    .split("\n")
    .map(withoutParenthesizedCalls)
    .join("\n")
    .replace(/\{#[\w-]+\}/g, "")
    // A photo caption with its credit ("…。本报记者 霍艳恩摄"), one in brackets or a group photo's line, which the metadata rule drops.
    .split("\n")
    .filter((line) => !PHOTO_CAPTION.test(line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "")) && !CREDITED_CAPTION.test(line.trim()))
    .join("\n")
    .replace(/\*\*|__/g, "");
  // A panel's roster (特邀嘉宾 over the guests' names and offices), which the metadata rule drops.
  // A digest's datelines (`新华社北京4月5日电`), which the outline cuts from the reports' first paragraphs.
  // A news report's lead (`南开新闻网讯（记者 …）`), which the metadata rule drops from the first paragraph.
  const lines = withoutDigestDatelines(withoutNewsLeadText(withoutRoster(unmarked).split("\n")))
    .join("\n")
    // Page numbers a PDF extraction puts among the text (`- 3 -`), which the pipeline drops.
    .replace(/(^|\s)-?\s?\d{1,3}\s?-(?=\s|$)/gm, "$1")
    .split("\n")
    // An official print's footer (`第 9 页 共 20 页`), which pageNumbers drops even inside a sentence.
    .filter((line) => !PAGE_FOOTER.test(line))
    // Paragraphs in another language (an English translation) are not the document's text.
    .filter((line) => line.length < 20 || (line.match(/\p{Script=Han}/gu)?.length ?? 0) >= line.length * 0.2);
  // A running header (an official print's title over every page), which runningHeaders drops even inside a sentence.
  return dropRunningHeaders.apply(lines).lines.join("\n");
}

const LINE_END_TAGS = new RegExp(TRAILING_TAGS.source, "gmu");

/** A line whose list mark is a number (`1. …`, `  2) …`), not a bullet whose text opens with one (`* 3. …`). */
const ORDERED_MARKER_LINE = /^[ \t]*\d{1,3}[.)][ \t]/;

/** A list item's number at the start of a line (`0.`, `12)`), which a bulleted list's reader leaves out. */
const LIST_NUMBER = /^\d{1,3}[.)](?!\d)\s*/;

const PAGE_FOOTER = /^\s*第\s*\d{1,4}\s*页\s*[,，/]?\s*共\s*\d{1,4}\s*页\s*$/;

/** Outline numbering at the start of a line: 一、 （一） 1. （1） ① 第X章/节. */
const LEADING_NUMBER = /^(第[一二三四五六七八九十百零〇\d]+[编章节]\s*|[一二三四五六七八九十]+[、.．]\s*|[（(][一二三四五六七八九十\d]+[）)]\s*|\d+(\.\d+)*[、.．]?\s*|[①②③④⑤⑥⑦⑧⑨⑩])/;

/** A line that is only a link (a table of contents' item, a "see also"): navigation the Markdown reader drops, not text. */
const LINK_ONLY_LINE = /^[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?\[[^\]\n]*\]\([^)\n]*\)[ \t]*$/gm;

/**
 * A reading list's entry: a linked document title 《[…](…)》 with at most its author, date and where it was
 * published around it (`- 毛泽东《[论十大关系](https://…)》（1956年4月25日）。`, `> 张三，《[…](…)》，《某某日报》，某某网。`).
 * The Markdown reader drops such a list as the document's references: metadata, not its sentences.
 */
export function isLinkedCitation(line: string): boolean {
  if (!/《\s*\[[^\]\n]+\]\([^)\n]+\)\s*》/.test(line)) return false;
  const own = line
    .replace(/《[^》\n]*》/g, "")
    .replace(/[（(][^（）()\n]*[）)]/g, "")
    .replace(/:[a-z][\w-]*:/g, "")
    .replace(/\d{2,4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?/g, "");
  return (own.match(/\p{Script=Han}/gu)?.length ?? 0) <= 10 && !/[，,][^，,。]*[，,][^，,。]*[，,][^，,。]*[，,]/.test(own.replace(/\s/g, ""));
}

const CITATION_ITEM_LINE = /^[ \t]*(?:[-*+>][ \t]+|\d{1,3}[.)][ \t]+)*(.*)$/;

function withoutLinkLines(text: string): string {
  const lines = text.replace(LINK_ONLY_LINE, "").split("\n");
  // A page's share toolbar ("分享到：" over "QQ空间" "新浪微博" …) and its lists of other headlines ("相关报道" over "·…").
  const furniture = pageDebrisLines(lines, ["shareToolbar", "headlineList"]);
  return lines.map((line, at) => (furniture.has(at) || isLinkedCitation(CITATION_ITEM_LINE.exec(line)![1]!) ? "" : line)).join("\n");
}

/** A Markdown table's line (`| 名称 | 内容 |`), its alignment row (`| --- | :-: |`) included. */
const TABLE_LINE = /^[ ]{0,3}\|.*\|[ \t]*$/;
const TABLE_RULE = /^[\s|:-]+$/;

/**
 * A Markdown table's rows: the reader writes each as a line of its own ("名称：社会性质；内容：…。", or its cells
 * joined by "；"), so its cells, not the row's run of text, are what must reach a passage. The text comes back
 * with each table replaced by a unit end, so a sentence left open over a table ends there as the reader ends it.
 */
function splitTables(text: string): { text: string; rows: string[][] } {
  const rows: string[][] = [];
  const out: string[] = [];
  let inTable = false;
  for (const line of text.split("\n")) {
    if (!TABLE_LINE.test(line)) {
      inTable = false;
      out.push(line);
      continue;
    }
    if (!inTable) out.push("。");
    inTable = true;
    // The row stays as an empty one, so a mind map with tables among its branches still reads as one.
    out.push("| |");
    if (TABLE_RULE.test(line)) continue;
    rows.push(
      line
        .trim()
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim())
        .filter(Boolean),
    );
  }
  return { text: out.join("\n"), rows };
}

/**
 * A Markdown heading (`## …`) ends what stands before it when that holds prose: a note's sentence
 * without a full stop over a heading is a sentence of its own, as the learner sees it, not the start
 * of one running on under the heading. Short lines (titles, debris) and lists still lead into what follows.
 * A Markdown list ends where a paragraph starts, the reader closing a list of phrases with "。".
 */
const LIST_ITEM_LINE = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\S/;

function isPlainMarkdownLine(line: string): boolean {
  return line.trim() !== "" && !/^\s*(?:#|>|\||<|!\[|[-*+]\s|\d{1,3}[.)]\s|[-=*_]{3,}\s*$|```|~~~)|^ {4}/.test(line);
}

/** Two lines the Markdown reader joins as one paragraph: plain, neither credits (`文字丨…`), a "——" subtitle nor an open bold title, not both fields of a form. */
function joinsByHardBreak(line: string, next: string): boolean {
  const field = /^\s*[^\s：:，,。]{1,6}[：:]\s*\S/;
  return (
    [line, next].every((text) => isPlainMarkdownLine(text) && !/^[\s*_]*——|[丨｜|]|^\s*(\*\*|__)(?!.*\1)/.test(text)) && !(field.test(line) && field.test(next))
  );
}

function withoutHeadingRuns(text: string): string {
  const out: string[] = [];
  // Lines since the last sentence end.
  let run: string[] = [];
  // Whether the run holds lines set apart by hard breaks, a paragraph the Markdown reader closes with "。".
  let hardBroken = false;
  const lines = text.split("\n");
  // The next line with text after each line, found once from the end.
  const nextText: Array<string | undefined> = [];
  for (let at = lines.length - 1, found: string | undefined; at >= 0; at--) {
    nextText[at] = found;
    if (lines[at]!.trim() !== "") found = lines[at];
  }
  lines.forEach((line, index) => {
    if (line.trim() === "" && hardBroken && run.length > 0) {
      out.push("。");
      run = [];
    }
    if (line.trim() === "") hardBroken = false;
    // As the reader takes them: a plain line (no heading, list, quote, table or HTML) over another plain line.
    else if (/\S {2,}$/.test(line) && joinsByHardBreak(line, lines[index + 1] ?? "")) hardBroken = true;
    const isHeading = /^[ ]{0,3}#{1,6}[ \t]/.test(line);
    const clean = line.replace(/^[\s\u3000#>*_-]+/, "").trim();
    const previous = out.findLast((candidate) => candidate.trim() !== "") ?? "";
    if (isHeading && !LIST_ITEM_LINE.test(previous) && run.some((line) => !mayStandAlone(line.trim()))) {
      out.push("。");
      run = [];
    }
    out.push(line);
    if (/[。！？!?]["”’」』）)]*\s*$|[：:]\s*$/.test(line)) run = [];
    else if (clean) run.push(line.replace(/^([ \t]*)[-*+>_#]+\s*/, "$1").trimEnd());
    const next = nextText[index];
    // A list before a heading ends there too, nested or flat (a note's numbered questions over their indented answers);
    // a mind map with tables among its branches is left to run on.
    const endsList = next !== undefined && /^[ ]{0,3}#{1,6}[ \t]/.test(next) && run.length > 0 && run.every((item) => !/^\s*\|/.test(item));
    const holdsProse = run.some((item) => !mayStandAlone(item.trim()));
    if (LIST_ITEM_LINE.test(line) && holdsProse && next !== undefined && (/^[^\s\-*+\d#|<]/.test(next) || endsList)) {
      out.push("。");
      run = [];
    }
  });
  return out.join("\n");
}

/** A unit of heading lines only: titles, which the empty-section and title invariants judge, not sentences. */
function isHeadingsOnly(raw: string): boolean {
  const lines = raw.split("\n").map((line) => line.trim()).filter((line) => line && !/^[。！？!?]+$/.test(line));
  return lines.length > 0 && lines.every((line) => /^#{1,6}\s/.test(line));
}

interface SourceSentence {
  text: string;
  /** The sentence's lines as the source prints them, marks and leading debris stripped. */
  lines: string[];
  /** The sentence as normalized text, then without each leading line that may be a heading or debris. */
  forms: Array<{ full: string; bare: string; listed: string }>;
}

/** A line in front of a sentence that may be a heading or debris rather than part of it. */
function mayStandAlone(line: string): boolean {
  return /^#/.test(line) || /^[（(][^（()）]*[）)]$/.test(line) || line.length <= 30 || (line.length <= 40 && !/[，,；;]/.test(line));
}

/**
 * The source's sentences: runs of text ending in 。！？ (or in a line-final "：", a list lead, or a
 * line-final "…", a teaser cut short) with
 * at least four Chinese characters.
 * A sentence may run over several lines (a PDF prints it so); a line before it that does not
 * end a sentence may be a heading or debris, so each sentence also carries its shorter forms
 * without such leading lines, and counts as kept when any form is found. `bare` forms leave
 * out the outline number, which becomes a section's numbering rather than text.
 */
function sourceSentences(text: string): SourceSentence[] {
  const sentences: SourceSentence[] = [];
  // A line ending in "：" leads a list: its items (often headings) follow, so it ends a unit too.
  // A line cut short with "…"/"..." (a teaser of the text that follows, which the cleaning drops) ends one too.
  const pattern = /[^。！？!?]+?(?:[。！？!?]+["”’」』）)]*|[：:](?=[ \t]*\n)|(?:\.{3,}|…+)(?=[ \t]*\r?\n))/g;
  // A file with CRLF line ends (Notepad's) is read as one with LF: "：" then "\r\n" ends a list lead too.
  // A list's items that leave out their stops are closed as the cleaning closes them (closeListItems).
  const closed = closeListItems(withoutLinkLines(text.replace(/\r\n?/g, "\n")).split("\n")).lines.join("\n");
  const prepared = withoutHeadingRuns(withoutMarkup(closed));
  for (const match of prepared.matchAll(pattern)) {
    const raw = match[0];
    if ((raw.match(/\p{Script=Han}/gu)?.length ?? 0) < 4 || isHeadingsOnly(raw)) continue;
    // The label of a post's list of the account's other posts ("今日大案：" over "【头条】…"): site furniture.
    if (/[：:]$/.test(raw) && ISSUE_INDEX.test(prepared.slice(match.index + raw.length).trimStart())) continue;
    const kept = raw
      .split("\n")
      // A heading never ends a sentence: one closing a unit (a note's last line over it) is a title, not its text.
      .filter((line, at, all) => !/^[ ]{0,3}#{1,6}[ \t]/.test(line) || all.slice(at + 1).some((after) => /\p{Script=Han}/u.test(after)))
      .map((line) => ({ line: line.replace(/^[\s\u3000#>*_-]+/, "").trim(), numberMarks: ORDERED_MARKER_LINE.test(line) }))
      .filter(({ line }) => Boolean(line));
    const lines = kept.map(({ line }) => line);
    // A unit closed by a page's toolbar label (`四川日报` over `【字体：`, the font-size switch's entries under it): page furniture.
    if (lines.length > 0 && PAGE_CONTROL.test(lines.at(-1)!)) continue;
    // A speech's head (title, speaker, date) down to its salutation ("同志们：") holds titles and debris, no sentence.
    if (lines.length > 0 && OPENING_SALUTATION.test(lines.at(-1)!) && lines.every(mayStandAlone)) continue;
    // A line that only cites (a note under 注释), whatever heading stands before it.
    if (lines.length > 0 && isBareCitation(lines.at(-1)!) && lines.slice(0, -1).every(mayStandAlone)) continue;
    const forms: SourceSentence["forms"] = [];
    for (let start = 0; start < lines.length; start++) {
      const rest = lines.slice(start + 1).join("");
      const first = lines[start]!;
      const full = normalizeSentence(first + rest);
      // A bulleted list's numbered points (`- 要点：` over `\t0. …` `\t1. …`) lose their numbers in the reader's list, as bullets do.
      const bareRest = lines.slice(start + 1).map((line) => line.replace(LIST_NUMBER, "")).join("");
      // A nested ordered list under a bullet that carries its own number (`* 3. 坚持…` over `     1. …`): the reader keeps
      // the bullet's number, which is its text, and drops the nested list's, which are its marks.
      const listedRest = kept.slice(start + 1).map(({ line, numberMarks }) => (numberMarks ? line.replace(LIST_NUMBER, "") : line)).join("");
      if (full.length >= 4) forms.push({ full, bare: normalizeSentence(first.replace(LEADING_NUMBER, "") + bareRest), listed: normalizeSentence(first + listedRest) });
      if (!mayStandAlone(first)) break;
    }
    if (forms.length > 0) sentences.push({ text: lines.join(""), lines, forms });
  }
  return sentences;
}

/**
 * Whether a sentence reached the learner: in a passage; or, when short, as a section title (a
 * report's `（一）努力在推进创新驱动发展中闯出新路子。` is a heading that ends in a full stop); or
 * split into a title and the passage under it (`重大成就：` + its text).
 */
function isKept(sentence: SourceSentence, passageText: string, titles: ReadonlySet<string>): boolean {
  return sentence.forms.some(({ full, bare, listed }) =>
    [full, bare, listed].some(
      (form) =>
        passageText.includes(form) ||
        (form.length <= 40 && titles.has(form)) ||
        [...titles].some((title) => title.length >= 2 && form.length - title.length >= 4 && form.startsWith(title) && passageText.includes(form.slice(title.length))),
    ),
  );
}

/**
 * Whether a sentence run on over lines that became section titles (a process page's panels: "…称为“发展对象”" /
 * "预备党员" / "党员发展对象在经过…") reached the learner: its lines without those titles are in the passages,
 * each run between two titles on its own, from the first line that cannot stand alone (the short lines of a page's
 * head above the first title excepted).
 */
function isKeptAroundTitles(sentence: SourceSentence, passageText: string, titles: ReadonlySet<string>): boolean {
  // A numbered heading's section is titled without its number ("2. “三个代表”重要思想的核心观点").
  // A headline loses its column's tag (`【学习贯彻二十大】…`) as the outline cleans titles.
  const isTitle = (line: string) =>
    titles.has(normalizeSentence(line)) || titles.has(normalizeSentence(line.replace(LEADING_NUMBER, ""))) || titles.has(normalizeSentence(cleanTitle(line)));
  // An exam sheet's question split from its answer on the line at its "：" (`32.如何…：第一，…`): the title, then the text.
  const lines = sentence.lines.flatMap((line) => {
    const colon = line.search(/[：:]/);
    return colon > 0 && isTitle(line.slice(0, colon)) && line.slice(colon + 1).trim() !== "" ? [line.slice(0, colon), line.slice(colon + 1).trim()] : [line];
  });
  if (!lines.some(isTitle)) return false;
  const runs: string[][] = [[]];
  for (const line of lines) {
    if (isTitle(line)) runs.push([]);
    else runs.at(-1)!.push(line);
  }
  // Short lines above the first title (a page's head: its menu, the document's title) are no piece of a sentence.
  if (runs[0]!.every(mayStandAlone)) runs.shift();
  return runs
    .filter((run) => run.length > 0)
    .every((run) => {
      // A run of numbered points, each kept as a passage of its own (a note repeating its answers keeps each once).
      if (run.every((line) => LIST_NUMBER.test(line) && passageText.includes(normalizeSentence(line.replace(LIST_NUMBER, ""))))) return true;
      for (let start = 0; start < run.length; start++) {
        const form = normalizeSentence(run.slice(start).join(""));
        // As in isKept, a list's numbered points may lose their numbers in the reader's passages.
        const bare = normalizeSentence(run.slice(start).map((line) => line.replace(LIST_NUMBER, "")).join(""));
        if (form.length < 4 || passageText.includes(form) || passageText.includes(bare)) return true;
        if (!mayStandAlone(run[start]!)) return false;
      }
      return false;
    });
}

/** A numbered list item that is a short phrase without a stop: `5. 浴血奋战、百折不挠`. */
const PHRASE_ITEM = /^(\d{1,2})[.．、]\s*[^，。；！？,;!?：:]{2,20}$/;
/** A numbered list item of one short clause, with or without its stop: `4. 对党忠诚、不负人民。`. */
const SHORT_ITEM = /^(\d{1,2})[.．、]\s*[^，。；！？,;!?：:]{2,20}[。；;]?$/;

/**
 * A short phrase numbered as an item next to a short item numbered just before or after it: parallel items of a list,
 * which need no stop (`5. 浴血奋战、百折不挠` after `4. 对党忠诚、不负人民。`). A phrase whose neighbours are no such
 * sibling (a heading over a list that restarts at `1.`) is no item.
 */
function isPhraseItem(passages: readonly Passage[], at: number): boolean {
  const number = PHRASE_ITEM.exec(passages[at]!.text.trim())?.[1];
  if (number === undefined) return false;
  const sibling = (other: Passage | undefined, offset: number) => {
    if (other?.kind !== "prose") return false;
    const match = SHORT_ITEM.exec(other.text.trim());
    return match !== null && Number(match[1]) === Number(number) + offset;
  };
  return sibling(passages[at - 1], -1) || sibling(passages[at + 1], 1);
}

/** The prose passages of these modules that end mid-sentence (the mid-sentence-passages invariant's test). */
export function midSentencePassages(modules: Module[]): Passage[] {
  const leads = sectionLeads(modules);
  const values = fieldValues(modules);
  const passages = modules.flatMap(modulePassages);
  return passages.filter(
    (passage, at) =>
      passage.kind === "prose" &&
      !PASSAGE_END.test(passage.text.trim()) &&
      !leads.has(passage) &&
      !values.has(passage) &&
      !FIELD_LINE.test(passage.text.trim()) &&
      !isPhraseItem(passages, at),
  );
}

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** A title that opens with a dateline, or is one (`据新华社电`, which NEWS_DATELINE needs text after). */
function isDateline(title: string): boolean {
  return NEWS_DATELINE.test(title) || NEWS_DATELINE.test(`${title}中`);
}

function violation(invariant: InvariantName, items: string[]): InvariantViolation[] {
  return items.length === 0 ? [] : [{ invariant, count: items.length, examples: items.slice(0, EXAMPLES) }];
}

/**
 * The source without an annotated edition's notes, which the cleaning drops (notesSections). Paragraphs are read as the
 * cleaning splits them: at line ends and at a run of ideographic spaces that indents the next one.
 */
function withoutNotesSections(text: string): string {
  // The heading spaced out with full-width spaces (`注　　释`) is one word, not two paragraphs.
  const parts = text.replace(/注\u3000+释/g, "注释").split(/(\r?\n|\u3000{2,})/);
  const paragraphs = parts.filter((_, at) => at % 2 === 0);
  const sections = notesSections(paragraphs);
  if (sections.length === 0) return text;
  const dropped = new Set(sections.flatMap(({ start, end }) => Array.from({ length: end - start }, (_, at) => start + at)));
  return parts.map((part, at) => (at % 2 === 0 && dropped.has(at / 2) ? "" : part)).join("");
}

/** Checks one document's built course against every invariant. Pure; the same input gives the same report. */
export function checkDocumentInvariants(input: InvariantInput): DocumentQuality {
  const { course } = input;
  const modules = course.modules;
  const sections = modules.flatMap((module) => allSections(module.sections));
  const titles = [
    ...course.reports.map((report) => report.title),
    ...modules.map((module) => module.title),
    ...sections.filter((section) => !section.implicit).map((section) => section.title),
  ].map((title) => title.trim());
  const uniqueTitles = [...new Set(titles)];
  const stem = fileStem(input.fileName);

  const passages = modules.flatMap(modulePassages);
  const prose = passages.filter((passage) => passage.kind === "prose");
  const midSentence = midSentencePassages(modules);
  const midSentenceShare = prose.length === 0 ? 0 : midSentence.length / prose.length;
  const debris = passages.filter((passage) => URL.test(passage.text) || passage.text.split("\n").some((line) => MARKUP.test(line.trim()))).map((passage) => passage.text);

  // Sentences: every source sentence must land in a passage (their text run together, so a
  // sentence a layout break split over two passages still counts as kept: that is the
  // mid-sentence invariant's business), and no more often than the source has it.
  const passageText = normalizeSentence(passages.map((passage) => passage.text).join(""));
  const bylines = new Set(input.bylines ?? []);
  const withoutBylines = bylines.size === 0 ? input.sourceText : input.sourceText.split("\n").filter((line) => !bylines.has(line.trim())).join("\n");
  const tables = splitTables(withoutNotesSections(withoutBylines));
  const sentences = sourceSentences(tables.text);
  const titleSet = new Set(sections.map((section) => normalizeSentence(section.title)).filter((title) => title.length > 0));
  // A headline's exclaimed phrase ("博物馆奇妙游！") is kept in the document's or a module's title.
  const headlines = [...course.reports.map((report) => report.title), ...modules.map((module) => module.title)].filter(isHeadlineLine).map(normalizeSentence);
  // Counted as the bare forms are read: a bulleted list's numbered points without their numbers.
  const sourceText = normalizeSentence(withoutMarkup(withoutBylines).replace(/^([\s\u3000>*+-]*)\d{1,3}[.)](?!\d)/gm, "$1"));
  const inHeadline = (sentence: SourceSentence) => sentence.forms.some(({ full }) => headlines.some((headline) => headline.includes(full)));
  const lostSentences = sentences.filter((sentence) => !DEBRIS_SENTENCE.test(sentence.text) && !CLOSING_THANKS.test(sentence.text.trim()) && !isKept(sentence, passageText, titleSet) && !isKeptAroundTitles(sentence, passageText, titleSet) && !inHeadline(sentence)).map((sentence) => sentence.text);
  // A table row is kept when each of its cells is (a cell's own markup and inline tags aside).
  for (const cells of tables.rows) {
    const forms = cells.map((cell) => normalizeSentence(cell.replace(/\]\([^)]*\)/g, "]").replace(/<[^>]+>/g, "")));
    if (!forms.every((form) => form.length === 0 || passageText.includes(form) || titleSet.has(form))) {
      lostSentences.push(`| ${cells.join(" | ")} |`);
    }
  }
  // Repeated: a sentence the passages hold more often than the source does (a paragraph kept twice).
  const repeatedSentences = [...new Set(sentences.map((sentence) => sentence.forms[sentence.forms.length - 1]!.bare))].filter(
    (form) => form.length >= 12 && occurrences(passageText, form) > occurrences(sourceText, form),
  );

  // Articles: a passage that opens with 第X条, or a section titled by it that holds text.
  const sourceArticles = new Set([...input.sourceText.matchAll(ARTICLE_LINE)].map((match) => match[1]!));
  const recognised = new Set<string>();
  for (const passage of passages) {
    const match = ARTICLE.exec(passage.text);
    if (match) recognised.add(match[1]!);
  }
  for (const section of sections) {
    const match = ARTICLE.exec(section.title);
    if (match && subtreePassages(section) > 0) recognised.add(match[1]!);
  }
  const recognisedInSource = [...sourceArticles].filter((article) => recognised.has(article)).length;
  const missingArticles = sourceArticles.size >= MIN_ARTICLES && recognisedInSource < MIN_ARTICLE_SHARE * sourceArticles.size ? [...sourceArticles].filter((article) => !recognised.has(article)).map((article) => `第${article}条`) : [];

  // A title the document prints on a line of its own is its own, even when its file is named after it.
  const printedLines = new Set(input.sourceText.split("\n").map(normalizeSentence).filter(Boolean));

  const moduleTitleCounts = new Map<string, number>();
  for (const module of modules) moduleTitleCounts.set(module.title, (moduleTitleCounts.get(module.title) ?? 0) + 1);

  const violations = [
    ...violation("metadata-title", uniqueTitles.filter((title) => METADATA_TITLE.test(title) || METADATA_FIELDS.test(title) || DATE_ONLY.test(title) || PAGE_CONTROL.test(title) || COLUMN_OR_DATELINE.test(title) || isDateline(title))),
    ...violation("salutation-title", uniqueTitles.filter((title) => SALUTATION.test(title))),
    ...violation("byline-title", sections.filter(isBylineTitle).map((section) => section.title)),
    ...violation("greeting-passage", passages.filter(isGreetingPassage).map((passage) => passage.text)),
    ...violation("file-name-title", uniqueTitles.filter((title) => (title === stem && !printedLines.has(normalizeSentence(title))) || (!/\p{Script=Han}/u.test(title) && /^[\w.-]+$/.test(title)))),
    ...violation("markup-title", uniqueTitles.filter((title) => MARKUP.test(title) || URL.test(title))),
    // A headline may exclaim ("奋斗百年路，启航新征程！", "博物馆奇妙游！这个党支部…"): its phrases are no sentence.
    // A document's title that names no document (a clause cut at its verb, a numbered item, a generic heading) makes it untitled.
    ...violation("sentence-title", [
      ...new Set([
        ...uniqueTitles.filter((title) => ((SENTENCE_END.test(title) || /[。！？；]/.test(title)) && !isHeadlineLine(title)) || LIST_LEAD.test(title) || title.length > MAX_TITLE_CHARS),
        ...course.reports.filter((report) => !report.untitled && !isProperTitle(report.title)).map((report) => report.title.trim()),
      ]),
    ]),
    ...violation("empty-section", sections.filter((section) => subtreePassages(section) === 0).map((section) => section.title)),
    ...(midSentenceShare > MAX_MID_SENTENCE_SHARE ? violation("mid-sentence-passages", midSentence.map((passage) => passage.text.slice(-40))) : []),
    ...violation("markup-debris", debris.map((text) => text.slice(0, 80))),
    ...violation("articles-recognised", missingArticles),
    ...violation(
      "module-size",
      modules.filter((module) => modulePassages(module).reduce((sum, passage) => sum + passage.text.length, 0) > MAX_MODULE_CHARS).map((module) => module.title),
    ),
    ...violation("repeated-module-title", [...moduleTitleCounts].filter(([, count]) => count > 1).map(([title, count]) => `${title} ×${count}`)),
    ...violation("lost-sentences", [...lostSentences.map((text) => `缺失：${text.slice(0, 60)}`), ...repeatedSentences.map((text) => `重复：${text.slice(0, 60)}`)]),
  ];

  return {
    passages: passages.length,
    midSentenceShare,
    lostSentences,
    repeatedSentences,
    debris,
    articles: { inSource: sourceArticles.size, recognised: recognisedInSource },
    violations,
  };
}
