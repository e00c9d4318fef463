import type { Sentence } from "@/lib/content/types";

export const FILL_MARKER = "______";
export const CHOICE_MARKER = "（　）";
const MAX_WINDOW = 100;

export interface TextWindow {
  text: string;
  /** Offset of text in the passage. */
  start: number;
}

/**
 * A clause that cannot open a statement: it leans on the one before it (…，才能…; …：“…，是我们
 * 党的立党之本…”; …，而且…). A stem cut to start there reads as a fragment.
 */
const LEANS_ON_PREVIOUS = /^(?:才|就|是|也|还|却|则|即|又|并且|而且|而是|从而|进而|因而|因此|所以|否则|但是?)/;

/** A connective that opens a sentence and points back to the one before; alone in a stem it refers to nothing. */
const OPENING_CONNECTIVE = /^(?:然而|但是|因此|所以|同时|此外|另外|总之|总而言之|可见|当然|实际上|事实上|其实|换言之|其次|再次|最后|首先|第[一二三四五六七八九十]+)，/;

/**
 * An answer key's lead glued to the sentence it answers with (参考答案：…, 答案要点：1. …, 答：…): the document's scaffolding,
 * no part of what the sentence says. Left out of a stem when it stands before the blank; a stem that still holds it leans on
 * the question it answers (hasDanglingReference).
 */
export const ANSWER_KEY_LEAD = /^(?:参考答案要点|参考答案|答案要点|答题要点|答案|解答|解析|答)[：:]\s*/;

/** An article number or list marker opening a sentence: 第三十六条, （一）, 一、, 1. */
const LEADING_MARKER = /^(?:第[一二三四五六七八九十百零〇]+[条章节款]\s*|[（(][一二三四五六七八九十\d]+[)）]\s*|[一二三四五六七八九十]+、|\d+[.、．]\s*)/;

/** More than the window may grow to give a leaning clause the clause it leans on. */
const LEANING_ALLOWANCE = 1.5;

function closesUnopenedQuote(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === "“") depth += 1;
    else if (char === "”" && --depth < 0) return true;
  }
  return false;
}

/**
 * The sentence around [start, end), cut down to whole clauses when it is long, so a stem stays
 * readable on a phone. A window does not start with a clause that leans on the one before, or
 * inside a quotation, when the clause before fits (it may then be half as long again); a
 * sentence-opening connective (然而，因此，…) before the blank is left out. Offsets are passage offsets.
 */
export function clauseWindow(sentence: Sentence, start: number, end: number, max = MAX_WINDOW): TextWindow {
  const text = sentence.text;
  const from = start - sentence.start;
  const to = end - sentence.start;
  let left = 0;
  let right = text.length;
  if (text.length > max) {
    const breaks = [0];
    for (let i = 0; i < text.length; i++) if ("；，：".includes(text[i]!)) breaks.push(i + 1);
    breaks.push(text.length);
    left = Math.max(...breaks.filter((at) => at <= from));
    right = Math.min(...breaks.filter((at) => at >= to));
    // Grow clause by clause while the window stays within bounds, towards the sentence's head first:
    // a stem that keeps its subject reads whole without its last clauses, not the other way round
    // (readers judged stems cut from a sentence's back half usable once in six). A fragment may
    // grow half as long again to take the clause it leans on.
    for (;;) {
      const next = breaks.find((at) => at > right);
      const previous = [...breaks].reverse().find((at) => at < left);
      const window = text.slice(left, right);
      const fragment = LEANS_ON_PREVIOUS.test(window) || closesUnopenedQuote(window);
      if (fragment && previous !== undefined && right - previous <= max * LEANING_ALLOWANCE) left = previous;
      else if (previous !== undefined && right - previous <= max) left = previous;
      else if (next !== undefined && next - left <= max) right = next;
      else break;
    }
    // A window cut before a clause that qualifies its last one (…视内容而定，一般不得超过50人) or that goes on with a unit
    // of a series the window holds part of (…不超过50人，其他常委出访，陪同人员不超过5人…) leaves that last clause
    // misstated or hanging: it is dropped, down to the clause that holds the span.
    for (;;) {
      const last = Math.max(...breaks.filter((at) => at >= to && at < right - 1));
      if (!Number.isFinite(last) || right >= text.length || !cutsLeaningClause(text.slice(left, right), text.slice(right))) break;
      right = last;
    }
    // A window that ends at a comma after the first clause of an item of a semicolon series, the item holding the span being
    // whole before it (…方面的差距；在领会…方面的差距；在护航中心大局，发挥…), leaves the cut item hanging at its head: it ends
    // at the item before instead. An item cut after several clauses (…；1921年，中共一大…召开，中国共产党诞生，…) says something.
    const semicolon = text.lastIndexOf("；", right - 2);
    if (right < text.length && text[right - 1] === "，" && semicolon >= to && semicolon > left && !text.slice(semicolon + 1, right - 1).includes("，")) right = semicolon + 1;
  }
  // A sentence-opening connective, an answer key's lead (参考答案：) and an article number or list marker glued to the
  // sentence (第三十六条…, （一）…, 参考答案：1. …) are no part of the statement, in whatever order they stand.
  for (const lead of [OPENING_CONNECTIVE, ANSWER_KEY_LEAD, LEADING_MARKER, OPENING_CONNECTIVE]) {
    const match = lead.exec(text.slice(left, right));
    if (match && left + match[0].length <= from) left += match[0].length;
  }
  const window = text.slice(left, right).replace(/[，；：]$/, "");
  return { text: window, start: sentence.start + left };
}

