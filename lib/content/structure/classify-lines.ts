import { detectHeading, numberingStyle, type HeadingMatch } from "../detect-heading";
import { ANSWER_FIELD } from "../text/answer-fields";
import { FIELD_HEADING } from "../text/field-headings";
import { ARTICLE, isLegalText } from "../text/legal-articles";
import { displayWidth } from "../text/char-classes";
import { isMarkedHeading, markedHeadingSet } from "../text/marked-headings";
import { answerLines, askingTopicLines, isQuestionHeading, QUESTION_WORD } from "../text/question-headings";
import { sentenceItemStyles } from "../text/sentence-items";
import { conclusionHeadings } from "./conclusion-headings";

const MAX_TITLE_WIDTH = 30;
/**
 * "同志们：", "各位代表：", "尊敬的各位领导：" — the opening of a speech — and a notice's addressees
 * ("各省、自治区、直辖市党委和人民政府："): never a title, they open the paragraph after them.
 */
export const SALUTATION =
  /^(?:尊敬的)?[\u4e00-\u9fff、，,（）()\s]{0,30}(?:同志们|代表们|同学们|朋友们|女士们|先生们|代表|委员|领导|来宾|嘉宾|同志|老师|政府|党委|党组|党工委|部门|单位|机关|部委|委员会|支部|总支|党小组|处室|科室|学院|院系)[！!]?\s*[：:]$/;
