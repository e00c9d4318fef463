import { displayWidth } from "../text/char-classes";
import { SALUTATION, SENTENCE_OPENER, type LineRole } from "./classify-lines";
import { cleanTitle, COLUMN_TAG, isProperTitle } from "./clean-title";
import { TIME_CLAUSE } from "./news-reports";
import { opensSiblingRun } from "./sibling-headings";
import type { HeadingMatch } from "../detect-heading";

/** What a website appends to an article's title: （范文）, （全文）, （节选）. */
const SITE_NOTE = /\s*[（(](?:范文|全文|节选|精选|摘编|推荐)[)）]$/;

/** Headings of an article's frame, never its title. */
const FRAME_HEADING = /^(?:摘\s*要|内容提要|提要|引言|前言|导语|序言?|目录|关键词)[：:]?$/;
/** A clause that says what a text provides (`《…条例》第三十九条规定了…`): the provision before the verb is the subject. */
const PROVISION = /^(《[^《》]{2,30}》(?:第[一二三四五六七八九十百零〇\d]+[编章节条款项])*)(?:规定|明确)/;
/** A note in brackets inside a clause: `（以下简称《纪律处分条例》）`, `（试行）` stays. */
const SHORT_NAME_NOTE = /[（(]以下(?:简称|称)[^）)]*[）)]/g;

/** A clause up to this width reads as a title; a longer one is cut. */
const MAX_CLAUSE_WIDTH = 30;
/** A clause in which the writer or speaker speaks: no subject of the text. */
const SPEAKER = /^(?:我们?|你们?|您|他们?|她们?|本人|笔者|大家)/;
const CUT_WIDTH = 20;

/**
 * A name derived from the text: `clause` when it is no title the document prints (a clause of its first paragraph, a
 * generic heading), so that the name serves for display only and no question cites it as 《…》.
 */
export interface DerivedTitle {
  title: string;
  clause: boolean;
}

/**
 * A name for a document that prints no title (a study article that opens with its first paragraph):
 * the first clause of its first paragraph, which names its subject ("中国共产党党员和国家公职人员
 * 基于特殊身份要求和管理监督需要"), cut with "…" when long — unless a heading stands above that
 * paragraph, which is the title then (a website's note on it, （范文）, dropped); else the first heading. Null when the
 * document has neither, and the caller falls back to the file name. A heading that is only the first of a run of sibling
 * headings (`一、…` before `二、…`, `1.…` before `2.…`, one question of many) names the first section, not the document:
 * it stays the display name, marked `clause` (untitled), as a clause of the first paragraph is.
 */
export function titleFromContent(lines: string[], roles: LineRole[], headings: readonly (HeadingMatch | null)[] = []): DerivedTitle | null {
  const firstOfRun = (index: number) => index >= 0 && opensSiblingRun(lines, headings, index);
  // A salutation ("各位代表：") opens a speech's first paragraph; the clause after it is the text's.
  const first = lines.findIndex((line, index) => (roles[index]?.role === "text" || roles[index]?.role === "article") && !SALUTATION.test(line));
  // A heading above the first paragraph titles the document better than any clause of its text.
  const headingAbove = roles.findIndex((role, index) => role.role === "heading" && role.heading.title && !FRAME_HEADING.test(role.heading.title) && (first < 0 || index < first));
  const aboveRole = roles[headingAbove];
  if (aboveRole?.role === "heading" && aboveRole.heading.title) return headingTitle(aboveRole.heading.title.replace(SITE_NOTE, ""), firstOfRun(headingAbove));
  // A column's tag (`【学习路上按】`) and a clause that only says when (`党的十八大以来，`) name no subject.
  const clauses =
    first < 0
      ? []
      : lines[first]!
          .replace(COLUMN_TAG, "")
          .replace(/^[^：:]{0,30}[：:](?=.)/, (lead) => (SALUTATION.test(lead) ? "" : lead))
          .replace(SHORT_NAME_NOTE, "")
          .split(/[，。；：！？,;:!?]/)
          // An opening quote or bracket goes, never a title's 《 whose 》 the clause holds.
          .map((part) => {
            const lead = /^[“”"'‘’《》（）()\s]+/.exec(part)?.[0] ?? "";
            const rest = part.slice(lead.length);
            return `${lead.endsWith("《") && /^[^《》]+》/.test(rest) ? "《" : ""}${rest}`.trim();
          });
  // (A short one, `今天，`, still says the text gives no title: its first heading names it then.)
  const clause = clauses.find((part, index) => !(TIME_CLAUSE.test(part) && /[\u4e00-\u9fff]{4}/.test(part)) || index === clauses.length - 1);
  // A clause too short to name a subject ("现在，我代表…") gives no title: a sentence is no title either.
  const provision = clause && PROVISION.exec(clause);
  if (provision) return { title: provision[1]!.replace(/[《》]/g, ""), clause: true };
  if (clause && /[\u4e00-\u9fff]{4}/.test(clause)) return { title: fitted(clause), clause: true };
  const heading = roles.find((role, index) => (role.role === "heading" && role.heading.title) || (role.role === "title" && !FRAME_HEADING.test(lines[index]!)));
  if (heading?.role === "heading") return headingTitle(heading.heading.title, firstOfRun(roles.indexOf(heading)));
  if (heading) return headingTitle(cleanTitle(lines[roles.indexOf(heading)]!));
  // Else the clause after a short opener (`实践中，`, `当前，`) when it names a subject: not a circumstance
  // (`随着…`) nor the speaker (`现在，我代表…`, `笔者…`).
  const subject = clauses.find((part) => /[\u4e00-\u9fff]{4}/.test(part) && !TIME_CLAUSE.test(part));
  return subject && !SENTENCE_OPENER.test(subject) && !SPEAKER.test(subject) ? { title: fitted(subject), clause: true } : null;
}

/**
 * A heading names the document when it is a title, not a generic label (`典型案例`, `参考答案`) nor the first of a run of
 * sibling headings (`firstOfRun`): that one is kept as the display name, as a clause is, and no question cites it.
 */
function headingTitle(title: string, firstOfRun = false): DerivedTitle {
  return { title, clause: firstOfRun || !isProperTitle(title) };
}

function fitted(clause: string): string {
  return displayWidth(clause) <= MAX_CLAUSE_WIDTH ? clause : `${[...clause].slice(0, CUT_WIDTH).join("")}…`;
}
