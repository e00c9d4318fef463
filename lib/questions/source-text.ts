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
  // A quotation standing as the window's last clause, said by no one (…建立社会主义市场经济体制，“不管黑猫白猫，…”): a
  // slogan the source hung on the sentence, which the stem does not need; it ends at the clause before.
  const slogan = TRAILING_SLOGAN.exec(text.slice(left, right));
  if (slogan && left + slogan.index >= to && !SAYING_VERB_END.test(text.slice(left, left + slogan.index))) right = left + slogan.index + 1;
  // A sentence-opening connective, an answer key's lead (参考答案：) and an article number or list marker glued to the
  // sentence (第三十六条…, （一）…, 参考答案：1. …) are no part of the statement, in whatever order they stand.
  for (const lead of [OPENING_CONNECTIVE, ANSWER_KEY_LEAD, LEADING_MARKER, OPENING_CONNECTIVE]) {
    const match = lead.exec(text.slice(left, right));
    if (match && left + match[0].length <= from) left += match[0].length;
  }
  // A note's label the sentence says again (精神实质：科学发展观最鲜明的精神实质是…): the label is the outline's scaffolding.
  const label = redundantLabel(text.slice(left, right));
  if (label > 0 && left + label <= from) left += label;
  const window = text.slice(left, right).replace(/[，；：]$/, "");
  return { text: window, start: sentence.start + left };
}

/** A quotation that is the whole last clause of a text, after a comma: …，“不管黑猫白猫，捉到老鼠就是好猫”。 */
const TRAILING_SLOGAN = /，“[^“”]*”[。！？]?$/;
/** A clause that ends by introducing what it says (我们常说，“…”): its quotation is what it states. */
const SAYING_VERB_END = /(?:说|讲|道|曰|指出|强调|提出|认为|要求|表示|所言|号召|喊出)$/;

/** A note's label before its sentence (活的灵魂：, 精神实质：), not a speaker's verb (习近平指出：) nor a quotation's lead. */
const NOTE_LABEL_LEAD = /^([\u4e00-\u9fff]{2,6})[：:](?!\s*[“‘])/;

/**
 * The length of a note's label glued before a sentence that says what the label is (精神实质：科学发展观最鲜明的精神实质
 * 是…), 0 when there is none: the sentence stands without it. A label the sentence does not define (理论依据：…, 经济：…
 * 多种所有制经济…, 活的灵魂：…是…的活的灵魂) may be what the sentence is about; it stays, and the gate reads it
 * (hasDanglingReference).
 */
export function redundantLabel(text: string): number {
  const label = NOTE_LABEL_LEAD.exec(text);
  if (!label || SAYING_VERB_END.test(label[1]!) || /(?:是|有|为|包括|如下|规定|在于)$/.test(label[1]!)) return 0;
  return new RegExp(`${label[1]!}(?:是|为|在于|就是)`).test(text.slice(label[0].length)) ? label[0].length : 0;
}

/** A clause that qualifies the one before it: a general rule's exception or its usual measure. */
const QUALIFYING_CLAUSE = /^(?:一般|原则上|但|但是|确需|确有|特殊情况|如有特殊|除[^，；]{0,12}外)/;
/** A frame that governs the clause after it (根据新的发展要求，深刻认识…): short, opening with a preposition. */
const FRAME_CLAUSE = /^(?:根据|按照|依照|依据|遵照|为了|围绕|随着|针对|基于|本着|面对|对照|通过)[^，；：]{1,14}$/;
/** A clause whose 都/均 sums up the subject the clause before it names (…我们党所从事的一切工作，都必须…). */
const GOES_ON_FROM_PREVIOUS = /^(?:都|均)/;
/**
 * What follows a cut that still belongs to a 、 series its last clause began, closed within one more clause by the series'
 * head (…纪律松弛，管党治党宽松软问题：; 不履职尽责、不担当作为等问题。).
 */
const SERIES_CLOSED_AFTER = /^[^；。：！？，]*、[^；。：！？，]*(?:，[^；。：！？，]*)?(?:问题|现象|情况|行为|倾向)(?:[；。：！？]|$)/;
/** What follows a cut that ends the complement a 是 clause began (是保证…，带领…的根本政治保证。). */
const COMPLEMENT_CLOSED_AFTER = /^[^。；！？是]*的[\u4e00-\u9fff]{2,8}(?:[。；！？]|$)/;

/**
 * Whether the clause after a cut leans on the window's last clause: it qualifies it (QUALIFYING_CLAUSE), or it opens as a
 * clause of the window opens but its last clause does not (陪同人员… after …陪同人员不超过6人，工作人员…，其他常委出访):
 * the window's last clause then heads the next unit of a series whose body was cut off.
 */
export function cutsLeaningClause(window: string, after: string): boolean {
  const next = after.split(/[，；：。！？]/)[0] ?? "";
  if (QUALIFYING_CLAUSE.test(next)) return true;
  // The window's last clause is half of what the cut leaves: a frame for the next clause, the subject a clause going on
  // with 都 sums up, an item of a 、 series headed after the cut (…、纪律松弛，管党治党宽松软问题), or a 是 whose complement ends
  // after it.
  const lastClause = window.replace(/[，；：]$/, "").split(/[，；：]/).at(-1) ?? "";
  if (FRAME_CLAUSE.test(lastClause) || GOES_ON_FROM_PREVIOUS.test(next)) return true;
  if (lastClause.includes("、") && SERIES_CLOSED_AFTER.test(after)) return true;
  if (/^是/.test(lastClause) && COMPLEMENT_CLOSED_AFTER.test(after)) return true;
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

/**
 * A parenthesis that says it holds for the text below (（不含…，下同）, （下同）): in a question there is no text below, so it
 * points at nothing; the sentence reads whole without it. Not one that holds a blank.
 */
const SAME_BELOW = /[（(][^（）()_]*?[，,；;]?下同[）)]/g;

/** Ends a stem that was cut from a longer sentence with a full stop, so it reads as a statement; a glossary line's colon goes. */
export function asStatement(text: string): string {
  const joined = text.replace(LINE_LABEL_BEFORE_RULE, "$1").replace(SAME_BELOW, "");
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