/** A clause that qualifies the one before it: a general rule's exception or its usual measure. */
const QUALIFYING_CLAUSE = /^(?:一般|原则上|但|但是|确需|确有|特殊情况|如有特殊|除[^，；]{0,12}外)/;

/**
 * Whether the clause after a cut leans on the window's last clause: it qualifies it (QUALIFYING_CLAUSE), or it opens as a
 * clause of the window opens but its last clause does not (陪同人员… after …陪同人员不超过6人，工作人员…，其他常委出访):
 * the window's last clause then heads the next unit of a series whose body was cut off.
 */
export function cutsLeaningClause(window: string, after: string): boolean {
  const next = after.split(/[，；：。！？]/)[0] ?? "";
  if (QUALIFYING_CLAUSE.test(next)) return true;
  const head = next.slice(0, 4);
  if (head.length < 4 || !/^[\u4e00-\u9fff]{4}$/.test(head)) return false;
  const clauses = window.replace(/[，；：]$/, "").split(/[，；：]/);
  // A last clause that opens as the next does is a whole unit of the series (学习党的路线…，学习党的基本知识), not its head.
  if (clauses.at(-1)?.startsWith(head)) return false;
  return clauses.slice(0, -1).some((clause) => clause.startsWith(head));
}

/** The text with [start, end) (offsets into text) replaced by a blank marker. */
export function blankOut(text: string, blanks: Array<{ start: number; end: number }>, marker: string): string {
  let result = "";
  let at = 0;
  for (const blank of [...blanks].sort((a, b) => a.start - b.start)) {
    result += text.slice(at, blank.start) + marker;
    at = blank.end;
  }
  return result + text.slice(at);
}

/**
 * A closing quotation mark that ends a sentence: the quotation ends with its own stop (……。”) or is a saying quoted
 * after a colon (指出：“……”). A quoted term at the end of a cut (做到“两个维护”) ends no sentence.
 */
const SENTENCE_QUOTE_END = /(?:[。！？…]”|[：:]\s*“[^“”]*”)$/u;

/**
 * A glossary line's head and colon before a rule of it (支部委员会：每月召开1次…; 组织生活会：每年至少召开…): the colon is
 * the list's layout, and the head is the rule's subject (支部委员会每月召开1次…). Only before a word that opens a rule (a
 * frequency, a duty, a usual or least measure), so that a label naming a category (战略目标：全面建成…) keeps its colon.
 */
const LINE_LABEL_BEFORE_RULE = /^([\u4e00-\u9fff]{2,8})[：:](?=每(?:年|月|季度|半年|周|届)|应当|应|必须|须|一般|原则上|至少)/u;

/** Ends a stem that was cut from a longer sentence with a full stop, so it reads as a statement; a glossary line's colon goes. */
export function asStatement(text: string): string {
  const joined = text.replace(LINE_LABEL_BEFORE_RULE, "$1");
  if (/[。！？]$/.test(joined) || SENTENCE_QUOTE_END.test(joined)) return joined;
  return `${joined.replace(/[，；：、]$/, "")}。`;
}

/**
 * The clauses of a text around [at, at + length), each with its closing mark, widened clause by clause while the
 * whole stays within max characters (max 0: the clause that holds the span).
 */
export function clausesAround(text: string, at: number, length: number, max: number): string {
  const ends = /[，；：。！？]/g;
  const bounds = [0, ...[...text.matchAll(ends)].map((match) => match.index + 1)];
  if (bounds[bounds.length - 1] !== text.length) bounds.push(text.length);
  let from = bounds.filter((bound) => bound <= at).pop() ?? 0;
  let to = bounds.find((bound) => bound >= at + length) ?? text.length;
  for (;;) {
    const before = bounds.filter((bound) => bound < from).pop();
    const after = bounds.find((bound) => bound > to);
    if (after !== undefined && after - from <= max) to = after;
    else if (before !== undefined && to - before <= max) from = before;
    else break;
  }
  return text.slice(from, to);
}
