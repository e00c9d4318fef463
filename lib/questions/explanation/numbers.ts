import type { KnowledgePoint } from "@/lib/content/types";
import { acceptedVariants } from "../accepted-answers";
import { passageCitation } from "../citation";
import { sentenceAt, type CourseIndex, type LocatedPassage } from "../course-index";
import { perCourse } from "../course-memo";
import { balanced } from "../quote-excerpt";
import { RULE_NUMBER_WORD } from "../rule-words";
import { withoutArticleLead } from "../article-lead";
import { type KeyPlace, MAX_OPTION_QUOTE, MAX_QUOTE, NUMERAL, QUANTITY_KEY, QUANTITY_NUMBER, SENTENCE_LEAD, escapeRegExp, evidence, mark } from "./context";

/**
 * Numbers in the course: the number beside a key, where another rule states a number, whether a number
 * is stated in the key's frame or elsewhere, and the clauses around it.
 */

/** A clause of the text with what a lead-stripping cut took from its start, when it stood inside a sentence (after no mark). */
function restoredLead(text: string, clause: string, at: number): string {
  const start = text.lastIndexOf(clause, at);
  if (start <= 0) return clause;
  let from = start;
  while (from > 0 && !/[，。；：！？“”\n]/.test(text[from - 1]!)) from--;
  return from > 0 ? text.slice(from, start + clause.length) : clause;
}

/**
 * Another number of the same unit in the key's own passage (its sentence or article) said in the same frame — the same
 * rule's other case: “其他中央政治局委员每次出访不超过3个国家” beside 常委 4个, “2年内不得担任高于原职务层次的领导职务”
 * beside 1年内. Said plainly so the learner tells them apart; a number in another frame (接待对象在10人以内 beside
 * 陪餐人数不得超过3人) is no case of the same rule. Empty when there is none.
 */
export function numberBeside(answer: string, key: KeyPlace, quotedText = ""): string {
  if (!QUANTITY_KEY.test(answer)) return "";
  const number = QUANTITY_NUMBER.exec(answer)?.[0];
  const unit = number ? answer.slice(number.length) : "";
  if (!number || !unit) return "";
  const text = key.located.passage.text;
  const keyStart = key.offset - answer.length;
  const before = text.slice(Math.max(0, keyStart - FRAME), keyStart);
  const after = text.slice(key.offset, key.offset + FRAME);
  const pattern = new RegExp(`[\\d一二两三四五六七八九十百千零〇]+${escapeRegExp(unit)}`, "g");
  let best: { clause: string; distance: number } | null = null;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    const at = found.index;
    const end = at + found[0].length;
    if (found[0] === answer || (at < key.offset && end > keyStart)) continue;
    if (NUMERAL.test(text[at - 1] ?? "") || NUMERAL.test(text[end] ?? "") || NOT_THE_QUANTITY.test(text.slice(end))) continue;
    // A bare classifier counts the noun after it: 12个(月) is no case of 60个(工作日).
    if (/个$/.test(unit) && text.slice(end, end + 2) !== text.slice(key.offset, key.offset + 2)) continue;
    if (!sharesFrame(before, text.slice(Math.max(0, at - FRAME), at), true) && !sharesFrame(after, text.slice(end, end + FRAME), false)) continue;
    const cut = commaClauseAround(text, at, end);
    // A list marker stripped inside a sentence was part of it (一、二、三类会议合计不得超过2天).
    const clause = cut === null ? null : restoredLead(text, cut, at);
    // A condition or a subject (超过10人的, 对于受到留党察看处分一年的党员) is no rule of its own: a rule bounds or binds.
    if (!clause || !balanced(clause) || clause.length < MIN_NUMBER_CLAUSE || clause.endsWith("的") || !RULE_NUMBER_WORD.test(clause) || clause.length > MAX_OPTION_QUOTE || clause.includes(answer) || saidAsFigure(clause, found[0])) continue;
    const distance = Math.abs(at - keyStart);
    if (!best || distance < best.distance) best = { clause, distance };
  }
  if (!best) return "";
  // The stem may hold the other case already; said again it is named as what not to confuse with the key.
  const inStem = quotedText.includes(best.clause);
  return `${inStem ? "同一句" : "同一处原文"}还规定${evidence(best.clause)}，注意与此处的${mark(answer)}区分。`;
}

