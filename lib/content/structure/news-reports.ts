import { isTitleLine } from "./classify-lines";

const AGENCY = String.raw`(?:本报|本刊|[\u4e00-\u9fff]{1,8}?(?:社|网|报|台|在线|新闻))`;
const REPORTER = String.raw`(?:\s*[（(][^（()）]{0,40}[）)])`;
/**
 * A news agency's dateline opening a report's first paragraph: `据新华社电`, `新华社北京4月5日电`,
 * `本报北京3月5日电（记者 …）`, `本报讯`, `国际在线报道（记者 杨磊）：`. A `…电` without 据 needs its
 * date (`合作社电商…` is text) and a `…报道` its reporter in brackets or a colon after it
 * (`人民日报报道，…` is a sentence).
 */
export const NEWS_DATELINE = new RegExp(
  String.raw`^(?:据${AGENCY}电|${AGENCY}(?:[\u4e00-\u9fff]{2,4})?\d{1,2}月\d{1,2}日电|${AGENCY}讯|${AGENCY}报道(?=\s*[（(：:]))${REPORTER}?[：:\s]*(?=[\u4e00-\u9fff“"（(\d])`,
);

/** A report's original headline, as reposting sites print it: `原标题：习近平：全面实施…`. */
export const ORIGINAL_TITLE = /^原标题\s*[：:]\s*(\S.{1,58})$/;

/**
 * A quoted report's source in brackets inside a paragraph, with a commentary running on after it:
 * `…每名党员。（4月6日新华网）党支部是…`. The paragraph is split after it.
 */
const INNER_SOURCE_CREDIT = /(?<=[。！？”])[（(]\d{1,2}月\d{1,2}日[\u4e00-\u9fff]{2,8}(?:网|报|社|台)[）)](?=[\u4e00-\u9fff“])/;

/** A digest's box of background: `背景资料`, `相关链接` (their `>>`/`【】` already dropped or kept). */
export const SIDEBAR_LABEL = /^【?(?:背景资料|背景链接|相关阅读|延伸阅读|相关链接|新闻链接|知识链接|法规链接)】?$/;

/** Offices named before a leader's name: `中共中央总书记、国家主席、中央军委主席习近平`. */
const OFFICE_CHAIN = /^(?:[\u4e00-\u9fff]{0,10}?(?:总书记|副主席|主席|副总理|总理|委员长|书记|部长|省长|市长|常委|委员)、)*[\u4e00-\u9fff]{0,10}?(?:总书记|副主席|主席|副总理|总理|委员长|书记|部长|省长|市长|常委|委员)(?=[\u4e00-\u9fff]{2})/;
/** A clause that only says when: `党的十八大以来`, `2016年两会上`, `日前`. */
export const TIME_CLAUSE = /^(?:日前|近日|近期|目前|当前|如今|昨天|昨日|今天|今日|当天|近年来|[\d年月日号上下午晚]+)$|(?:以来|以后|之后|期间|之际|前夕)$|^[\d年月日]{2,}[\u4e00-\u9fff]{0,4}[上中]$/;
const SPEECH_VERB = /(?:强调|指出|表示|说|提出|要求)$/;
const CLAUSE_BREAK = /[，。；：！？,;:!?]/;
const MAX_TITLE_CHARS = 30;
const SHORT_TITLE_CHARS = 12;

/** Reports found in a digest of news reports run together (two or more datelines). */
export interface NewsDigest {
  /** The lines with datelines cut from their paragraphs, `原标题：` lines removed and quoted reports split from their commentary. */
  lines: string[];
  /** The line each report starts at (its headline, else its first paragraph) and the report's title. */
  reports: Map<number, string>;
  /** Lines that are a report's headline: its section's title, not text. */
  headlines: Set<number>;
}

/**
 * A title for a report that prints no headline: its first clause that says more than when, without
 * the offices before a name, and with what was said when the clause only says who spoke
 * (`习近平多次强调要把脱贫攻坚作为“十三五”时期的头等大事来抓`), cut with `…` when long.
 */
export function reportTitleFromText(text: string): string | null {
  const clauses = text.split(CLAUSE_BREAK).map((clause) => clause.replace(/^[“”"'‘’《》（）()\s]+|[“”"'‘’（）()\s]+$/g, "").trim());
  const at = clauses.findIndex((clause) => /[\u4e00-\u9fff]{4}/.test(clause) && !TIME_CLAUSE.test(clause));
  if (at < 0) return null;
  let title = clauses[at]!.replace(OFFICE_CHAIN, "");
  if (title.length < SHORT_TITLE_CHARS && SPEECH_VERB.test(title) && clauses[at + 1]) title += clauses[at + 1];
  return [...title].length > MAX_TITLE_CHARS ? `${[...title].slice(0, MAX_TITLE_CHARS - 1).join("")}…` : title;
}

/**
 * News reports run together in one document (a digest a crawler or a study site saved): each
 * paragraph opening with a dateline starts a report. The report is titled by the headline right
 * above it, else by the `原标题：` line it carries, else by its first clause. The dateline leaves
 * the paragraph (it is a byline, not text) and `原标题：` lines leave the text. A document with
 * fewer than two datelines is no digest and is returned unchanged.
 */
export function readNewsDigest(input: string[]): NewsDigest {
  if (input.filter((line) => NEWS_DATELINE.test(line)).length < 2) return { lines: input, reports: new Map(), headlines: new Set() };

  // A quoted report's bracketed source ends it; the commentary after it is a text of its own.
  const lines: string[] = [];
  const starts = new Set<number>();
  for (const line of input) {
    const match = INNER_SOURCE_CREDIT.exec(line);
    if (NEWS_DATELINE.test(line)) starts.add(lines.length);
    if (!match) {
      lines.push(line);
      continue;
    }
    const end = match.index + match[0].length;
    lines.push(line.slice(0, end));
    starts.add(lines.length);
    lines.push(line.slice(end));
  }

  const out: string[] = [];
  const reports = new Map<number, string>();
  const headlines = new Set<number>();
  lines.forEach((line, index) => {
    if (ORIGINAL_TITLE.test(line)) return;
    if (!starts.has(index)) {
      out.push(line);
      return;
    }
    const text = line.replace(NEWS_DATELINE, "");
    const previous = out.length - 1;
    // The headline right above the dateline: a title line that does not start a report already.
    if (previous >= 0 && isTitleLine(out[previous]!) && !reports.has(previous) && !SIDEBAR_LABEL.test(out[previous]!)) {
      headlines.add(previous);
      reports.set(previous, out[previous]!);
    } else {
      // Else the original headline the report carries (before the next report starts), else its first clause.
      let end = index + 1;
      while (end < lines.length && !starts.has(end)) end++;
      const original = lines.slice(index + 1, end).map((candidate) => ORIGINAL_TITLE.exec(candidate)?.[1]?.trim()).find(Boolean);
      const title = original ?? reportTitleFromText(text);
      if (title) reports.set(out.length, title);
    }
    out.push(text);
  });
  return { lines: out, reports, headlines };
}

/** A digest's source lines without their datelines (for the lost-sentence check, which reads the source). */
export function withoutDigestDatelines(lines: string[]): string[] {
  const trimmed = lines.map((line) => line.replace(/^[\s\u3000]+/, ""));
  if (trimmed.filter((line) => NEWS_DATELINE.test(line)).length < 2) return lines;
  return trimmed.map((line) => line.replace(NEWS_DATELINE, ""));
}
