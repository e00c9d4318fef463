import type { CourseIndex, LocatedPassage } from "../course-index";
import type { DistractorInventory } from "../distractors";
import { quoteExcerpt } from "../quote-excerpt";
import type { StatementChange } from "../types";

/**
 * What every 解析 writer shares: the context it is given, the place of the key, the list it stands in,
 * and the marks and excerpts a 解析 quotes with.
 */

export interface ExplainContext {
  index: CourseIndex;
  inventory: DistractorInventory;
}

/** Where the key of a question stands: its passage and the passage offset just after the key. */
export interface KeyPlace {
  located: LocatedPassage;
  offset: number;
}

/** The list a key belongs to, when it is a list item or a multiple choice asks about a list. */
export interface KeyList {
  label: string | null;
  items: string[];
}

export const MAX_LISTED = 8;

export const MAX_QUOTE = 80;

export const mark = (text: string) => `「${text}」`;

export const marks = (texts: string[]) => texts.map(mark).join("");

export function listed(items: string[]): string {
  return items.length > MAX_LISTED ? `${items.slice(0, MAX_LISTED).join("、")}等${items.length}项` : items.join("、");
}

/**
 * The evidence: the source text the question rests on, quoted — a clause window (already at most
 * about 80 characters around the key) as it is, a longer text (a quotation with its speaker) cut
 * at a clause end. Quotation marks inside become ‘’.
 */
export function evidence(text: string, cut = false): string {
  return quoted((cut ? quoteExcerpt(text, MAX_QUOTE) : text).replace(/[。；，：]$/, ""));
}

/** A record's text with the spaces a PDF put inside a number closed (201 7年 → 2017年). */
export function closedNumbers(text: string): string {
  return text.replace(/(\d)\s+(?=\d)/g, "$1");
}

/** A text in quotation marks, its own quotation marks made single (“党风廉政建设的‘两个责任’”), never doubled. */
export function quoted(text: string): string {
  return `“${text.replace(/“/g, "‘").replace(/”/g, "’")}”`;
}

/** The longest sentence quoted to say what a wrong option is: one short clause each, never a paragraph. */
export const MAX_OPTION_QUOTE = 60;

/** A number or a quantity with its unit (1次, 15个, 二年, 两人, 3分钟): the same figure elsewhere is another fact. */
export const QUANTITY_KEY = /\d|^[一二两三四五六七八九十百千零〇]+(?:个工作日|个月|个|人|名|年|月|日|天|次|项|条|分钟|小时|周|岁|倍|届)$/;

/** A list marker or a quotation mark opening a sentence ((七), ‘): not part of what it says. */
export const SENTENCE_LEAD = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．]\s*)/;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A unit a quantity key is counted in: 个国家 after 4个, 年 of 2年, 个月 of 六个月. */
export const QUANTITY_NUMBER = /^[\d.．一二两三四五六七八九十百千零〇]+/;

/** A numeral, a digit or a decimal point: what a quantity is made of, so an option is not read inside a longer number (十一年 is no 一年, 19.2% no 2%). */
export const NUMERAL = /[\d.．一二两三四五六七八九十百千万零〇第]/;

/** Anaphora pointing back into a text the quotation leaves out (这样的党员, 上述情形): the quoted sentence does not stand alone. */
export const ANAPHORA = /这样的|这种|这些|这类|上述|前款|该/;

export interface TrueFalseExplanationInput {
  original: string;
  change: StatementChange | null;
  key: KeyPlace;
  quoted: string;
  /** What the statement tests: a speaker's true statement is explained by who said it, not by what the name is. */
  focus?: "term" | "number" | "speaker" | "definition";
  /** The statement as shown (its clause window), for telling whether a set it names is restated. */
  statement?: string;
  /**
   * For a true statement: the change the false generator would have made, named as what the statement does not say
   * when the contrast is certain (trueContrast).
   */
  contrast?: StatementChange | null;
}