/**
 * Another number of the key's unit that the key's document sets in another of its rules, in the key's frame — the
 * limit a learner must not confuse the key with: 「一个月」 of 办理完毕相应手续 beside “应当在3个月内作出处理决定”
 * （第八条）. Read like numberBeside (two characters of words beside the number shared, a bare 个 counting the same
 * noun, a clause that binds and is no condition), in the other passages of the key's document in reading order; the
 * key's own passage is numberBeside's. The same quantity written otherwise (1个月 for 一个月) is the same rule's number,
 * not another. Empty when the document sets no such number.
 */
/** The words of a bound alone, which every limit of a rule text shares: read as a break, they make no frame. */
const BOUND_WORDS = /不得超过|不超过|不得少于|不少于|不低于|不高于|至少|最多|应当|之日起|以内|以上|以下/g;

export function numberOfAnotherRule(index: CourseIndex, answer: string, key: KeyPlace): string {
  if (!QUANTITY_KEY.test(answer)) return "";
  const number = QUANTITY_NUMBER.exec(answer)?.[0];
  const unit = number ? answer.slice(number.length) : "";
  if (!number || !unit) return "";
  const own = key.located.passage;
  const keyStart = key.offset - answer.length;
  const before = own.text.slice(Math.max(0, keyStart - FRAME), keyStart);
  const after = own.text.slice(key.offset, key.offset + FRAME);
  const same = new Set([answer, ...acceptedVariants(answer)]);
  const document = index.documentTitle(key.located.module);
  const pattern = new RegExp(`[\\d一二两三四五六七八九十百千零〇]+${escapeRegExp(unit)}`, "g");
  for (const located of index.passages) {
    if (located.passage.id === own.id || located.passage.kind !== "prose" || index.documentTitle(located.module) !== document) continue;
    const text = located.passage.text;
    for (const found of text.matchAll(pattern)) {
      const at = found.index;
      const end = at + found[0].length;
      if (same.has(found[0]) || NUMERAL.test(text[at - 1] ?? "") || NUMERAL.test(text[end] ?? "") || NOT_THE_QUANTITY.test(text.slice(end))) continue;
      if (/个$/.test(unit) && text.slice(end, end + 2) !== own.text.slice(key.offset, key.offset + 2)) continue;
      // Another rule shares more than the bound (不超过, 不得, 应当): 陪餐人数不得超过3人 is no case of 参会人员不得超过300人.
      const otherBefore = text.slice(Math.max(0, at - FRAME), at).replace(BOUND_WORDS, "、");
      const otherAfter = text.slice(end, end + FRAME).replace(BOUND_WORDS, "、");
      if (!sharesFrame(before.replace(BOUND_WORDS, "、"), otherBefore, true) && !sharesFrame(after.replace(BOUND_WORDS, "、"), otherAfter, false)) continue;
      const cut = commaClauseAround(text, at, end);
      const clause = cut === null ? null : restoredLead(text, cut, at);
      if (!clause || !balanced(clause) || clause.length < MIN_NUMBER_CLAUSE || clause.endsWith("的") || !RULE_NUMBER_WORD.test(clause) || clause.length > MAX_OPTION_QUOTE || clause.includes(answer) || saidAsFigure(clause, found[0])) continue;
      return `${passageCitation(index, located, end)}另规定${evidence(clause)}，注意与此处的${mark(answer)}区分。`;
    }
  }
  return "";
}