/** A question of study notes: "问：…", "1.党的根本宗旨是什么？". */
export const QUESTION = /^(?:问题?|提问|Q)\s*\d{0,3}\s*[：:.．、]|^(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[.．、]?.{2,80}[？?][”’」』]?$/;
/** Lines of an answer under a numbered question without "答：". */
const MAX_ANSWER_LINES = 2;
/** Its answer: "答：…". */
export const ANSWER = /^(?:答案?|回答|A)\s*[：:]/;
/** How a list lead ends: "…下列义务：", "…的职责是", "主要有：". */
const LEAD_WORD_END = /(?:是|为|有|包括|如下|下列|以下|要求|应当|规定)$/;
const LIST_LEAD_END = /(?:是|为|有|包括|如下|下列|以下|要求|应当|规定)\s*[：:]?$|[：:]$/;
/** Numbering of an item inside a list or an article (never 第X章/节/篇). */
const ITEM_STYLES = new Set<HeadingMatch["style"]>(["cn-num", "cn-paren", "arabic", "arabic-multi", "arabic-paren", "circled"]);

export type LineRole =
  | { role: "heading"; heading: HeadingMatch }
  | { role: "title" }
  | { role: "article"; number: string }
  | { role: "text" };

/** An unnumbered title line: short, no sentence punctuation, not a list lead, not a salutation, not an answer's field. */
export function isTitleLine(line: string): boolean {
  return (
    displayWidth(line) <= MAX_TITLE_WIDTH &&
    !ANSWER_FIELD.test(line) &&
    !/[，。；！？,;!?]/.test(line) &&
    !/^[“"（(—]/.test(line) &&
    !/[：:]$/.test(line) &&
    !/(?:是|下列|如下|以下)$/.test(line) &&
    !SALUTATION.test(line)
  );
}

/**
 * Who speaks next in a collection of reflections or remarks: an office and a name (spaced in the source, joined by
 * normalizeSpacing), alone on its line
 * ("党总支书记 邓 艳", "队长 王双成：", "副队长 闫颖华："). With its colon it would lead the paragraph under it; in a
 * series of such lines (two or more) each is the title of what that person says.
 */
const SPEAKER_LINE = /^[\u4e00-\u9fff、]{0,12}(?:长|书记|主席|主任|委员|干事)[\s\u3000]*[\u4e00-\u9fff·](?:[\s\u3000]{0,2}[\u4e00-\u9fff·]){1,3}([：:]?)$/;
const MIN_SPEAKERS = 2;

/** Indexes of the speaker lines that end in a colon, when the document names two speakers or more. */
function colonSpeakerLines(lines: string[]): Set<number> {
  const speakers = lines.flatMap((line, index) => {
    const match = SALUTATION.test(line.trim()) ? null : SPEAKER_LINE.exec(line.trim());
    return match ? [{ index, colon: match[1] !== "" }] : [];
  });
  return new Set(speakers.length >= MIN_SPEAKERS ? speakers.filter((speaker) => speaker.colon).map((speaker) => speaker.index) : []);
}

/** A feature's subheading: two short phrases around one comma, no stop ("铭记历史，汲取信仰的力量"). */
const TWO_PART_TITLE = /^[\p{Script=Han}“”《》0-9]{2,12}[，,][\p{Script=Han}“”《》0-9]{2,12}$/u;

/** A line of its own that is two short phrases around a comma: a subheading, never a sentence (which would end in a stop). */
export function isTwoPartTitle(line: string): boolean {
  return TWO_PART_TITLE.test(line) && !SALUTATION.test(line) && !SENTENCE_OPENER.test(line) && !LEAD_WORD_END.test(line);
}

/** A marked heading may run to this width: "“新”火相传，筑梦未来", "数字赋能研讨：AI解码与文化传承". */
const MAX_MARKED_TITLE_WIDTH = 40;

/**
 * A heading its author marked as one (Markdown `###`), whose phrases a comma may join
 * ("### 初识惊鸿，相遇珞珈", "## 党旗引领，先锋领航"), is a title when it reads as one: short,
 * no sentence stop or semicolon, not a list lead, not a salutation. A marked sentence stays text.
 */
export function isMarkedTitleLine(line: string): boolean {
  // Every character is at least half wide and takes at most two UTF-16 units, so a line this long is too wide, known
  // without reading it (a growing paragraph is tested at each of its lines: issue #15).
  if (line.length > 4 * MAX_MARKED_TITLE_WIDTH) return false;
  return (
    displayWidth(line) <= MAX_MARKED_TITLE_WIDTH &&
    !/[。；！？;!?]/.test(line) &&
    !/^[（(—]/.test(line) &&
    // A lead ends in a colon or in 是/下列/如下/以下; "…程序要求" names a subject, as in isTitleLine.
    !/[：:]$/.test(line) &&
    !/(?:是|下列|如下|以下)$/.test(line) &&
    !SALUTATION.test(line)
  );
}

/** An official title may be long ("中共中央办公厅 国务院办公厅关于进一步加强…的通知"); as the first line it may run to this width. */
const MAX_DOCUMENT_TITLE_WIDTH = 60;

/**
 * A page's headline over its byline ("党建引领|局长上党课：庆祝建党百年，…为联系支部上专题党课" over "文章来源： 作者：
 * 发布时间：…"): no sentence inside (no 。；？！), not a lead (no colon, comma or 、 at its end), not opened by a bracket, a
 * dash or a quote. The byline under it says it is the title, so a colon inside parts the title from its subtitle rather
 * than leading a list, and it may run as wide as an official title (a column's tag, the title, a subtitle after a colon).
 */
export function isHeadlineOverByline(line: string): boolean {
  if (line.length > 4 * MAX_DOCUMENT_TITLE_WIDTH) return false;
  return displayWidth(line) <= MAX_DOCUMENT_TITLE_WIDTH && !/[。；;！？!?]/.test(line) && !/[：:，,、]$/.test(line) && !/^[（(—“"]/.test(line) && !SALUTATION.test(line);
}

/**
 * A news title names who did what where and may run to 50 characters ("物理学院本科生党支部联合北京
 * 大学元培学院第二学生党支部赴中国电影博物馆开展主题党日活动"); without any punctuation a first line
 * that long is a title, never prose (which has a comma every clause).
 */
const MAX_LONG_TITLE_WIDTH = 100;

/** The document's first line as its title: a title line, a headline, or a longer one without any clause punctuation. */
export function isDocumentTitleLine(line: string): boolean {
  if (isTitleLine(line) || isHeadlineLine(line)) return true;
  return displayWidth(line) <= MAX_LONG_TITLE_WIDTH && !/[，。；！？,;!?：:]/.test(line) && !/^[“"（(—]/.test(line) && !/(?:是|下列|如下|以下)$/.test(line) && !ARTICLE.test(line);
}

/** A news headline's parts: "党建专栏｜秋日迎新正当时，党旗领航显担当", "文物见证复兴路，薪火相传赤子心——…". */
const HEADLINE_SEPARATOR = /[，,｜|]|——|\s—\s/;
const MAX_HEADLINE_PART_WIDTH = 32;
const EXCLAIMED_SEPARATOR = /[，,｜|！!]|——|\s—\s/;
/** A greeting's part: an address ("同学们", "各位老师") or a wish ("大家好", "新年快乐"). */
const GREETING_PART = /(?:们|好|快乐|吉祥|您|你|各位[\u4e00-\u9fff]{0,4})$/;
export const SENTENCE_OPENER = /^(?:为了?|在|对|把|将|通过|随着|根据|按照|由于|因为|如果|虽然|但是?|而且?|并且?|以及|从|自|当|经过?|据|截至|关于)/;

/**
 * A headline as a news report or a WeChat post prints it over its first paragraph: at most 60
 * printed characters of two to four short parallel phrases (a column name, a couplet) with no
 * sentence punctuation but an exclamation mark. A sentence cut short has a long clause, opens with a preposition (为、
 * 在、通过 …), ends in a number the next line goes on with, or ends in a lead word.
 */
export function isHeadlineLine(line: string): boolean {
  if (displayWidth(line) > MAX_DOCUMENT_TITLE_WIDTH || /[。；？?：:、]/.test(line) || /^[“"（(—]/.test(line) || ARTICLE.test(line)) return false;
  // A sentence opens with a preposition or runs on into a number the next line goes on with.
  if (SENTENCE_OPENER.test(line) || /\d$/.test(line)) return false;
  // An exclamation mark may close or part a headline's phrases ("奋斗百年路，启航新征程！", "喜报！…"),
  // never a greeting ("同学们，大家好！", "新年好！"), which opens a speech.
  const exclaimed = /[！!]/.test(line);
  const parts = line
    .replace(/[！!]+$/, "")
    .split(exclaimed ? EXCLAIMED_SEPARATOR : HEADLINE_SEPARATOR)
    .map((part) => part.trim());
  if (exclaimed && parts.some((part) => GREETING_PART.test(part))) return false;
  return parts.length >= 2 && parts.length <= 4 && parts.every((part) => part.length >= 2 && displayWidth(part) <= MAX_HEADLINE_PART_WIDTH) && !LEAD_WORD_END.test(parts.at(-1)!);
}

/**
 * The headline of a Q&A release, whoever answers whose questions ("人力资源社会保障部相关负责人就《事业单位工作人员考核规定》答记者问",
 * "…秘书处负责人就…答新华社记者问"): it names the release, so it is a title however long, never a sentence (no stop inside).
 */
const QA_RELEASE_TITLE = /^[^。；;！？!?：:，,]{4,90}(?:答(?:[\u4e00-\u9fff]{1,6})?记者问|答问|答网友问)$/;

export function isQaReleaseTitle(line: string): boolean {
  return QA_RELEASE_TITLE.test(line.trim()) && !/^[（(“"—]/.test(line.trim());
}

/** A line that announces the items after it: it ends in "：" or in 是/下列/如下. */
export function isListLead(line: string): boolean {
  return LIST_LEAD_END.test(line.replace(/[”’」』]+$/, "")) && !/[。！？]$/.test(line);
}

/** The numberings an exam sheet numbers its questions with; an answer's points are numbered （1） or ①. */
const QUESTION_STYLES = new Set<HeadingMatch["style"]>(["cn-num", "cn-paren", "arabic"]);

/** A numbered line that reads as a sentence, not a title: it ends in "；" or "，", or leads a list. */
function readsAsItem(line: string, heading: HeadingMatch): boolean {
  // Clauses joined by "；" make a sentence, never a title.
  if (/[；;]/.test(heading.title)) return true;
  if (heading.rest) return false;
  const end = line.trimEnd();
  // Clauses joined by commas beyond the width of a title: a sentence, however it is numbered.
  if (/[，,]/.test(heading.title) && displayWidth(heading.title) > MAX_TITLE_WIDTH) return true;
  if (/[；;，,、]$/.test(end)) return true;
  // An exam sheet's question ending in "：" (`38.如何理解总体国家安全观的科学内涵：` over its answer's points) titles its answer.
  if (/[：:]$/.test(end) && QUESTION_WORD.test(heading.title) && QUESTION_STYLES.has(heading.style)) return false;
  // "一、指导思想：" may be a heading; "二、主要任务是：" or a long line ending in "：" leads a list.
  if (/[：:]$/.test(end) && (displayWidth(heading.title) > 15 || LEAD_WORD_END.test(heading.title))) return true;
  return /(?:是|下列|如下|以下)$/.test(heading.title);
}

/**
 * "1.1.1 物质和意识" under "1.1 辩证唯物论": a decimal numbering that extends the one above it opens a subsection of that
 * heading, so the heading over it is not an empty item of a list however alike their styles are.
 */
function isDeeperDecimal(next: HeadingMatch, heading: HeadingMatch): boolean {
  if (next.style !== "arabic-multi" || heading.style !== "arabic-multi") return false;
  const parts = (numbering: string) => numbering.split(/[.．、]/).filter(Boolean);
  const above = parts(heading.numbering);
  const below = parts(next.numbering);
  return below.length > above.length && above.every((part, position) => below[position] === part);
}

/**
 * The numbering of a line too long to be a heading that is the next item of a heading's list: numbered in the same style
 * and, in digits, with the next number ("2、 推优时间：每年4月、11月" over "3、 推优程序：团总支下达…通知→…→推优名单公示").
 * The heading over it then has no text of its own: it is an item too. null when the line is no such sibling.
 */
function longSibling(line: string, heading: HeadingMatch): HeadingMatch | null {
  if (numberingStyle(line) !== heading.style) return null;
  const number = (text: string) => /^\s*[（(]?(\d+)/.exec(text)?.[1];
  const own = number(heading.numbering);
  const next = number(line);
  if (own !== undefined && (next === undefined || Number(next) !== Number(own) + 1)) return null;
  return { ...heading, numbering: next ?? heading.numbering, title: "", rest: "" };
}

/** "第一章 总则", "第一条 为…": the first chapter, part or article, with which a text starts. */
const FIRST_UNIT = /^第[一1](?:篇|编|部分|章|节|条)/;

/** Whether a line, with the role it was given, opens a text: a first part, chapter, section or article. */
function opensText(line: string, role: LineRole | undefined): boolean {
  if (!FIRST_UNIT.test(line.trim())) return false;
  return role?.role === "article" || (role?.role === "heading" && role.heading.rank <= 2);
}

/**
 * What each cleaned line is: a heading, an unnumbered title, an article of a regulation, or text.
 * Numbered lines are headings only when they title something: a numbered line with nothing under
 * it before its next sibling (an item of a list), one that reads as a sentence (ends in "；", leads a
 * list), and any item inside an article are text. In a legal text (two or more 第X条 lines) each
 * article opens a unit of text that runs to the next article or structural heading.
 */
export function classifyLines(
  lines: string[],
  headings: Array<HeadingMatch | null> = lines.map((line) => detectHeading(line)),
  markedHeadings: readonly string[] = [],
): LineRole[] {
  const marked = markedHeadingSet(markedHeadings);
  const articles = lines.map((line) => ARTICLE.exec(line)?.[1] ?? null);
  const legal = isLegalText(articles.filter((article): article is string => article !== null));
  const sentenceItems = sentenceItemStyles(lines);
  const conclusions = conclusionHeadings(lines);
  const speakers = colonSpeakerLines(lines);
  // A question marked as a heading in Q&A notes is text (its sentences are no title) and so is every point of its answer.
  const inAnswer = answerLines(lines, marked);
  // A question without its mark in a run of sibling questions (`4. 为什么信仰马克思主义` after `3. …谈谈…。`) titles its answer.
  const askingTopics = askingTopicLines(lines, headings, marked);
  /**
   * A numbered question with its answer under it — "答：…", or at most two lines before the next
   * numbered line (study notes, 应知应会) — is one item. A question over longer text (an essay's
   * "一、为什么要…？") stays a heading.
   */
  const isShortQuestion = (index: number): boolean => {
    if (!QUESTION.test(lines[index]!)) return false;
    if (ANSWER.test(lines[index + 1] ?? "")) return true;
    let end = index + 1;
    while (end < lines.length && !headings[end] && !QUESTION.test(lines[end]!)) end++;
    const answerLines = end - index - 1;
    return answerLines >= 1 && answerLines <= MAX_ANSWER_LINES;
  };
  /**
   * A numbered title (no punctuation at all) over a line that is not its sibling titles that text, even where its
   * numbering style mostly numbers sentences: revision notes number their questions and their answers' points alike
   * (`1. 马克思主义中国化时代化的科学内涵` over `参考答案：…`, the answer's `1. …。` points after it).
   */
  const titlesOtherText = (index: number, heading: HeadingMatch): boolean => {
    if (heading.rest !== "" || /[。！？!?；;，,：:、]/.test(lines[index]!.trim().slice(heading.numbering.length))) return false;
    const next = lines.slice(index + 1).find((line) => line.trim() !== "");
    return next !== undefined && numberingStyle(next) !== heading.style;
  };
  const roles: LineRole[] = lines.map((line, index) => {
    const article = legal ? articles[index] : null;
    if (article) return { role: "article", number: article };
    const conclusion = legal ? undefined : conclusions.get(index);
    if (conclusion) return { role: "heading", heading: conclusion };
    const heading = headings[index];
    if (heading && askingTopics.has(index)) return { role: "heading", heading };
    if (inAnswer[index] || isQuestionHeading(line, marked)) return { role: "text" };
    if (heading && (heading.title || heading.style === "label")) {
      if (ITEM_STYLES.has(heading.style) && ((sentenceItems.has(heading.style) && !titlesOtherText(index, heading)) || readsAsItem(line, heading) || isShortQuestion(index))) return { role: "text" };
      return { role: "heading", heading };
    }
    if (heading) return { role: "heading", heading };
    // The value under a notice's field heading ("二、活动时间" over "2022年6月至7月上旬"): its text, however short.
    const above = headings[index - 1];
    if (above && above.rest === "" && FIELD_HEADING.test(above.title.trim())) return { role: "text" };
    return isTitleLine(line) || isQaReleaseTitle(line) || speakers.has(index) || (isMarkedHeading(line, marked) && isMarkedTitleLine(line)) ? { role: "title" } : { role: "text" };
  });

  // Inside an article every item is text; a heading ends the article only when an article follows it. A title line over
  // the first chapter or the first article of a text ("被巡视党组织配合中央巡视工作规定" over "第一章 总则" after the previous
  // text's last article) is the title of the text that starts there, never a line of the article before it.
  if (legal) {
    let inArticle = false;
    roles.forEach((role, index) => {
      if (role.role === "article") inArticle = true;
      else if (role.role === "heading" && (role.heading.rank <= 2 || role.heading.style === "label")) inArticle = false;
      else if (inArticle && role.role !== "text") {
        if (roles[index + 1]?.role === "article" || (role.role === "title" && opensText(lines[index + 1] ?? "", roles[index + 1]))) inArticle = false;
        else roles[index] = { role: "text" };
      }
    });
  }

  // From the end: a numbered heading with no text or subsection under it is an item of a list.
  for (let index = roles.length - 1; index >= 0; index--) {
    const role = roles[index]!;
    if (role.role !== "heading" || !ITEM_STYLES.has(role.heading.style) || !role.heading.title) continue;
    const next = roles[index + 1];
    // A heading the source marked as one (Markdown "#### 1.1.2 …") over text is a heading over its list, not an item of it.
    if (next?.role === "text" && (isMarkedHeading(lines[index]!, marked) || askingTopics.has(index))) continue;
    // An item already found to be text is still a sibling: "28.…" followed by the item "29.…" is empty too.
    const nextNumbering = next?.role === "heading" ? next.heading : next?.role === "text" ? (headings[index + 1] ?? longSibling(lines[index + 1] ?? "", role.heading)) : null;
    const empty =
      next === undefined ||
      next.role === "article" ||
      (nextNumbering != null && nextNumbering.style !== "label" && (nextNumbering.rank <= role.heading.rank || (nextNumbering.style === role.heading.style && !isDeeperDecimal(nextNumbering, role.heading))));
    // A document's first line marked as its heading (`# （五）邓小平理论` over `## 第一节：…`) is its title, numbered as
    // in a series of chapter notes: never an item of a list, nor a passage of its text.
    if (empty) roles[index] = index === 0 && next !== undefined && isMarkedHeading(lines[index]!, marked) ? { role: "title" } : { role: "text" };
  }
  return roles;
}