/**
 * Whether the number at `at` is the far end of a range (每月1-2次, 3至5年): the course states the range, not the number
 * alone, so quoting the clause for a wrong option 2次 says something the course does not (readers, stop 38: "justifies
 * the 2次 distractor with an unrelated monthly frequency 每月1-2次").
 */
export function rangeEnd(text: string, at: number): boolean {
  return /[\d.．一二两三四五六七八九十百千万][-－~～—–至到]$/.test(text.slice(Math.max(0, at - 2), at));
}

/** How far before and after a number its frame is read (每年至少召开两次: 每年至少召开). */
const FRAME = 8;

/**
 * What a number option is, when the course states it in a rule of its own: a clause of the course (between full
 * stops or semicolons, at most MAX_OPTION_QUOTE characters, not the question's own and naming no key) that holds
 * the option as a quantity in the same frame as the key — two characters the same right before or after it (每年至少
 * 召开两次 and 每年至少举行一次; 二人以上 and 三人以上). 「一次」：“中央委员会全体会议…每年至少举行一次”（第二十二条）.
 * Empty when no such clause is found: a number the course does not state is only said not to be the source's.
 */
export function numberStated(index: CourseIndex, option: string, keys: string[], place: KeyPlace, quotedAlready: Set<string>): string {
  if (!QUANTITY_KEY.test(option) || keys.length !== 1) return "";
  const [answer] = keys as [string];
  const own = place.located.passage.text;
  const keyStart = place.offset - answer.length;
  const before = own.slice(Math.max(0, keyStart - FRAME), keyStart);
  const after = own.slice(place.offset, place.offset + FRAME);
  // Only the option's occurrences in prose, in reading order (the course's index finds them).
  for (const { located, at } of index.proseOccurrences(option)) {
    const text = located.passage.text;
    const end = at + option.length;
    if (NUMERAL.test(text[at - 1] ?? "") || NUMERAL.test(text[end] ?? "") || rangeEnd(text, at)) continue;
    if (located.passage.id === place.located.passage.id && Math.abs(end - place.offset) < MAX_QUOTE) continue;
    if (!sharesFrame(before, text.slice(Math.max(0, at - FRAME), at), true) && !sharesFrame(after, text.slice(end, end + FRAME), false)) continue;
    const clause = clauseAround(text, at, end);
    if (!clause || clause.length > MAX_OPTION_QUOTE || quotedAlready.has(clause) || clause.includes(answer) || saidAsFigure(clause, option)) continue;
    quotedAlready.add(clause);
    return `${mark(option)}：${evidence(clause)}（${passageCitation(index, located, end)}）`;
  }
  return "";
}

/** Whether the course states a number option in a rule of the key's frame, so the 解析 quotes it (numberStated): the same kind of number as the key. */
export function numberStatedInKeyFrame(index: CourseIndex, answer: string, option: string, key: KeyPlace): boolean {
  return numberStated(index, option, [answer], key, new Set()) !== "";
}

/**
 * Whether a clause says the number as a figure of speech, not as a quantity of a rule: said twice (一件事情接着一件事情办，
 * 一年接着一年干) it is a pace, not a period, and quoting it for a wrong option 一年 explains nothing (readers, issue #16).
 */
export function saidAsFigure(clause: string, option: string): boolean {
  return clause.indexOf(option) !== clause.lastIndexOf(option);
}

/** What after a quantity makes it something else: a longer unit (人次, 年均, 年代), a half (一年半), a session of a meeting (四次会议). */
const NOT_THE_QUANTITY = /^(?:[半来代度级轻次均届]|会议|全会|全体会议|[^，。；]{0,3}代会|[^，。；]{0,3}大会)/;

/** A clause of the course shorter than this is quoted with the clause before it: “时间不超过1分钟” alone says little. */
const MIN_NUMBER_CLAUSE = 10;

/**
 * What a number option is where the key's document (any of its modules) states it in another rule, when no clause of the key's frame
 * does (numberStated): the first place the document states it (numberPlaces), quoted with its 出处 — 「2个月」：“在搬入新办公用房
 * 后……并在免去兼任职务后2个月内腾退兼职单位安排的办公用房”（第十八条）. Not a clause naming the key, not one quoted for another
 * option. Empty when the document states no such number: the option is then only said to differ from the source's.
 */
export function numberElsewhere(index: CourseIndex, option: string, keys: string[], place: KeyPlace, quotedAlready: Set<string>): string {
  for (const found of numberPlaces(index, option, place, keys[0]?.length ?? 0)) {
    const clause = commaClauseAround(found.located.passage.text, found.start, found.end);
    if (!clause || clause.length > MAX_OPTION_QUOTE || saidAsFigure(clause, option) || quotedAlready.has(clause) || keys.some((answer) => clause.includes(answer)) || onlyATime(clause)) continue;
    quotedAlready.add(clause);
    return `${mark(option)}：${evidence(clause)}（${passageCitation(index, found.located, found.end)}）`;
  }
  return "";
}

/** Words of a clause that only place it in time or join it to the last (所以在…下旬, 总计从…至…止). */
const TIME_FRAME_WORDS = /[所以因此于是但而且并同其中截至自从在到止总计共上中下旬初底末来后前左右间时的，、]/gu;

/** Words of a clause that only say how often or how much (每月, 至少召开): the frame of a count, not whose count it is. */
const FREQUENCY_WORDS = /每(?:年|季度|季|月|周|天|日)|至少|最多|不超过|不少于|一般|召开|举行/gu;

/**
 * Whether a clause says nothing but a time (所以在1945年8月下旬, 1939年11月上旬, 总计从1946年7月至1947年6月止) or a
 * frequency (每月1次, 每年至少召开两次): cut from its sentence, it tells no event, rule or body the option is the number
 * of, so quoting it teaches nothing (readers, stop 35: "explains 1945年8月 only with cut fragments"; stop 38: "justifies
 * the 2次 distractor with an unrelated monthly frequency '每月1-2次'").
 */
export function onlyATime(clause: string): boolean {
  const rest = clause
    .replace(/[\d.．]+(?:年|个月|月|日|号|天|次|人|名|个|分钟|小时|周)?/g, "")
    .replace(/[一二两三四五六七八九十]+(?:次|个月|年|天)/g, "")
    .replace(FREQUENCY_WORDS, "")
    .replace(TIME_FRAME_WORDS, "");
  return [...rest].filter((char) => /\p{Script=Han}/u.test(char)).length < 3;
}

/** A place where the key's document states a number as a quantity. */
interface NumberPlace {
  located: LocatedPassage;
  start: number;
  end: number;
}

/**
 * Where the key's document (any of its modules) states `number` as a quantity, in reading order: a number point of its
 * prose that is not part of a longer number or an ordinal (第19名), a name (PM2.5年均), another unit (14人次) or a
 * meeting's session (四次会议); never in the question's own sentence, whose other numbers the learner reads in the stem
 * already. The one place-finder of the "same kind of number elsewhere" that a 单选's wrong option (numberElsewhere) and
 * a 判断's numbers (sameCountPlace) are taught by; each caller cuts the quotation its 解析 needs. `keyLength` is how
 * long the key before place.offset is.
 */
export function* numberPlaces(index: CourseIndex, number: string, place: KeyPlace, keyLength: number): Generator<NumberPlace> {
  if (!QUANTITY_KEY.test(number)) return;
  const own = place.located.passage;
  const ownSentence = sentenceAt(own, Math.max(0, place.offset - keyLength), place.offset);
  for (const point of numberPoints(index).get(index.documentTitle(place.located.module))?.get(number) ?? []) {
    if (!point.span) continue;
    const located = index.passage(point.span.passage);
    if (!located || located.passage.kind !== "prose") continue;
    const { start, end } = point.span;
    const text = located.passage.text;
    if (NUMERAL.test(text[start - 1] ?? "") || /[A-Za-z]/.test(text[start - 1] ?? "") || NUMERAL.test(text[end] ?? "") || rangeEnd(text, start) || NOT_THE_QUANTITY.test(text.slice(end))) continue;
    if (located.passage.id === own.id && (ownSentence ? ownSentence.start <= start && end <= ownSentence.end : Math.abs(end - place.offset) < MAX_QUOTE)) continue;
    yield { located, start, end };
  }
}

/**
 * The number points of the course with a place, by their modules' document title and their number, in reading order:
 * every number option of every question looked for them among all the points of its document (issue #15).
 */
const numberPoints = perCourse((index) => {
  const byDocument = new Map<string, Map<string, KnowledgePoint[]>>();
  for (const module of index.modules) {
    const document = index.documentTitle(module);
    for (const point of module.knowledgePoints) {
      if (point.kind !== "number" || point.answer === undefined || !point.span) continue;
      let byAnswer = byDocument.get(document);
      if (!byAnswer) byDocument.set(document, (byAnswer = new Map()));
      const points = byAnswer.get(point.answer);
      if (points) points.push(point);
      else byAnswer.set(point.answer, [point]);
    }
  }
  return byDocument;
});

/** What opens a clause that goes on from the one before it: its subject is there. */
export const LEANING_START = /^(?:并且|并|且|而且|同时|也|还)/;

/** The clause between commas (or stronger marks) that holds [at, end), with the clause before it when it is short; no list marker, article number or closing mark. */
export function commaClauseAround(text: string, at: number, end: number, withLean = true): string | null {
  const marks = /[，。；：！？“”\n]/;
  const back = (from: number) => {
    let position = from;
    while (position > 0 && !marks.test(text[position - 1]!)) position--;
    return position;
  };
  let from = back(at);
  let to = end;
  while (to < text.length && !marks.test(text[to]!)) to++;
  // A short clause, or one leaning on the clause before it (并在免去兼任职务后2个月内…), is quoted with that clause.
  if ((to - from < MIN_NUMBER_CLAUSE || (withLean && LEANING_START.test(text.slice(from, at)))) && from > 0 && text[from - 1] === "，") from = back(from - 1);
  const clause = withoutArticleLead(text.slice(from, to).trim()).replace(SENTENCE_LEAD, "").trim();
  // A clause cut at a quotation mark inside brackets (人民解放军（1948年改称“…”）) is no whole place to quote.
  return clause.length > end - at && balanced(clause) ? clause : null;
}

/** Whether two frames of a number share two characters of words (no numerals, no punctuation) right beside the number: the same rule of counting. */
function sharesFrame(own: string, other: string, before: boolean): boolean {
  // Read outward from the number: the nearer characters count, up to a punctuation mark.
  const near = (frame: string) => (before ? frame.split(/[，。；：、“”‘’（）]/).pop()! : frame.split(/[，。；：、“”‘’（）]/)[0]!);
  const a = near(own);
  const b = near(other);
  for (let at = 0; at + 2 <= a.length; at++) {
    const pair = a.slice(at, at + 2);
    if (/^[\u4e00-\u9fa5]{2}$/.test(pair) && !NUMERAL.test(pair) && b.includes(pair)) return true;
  }
  return false;
}

/** The clause of the text between full stops or semicolons that holds [at, end), without its list marker or article number; null when it runs on past the text. */
function clauseAround(text: string, at: number, end: number): string | null {
  const from = Math.max(text.lastIndexOf("；", at), text.lastIndexOf("。", at), text.lastIndexOf("\n", at)) + 1;
  const ends = /[；。！？]/.exec(text.slice(end));
  if (!ends) return null;
  const clause = withoutArticleLead(text.slice(from, end + ends.index + 1).trim()).replace(SENTENCE_LEAD, "").trim().replace(/；$/, "。");
  return balanced(clause) ? clause : null;
}
