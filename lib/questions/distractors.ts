import { chineseNumeral, chineseNumeralValue } from "@/lib/content/text/chinese-numerals";
import { ALL_COUNT_UNITS, unitAlternation } from "@/lib/content/text/count-units";
import { normalizeAnswer } from "./normalize-answer";
import type { CourseIndex } from "./course-index";
import { enumerationLabel } from "./enumeration-label";
import { judgeTerm, taggedSpans } from "./term-quality";
import { partOrWhole, unfitWrongSpeaker, vocabularySiblings } from "./party-vocabulary";
import { perCourse, pureMemo } from "./course-memo";
import { shuffled, type Random } from "./seeded-random";

/** Same-kind items of the course, from which wrong options are drawn. */
export interface DistractorInventory {
  terms: string[];
  enumerationItems: Array<{ text: string; siblings: string[] }>;
  persons: string[];
  documents: string[];
  numbers: string[];
  /** Where each term, list item, number and speaker was first found, so a 解析 can say where a wrong option comes from. */
  origins: Map<string, InventoryOrigin>;
}

/** The knowledge point an inventory entry was taken from. */
export interface InventoryOrigin {
  kind: "term" | "list-item" | "number" | "speaker";
  moduleId: string;
  sectionId: string;
  passageId: string | null;
  /** Passage offset of the point (0 for heading lists). */
  offset: number;
  /** List items: the list's name when it has a clean one (四风, 外部驱动力). */
  label: string | null;
}

const PERSON_TAG = "nr";
const DOCUMENT = /((?:党的)?(?:十[一二三四五六七八九]?大|[一二三四五六七八九]大|十[一二三四五六七八九]?届[一二三四五六七八九]中全会)(?:报告|决议|决定)?|政府工作报告)/g;
const PERSON_TITLE = /([\u4e00-\u9fff]{2,3})(?:同志|总书记|总理|主席)/g;

export function isDocumentSpeaker(speaker: string): boolean {
  return /报告|会|《|决议|决定/.test(speaker);
}

/**
 * What kind of source a document speaker is: a meeting (党的十一届三中全会, 党的七大), a newspaper or journal
 * (《人民日报》, 《求是》), or a written text (党的十三大报告, 《政府工作报告》, a 决议). The options of a 出处 question
 * are of one kind: a newspaper beside a meeting and a report is told apart by what it is, not by what it said
 * (readers, stop 32).
 */
export function documentKind(speaker: string): "meeting" | "periodical" | "text" {
  const bare = speaker.replace(/[《》〈〉]/g, "");
  if (/(?:日报|晚报|报|杂志|求是|红旗|半月谈)$/.test(bare) && !/报告$/.test(bare)) return "periodical";
  if (/报告|决议|决定|纲要|条例|准则|规定|宣言|意见|通知|讲话|文选|章程/.test(bare)) return "text";
  if (/(?:全会|会议|大会|[一二三四五六七八九十]大)$/.test(bare)) return "meeting";
  return "text";
}

/** Collects the course's terms, list items, speakers and numbers. Terms and items pass the term check first. */
export function buildInventory(index: CourseIndex, cleanItem: (item: string, siblings: string[]) => boolean): DistractorInventory {
  const terms = new Set<string>();
  const items = new Map<string, string[]>();
  const persons = new Set<string>();
  const documents = new Set<string>();
  const numbers = new Set<string>();
  const speakers = new Set<string>();
  const origins = new Map<string, InventoryOrigin>();
  for (const module of index.modules) {
    for (const point of module.knowledgePoints) {
      const origin = (kind: InventoryOrigin["kind"], label: string | null = null): InventoryOrigin => ({
        kind,
        moduleId: module.id,
        sectionId: point.section,
        passageId: point.span?.passage ?? null,
        offset: point.span?.end ?? 0,
        label,
      });
      const note = (text: string, kind: InventoryOrigin["kind"], label: string | null = null) => {
        if (!origins.has(text)) origins.set(text, origin(kind, label));
      };
      if (point.kind === "term" && judgeTerm(point.text, index) === "ok") {
        terms.add(point.text);
        note(point.text, "term");
      }
      if (point.kind === "enumeration" && point.items) {
        const label = enumerationLabel(point);
        for (const item of point.items) {
          if (cleanItem(item, point.items) && !items.has(item)) items.set(item, point.items);
          if (items.get(item) === point.items) origins.set(item, origin("list-item", label));
        }
      }
      if (point.kind === "quote" && point.speaker) {
        speakers.add(point.speaker);
        note(point.speaker, "speaker");
      }
      if (point.kind === "number" && point.answer) {
        numbers.add(point.answer);
        note(point.answer, "number");
      }
    }
  }
  for (const speaker of speakers) (isDocumentSpeaker(speaker) ? documents : persons).add(speaker);
  for (const match of index.corpus.matchAll(DOCUMENT)) documents.add(match[1]!.startsWith("党的") || match[1] === "政府工作报告" ? match[1]! : `党的${match[1]!}`);
  for (const match of index.corpus.matchAll(PERSON_TITLE)) {
    const name = match[1]!;
    const words = taggedSpans(name);
    if (words.length === 1 && words[0]!.tag === PERSON_TAG && index.count(name) >= 2) persons.add(name);
  }
  return {
    terms: [...terms].sort(),
    enumerationItems: [...items].map(([text, siblings]) => ({ text, siblings })).sort((a, b) => (a.text < b.text ? -1 : 1)),
    persons: [...persons].sort(),
    documents: [...documents].sort(),
    numbers: [...numbers].sort(),
    origins,
  };
}

/** normalizeAnswer, remembered: a pure function of the text (course-memo.ts), asked of the same options again and again. */
const normalized = pureMemo(normalizeAnswer, 50_000);

function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const char of long) if (char === short[at]) at++;
  return at === short.length;
}

/**
 * True when two options are too close to be told apart fairly: equal after normalizing, one inside
 * the other (also with characters between: 党群关系 in 党群干群关系), or short words that start
 * alike (特点, 特征).
 */
export function overlaps(a: string, b: string): boolean {
  const x = normalized(a);
  const y = normalized(b);
  if (x === y || x.includes(y) || y.includes(x)) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 3 && isSubsequence(short, long)) return true;
  return x.length <= 3 && y.length <= 3 && x[0] === y[0];
}

/**
 * The distinct characters of a text, kept: every candidate's options are ranked against the whole pool (issue #16).
 * A pure function of the text (course-memo.ts).
 */
const characters = pureMemo((text: string): ReadonlySet<string> => new Set(text), 50_000);

function sharedCharacters(a: string, b: string): number {
  const set = characters(b);
  let shared = 0;
  for (const char of characters(a)) if (set.has(char)) shared++;
  return shared;
}

/** How close a distractor is to the answer in form: similar length, same last character, some shared characters. */
export function closeness(answer: string, distractor: string): number {
  return closenessOf(answer, distractor, sharedCharacters(answer, distractor));
}

function closenessOf(answer: string, distractor: string, sharedCount: number): number {
  const length = Math.min(answer.length, distractor.length) / Math.max(answer.length, distractor.length);
  const suffix = answer.slice(-1) === distractor.slice(-1) ? 1 : 0;
  const shared = sharedCount / Math.max(characters(answer).size, 1);
  return Math.min(1, 0.5 * length + 0.3 * suffix + 0.2 * Math.min(1, shared * 2));
}

/**
 * A pool's texts by character, built once per pool (issue #16: every question scanned the whole pool).
 * `byNormal` indexes the normalized texts (what `overlaps` compares), `byRaw` the texts themselves (what
 * `closeness` counts).
 */
interface PoolIndex {
  byNormal: Map<string, number[]>;
  byRaw: Map<string, number[]>;
  /** Texts whose normalized form is empty: `"".includes` makes them overlap everything. */
  emptyNormal: number[];
}

/** Indexes by the pool array itself (a pool built once and asked again). */
const poolIndexes = new WeakMap<readonly string[], PoolIndex>();
/**
 * Per course, indexes by the pool's texts: the generators rebuild equal pools per question (the list items and
 * terms); and the pools seen once: a pool is indexed on its second use, the first is scanned plainly.
 */
const coursePools = perCourse(() => ({ byContent: new Map<string, PoolIndex>(), seen: new Set<string>() }));
const POOL_CACHE_LIMIT = 64;

/** Pools below this size are scanned plainly: the index would cost as much as the scan. */
export const INDEXED_POOL_SIZE = 64;

/**
 * The index of a pool worth indexing: one of INDEXED_POOL_SIZE texts or more used before (by identity, or by
 * content within the course when one is given); null for the rest, which are scanned plainly. `force` indexes
 * any pool (tests compare both paths).
 */
function poolIndexFor(pool: readonly string[], course: CourseIndex | undefined, force = false): PoolIndex | null {
  const known = poolIndexes.get(pool);
  if (known) return known;
  if (!force && pool.length < INDEXED_POOL_SIZE) return null;
  const pools = course && coursePools(course);
  const key = pools ? pool.join("\u0000") : "";
  let index = pools?.byContent.get(key);
  if (!index) {
    if (!force && !pools?.seen.has(key)) {
      if (pools) {
        if (pools.seen.size >= POOL_CACHE_LIMIT) pools.seen.clear();
        pools.seen.add(key);
      }
      return null;
    }
    index = buildPoolIndex(pool);
    if (pools) {
      if (pools.byContent.size >= POOL_CACHE_LIMIT) pools.byContent.clear();
      pools.byContent.set(key, index);
    }
  }
  poolIndexes.set(pool, index);
  return index;
}

function buildPoolIndex(pool: readonly string[]): PoolIndex {
  const index: PoolIndex = { byNormal: new Map(), byRaw: new Map(), emptyNormal: [] };
  const add = (map: Map<string, number[]>, chars: Iterable<string>, at: number) => {
    for (const char of new Set(chars)) {
      const list = map.get(char);
      if (list) list.push(at);
      else map.set(char, [at]);
    }
  };
  pool.forEach((text, at) => {
    const normal = normalized(text);
    if (normal === "") index.emptyNormal.push(at);
    add(index.byNormal, normal, at);
    add(index.byRaw, text, at);
  });
  return index;
}

/** Marks the pool's texts that share a character of `text` (normalized or raw, per `map`). */
function markSharing(map: Map<string, number[]>, text: string, marks: Uint8Array): void {
  for (const char of new Set(text)) for (const at of map.get(char) ?? []) marks[at] = 1;
}

/**
 * The pool's texts that may stand as distractors for the answer: overlapping neither the answer nor any excluded
 * text, of comparable length; in pool order. Large pools go through the character index: `overlaps` is true only
 * for two texts whose normalized forms share a character or one of which is empty (equality, containment, a
 * subsequence of three or more, a shared first character all imply a shared character), so a text sharing no
 * normalized character with the answer or an excluded text needs no `overlaps` check.
 */
export function usableDistractors(answer: string, pool: readonly string[], exclude: readonly string[], indexed?: boolean, course?: CourseIndex): string[] {
  return usableThrough(answer, pool, exclude, indexed === undefined ? poolIndexFor(pool, course) : indexed ? poolIndexFor(pool, course, true) : null);
}

function usableThrough(answer: string, pool: readonly string[], exclude: readonly string[], index: PoolIndex | null): string[] {
  const fits = (text: string) => text.length <= answer.length * 2 + 1 && answer.length <= text.length * 2 + 1;
  const check = (text: string) => !overlaps(text, answer) && !exclude.some((other) => overlaps(text, other));
  if (!index) return pool.filter((text) => check(text) && fits(text));
  const marks = new Uint8Array(pool.length);
  for (const text of [answer, ...exclude]) {
    const normal = normalized(text);
    // An empty answer or excluded text overlaps every text: check them all.
    if (normal === "") marks.fill(1);
    else markSharing(index.byNormal, normal, marks);
  }
  for (const at of index.emptyNormal) marks[at] = 1;
  return pool.filter((text, at) => fits(text) && (marks[at] === 0 || check(text)));
}

/**
 * `closeness` of each text to the answer. Through the index of `pool` when given: a text sharing no character
 * with the answer has a shared count of 0 (and, both being non-empty, a different last character), so its
 * score needs no set intersection.
 */
function closenesses(answer: string, texts: readonly string[], pool: readonly string[], index: PoolIndex | null): number[] {
  if (!index || answer === "") return texts.map((text) => closeness(answer, text));
  const sharing = new Set<string>();
  for (const char of new Set(answer)) for (const at of index.byRaw.get(char) ?? []) sharing.add(pool[at]!);
  return texts.map((text) => (text !== "" && !sharing.has(text) ? closenessOf(answer, text, 0) : closeness(answer, text)));
}

export interface PickOptions {
  count: number;
  random: Random;
  /** Texts no distractor may overlap (the answer, the list's own members, words of the stem). */
  exclude: string[];
  /** Rejects a distractor that would also be right in this slot. */
  alsoCorrect?: (distractor: string) => boolean;
  /** Keep only distractors whose head word is of the answer's kind (place for a place, noun for a noun). */
  sameKind?: boolean;
  /** The course the pool comes from: equal pools rebuilt per question are indexed once for it (course-memo.ts). */
  course?: CourseIndex;
}

/** The kind of a phrase by its last word: place, person, noun, verb, adjective … */
export function phraseKind(text: string): string {
  const words = taggedSpans(text.replace(/[‘’“”]/g, ""));
  const tag = words[words.length - 1]?.tag ?? "x";
  if (/^(ns|nr|nt)/.test(tag)) return tag.slice(0, 2);
  if (/^(n|vn|nz|ng|l|i|j|x)/.test(tag)) return "n";
  return tag.slice(0, 1);
}

/**
 * The people a quotation may be wrongly credited to: the course's speakers of the true speaker's
 * kind (a leader for a leader, a classical author for one), with the lexicon's others of that kind
 * when the course names too few; any of the course's speakers when the lexicon does not know him.
 */
export function speakerPool(speaker: string, persons: readonly string[]): string[] {
  // Works written together (the 共产党宣言 of 马克思 and 恩格斯) make the co-author a right answer too.
  const coAuthors = new Set(CO_AUTHORS.filter((pair) => pair.includes(speaker)).flat());
  const kin = vocabularySiblings(speaker).filter((person) => !coAuthors.has(person));
  if (kin.length === 0 && vocabularySiblings(speaker).length === 0) return persons.filter((person) => !coAuthors.has(person) && speakerKind(person) === speakerKind(speaker));
  return [...new Set([...persons.filter((person) => kin.includes(person)), ...kin])];
}

/**
 * speakerPool without the speakers a quotation rules out as wrong answers (unfitWrongSpeaker): one its words postdate,
 * or one whose own doctrine it names. The one pool of wrong speakers for 判断 swaps and 出处 单选 alike.
 */
export function wrongSpeakerPool(speaker: string, quotation: string, persons: readonly string[]): string[] {
  return speakerPool(speaker, persons).filter((person) => !unfitWrongSpeaker(quotation, person));
}

/**
 * Whether words are credited to a body or document (党的七大, 十三届六中全会, 党的十九大报告) or to a person:
 * options mixing the two give the key away (邓小平 beside 党的七大 is an anachronism, not a test).
 */
function speakerKind(speaker: string): "body" | "person" {
  return /^党的|(?:大|会|全会|报告|决议|决定|章程|党章|宣言|纲领)$/.test(speaker) ? "body" : "person";
}

/** Authors who wrote together: neither is a wrong option for the other's words. */
const CO_AUTHORS: ReadonlyArray<readonly string[]> = [["马克思", "恩格斯"]];

/**
 * The usable texts of the pool, closest to the answer first; ties in the seeded shuffled order (one draw per
 * usable text but the first, whatever the path).
 */
export function rankedDistractors(answer: string, pool: readonly string[], exclude: readonly string[], random: Random, indexed?: boolean, course?: CourseIndex): string[] {
  const index = indexed === undefined ? poolIndexFor(pool, course) : indexed ? poolIndexFor(pool, course, true) : null;
  const order = shuffled(usableThrough(answer, pool, exclude, index), random);
  const scores = closenesses(answer, order, pool, index);
  return order.map((text, at) => ({ text, score: scores[at]! })).sort((a, b) => b.score - a.score).map(({ text }) => text);
}

/** Draws distractors of comparable length from a pool, preferring close forms, seeded. */
export function pickDistractors(answer: string, pool: readonly string[], options: PickOptions): string[] {
  const ranked = rankedDistractors(answer, pool, options.exclude, options.random, undefined, options.course);
  const kind = options.sameKind ? phraseKind(answer) : "";
  const chosen: string[] = [];
  // The costly checks (tagging, searching the course) run only on the best-ranked few.
  for (const text of ranked) {
    if (chosen.length === options.count) break;
    if (chosen.some((other) => overlaps(other, text))) continue;
    // Never a part of the key or the key's whole (集体领导 for 民主集中制), nor of a text excluded (the list's own items).
    if (partOrWhole(text, answer) || options.exclude.some((other) => partOrWhole(text, other)) || chosen.some((other) => partOrWhole(text, other))) continue;
    if (options.sameKind && phraseKind(text) !== kind) continue;
    if (options.alsoCorrect?.(text)) continue;
    chosen.push(text);
  }
  return shuffled(chosen, options.random);
}

/** The unit after a number ("多年", "年3月" …): the text with its digits taken out. */
export function numberShape(text: string): string {
  // A year (1956年) is not of one shape with a count of years (10年); a count in Chinese numerals (五年)
  // is of one shape with other such counts, not with 5年.
  return text
    .replace(/(?<!\d)\d{4}(?=年)/g, "Y")
    .replace(/\d+(\.\d+)?/g, "#")
    .replace(CHINESE_COUNT, "〇");
}

/** Chinese numerals before a unit of time or count (五年, 三个月, 二十人). */
const CHINESE_COUNT = new RegExp(`[一二两三四五六七八九十百]+(?=${unitAlternation(ALL_COUNT_UNITS)})`, "g");

function leadingValue(text: string): number {
  return Number(/\d+(\.\d+)?/.exec(text)?.[0] ?? NaN);
}

/**
 * How many years apart a wrong year may lie from the key: 1978 or 2006 beside a 1956 sentence on
 * 毛泽东 falls after his death, and readers took such options for no test at all.
 */
const MAX_YEAR_GAP = 10;

/**
 * How far a wrong count may lie from a small key (ten or less): 16人 or 6人 beside a key of 2人 for the members of a
 * body of seven is no test (readers, issue #16); 1人 to 5人 are.
 */
const SMALL_COUNT = 10;
const MAX_SMALL_GAP = 3;
/** How many times larger the larger of a key above SMALL_COUNT and a wrong option may be: the same magnitude. */
const MAX_NEAR_RATIO = 2;

/** How many times larger the larger of two numbers may be for one to stand as a 判断's changed number for the other (3人 and 300人 are not). */
const MAX_NUMBER_RATIO = 10;

function comparable(text: string, answer: string, near: boolean): boolean {
  const [x, y] = [leadingValue(text), leadingValue(answer)];
  if (!(x > 0 && y > 0)) return true;
  if (numberShape(text).startsWith("Y") && numberShape(answer).startsWith("Y")) return Math.abs(x - y) <= MAX_YEAR_GAP;
  return near ? nearCount(x, y) : Math.max(x, y) / Math.min(x, y) <= MAX_NUMBER_RATIO;
}

/** Whether a wrong count is near the key's: within three of a small key, within twice or half of a larger one. */
export function nearCount(value: number, key: number): boolean {
  if (key <= SMALL_COUNT) return Math.abs(value - key) <= MAX_SMALL_GAP;
  return Math.max(value, key) / Math.min(value, key) <= MAX_NEAR_RATIO;
}

/**
 * Events that bound the years a sentence can speak of: after 中华人民共和国成立后 no year before 1949 is a fair wrong
 * option (readers: 1948年12月 beside 中华人民共和国成立后，…于（　）宣布), nor one before 1978 after 改革开放以来.
 */
const YEAR_FLOORS: ReadonlyArray<readonly [RegExp, number]> = [
  [/(?:中华人民共和国|新中国)成立(?:后|以后|以来)/, 1949],
  [/改革开放(?:后|以后|以来)/, 1978],
  [/党的十八大(?:后|以后|以来)|新时代/, 2012],
  [/党的十九大(?:后|以后|以来)/, 2017],
];

/** Whether a year the key's sentence rules out by an event it says the fact came after (see YEAR_FLOORS). */
export function yearRuledOutBySentence(option: string, sentence: string): boolean {
  const year = /^(\d{4})年/.exec(option);
  if (!year) return false;
  return YEAR_FLOORS.some(([cue, floor]) => cue.test(sentence) && Number(year[1]) < floor);
}

/**
 * Whether the sentence shows the option's count elsewhere (陪同人员不超过4人，工作人员不超过（　）: 4人 beside it is
 * another rule's count, read off the stem, not a fair wrong option). Not inside a longer number (14人, 4人次).
 */
export function countShownInSentence(option: string, rest: string): boolean {
  let at = rest.indexOf(option);
  while (at >= 0) {
    const before = rest[at - 1] ?? "";
    const after = rest[at + option.length] ?? "";
    if (!/[\d.一二两三四五六七八九十百千万零〇]/.test(before) && !/[\d.次均代]/.test(after)) return true;
    at = rest.indexOf(option, at + 1);
  }
  return false;
}

/** What the course says of its numbers beside a key, for drawing wrong numbers a 解析 can teach. */
export interface StatedNumbers {
  /** Whether the 解析 can say what the number is: the course states it in a rule or record of its own, quoted. */
  taught: (text: string) => boolean;
  /** Whether the course states the number in the key's own frame (每年至少召开两次 beside 一次; 3个月内办结 beside 1个月内): the same kind of number. */
  inKeyFrame: (text: string) => boolean;
}

/** A period a rule or record sets (3个月, 五年, 15日, 24小时): one set in the key's frame may lie further from the key than a made-up one. */
const PERIOD = /^[\d.一二两三四五六七八九十百]+(?:个月|年|日|天|小时|分钟|周)$/;

/**
 * Numbers of the same shape from the course, then near values of the answer when the course has too few. `ruledOut`
 * rejects a value the words around the key rule out by logic alone (一人 in （　）以上共同违纪); when it rejected one,
 * values a little further off (五人 for 二人) stand in for it. `near` (a 单选's options, which a learner compares side by
 * side) keeps them near the key (nearCount): 16人 beside 2人 is no test. `stated` puts first the course's numbers of the
 * key's kind (a deadline for a deadline: another rule's 2个月内 beside 12个月内), a period of them as far as
 * MAX_NUMBER_RATIO from the key, then the others a 解析 can say what they are: a number made up near the key, or one the
 * course only mentions, is dismissed as 与原文数字不符, which teaches nothing (readers, stop 37).
 */
export function numberDistractors(answer: string, pool: readonly string[], count: number, random: Random, ruledOut?: (text: string) => boolean, near = false, stated?: StatedNumbers): string[] {
  const shape = numberShape(answer);
  let rejected = false;
  const fits = (text: string) => {
    if (!ruledOut?.(text)) return true;
    rejected = true;
    return false;
  };
  const ofShape = (text: string) => numberShape(text) === shape && normalizeAnswer(text) !== normalizeAnswer(answer);
  const drawn = shuffled(pool.filter((text) => ofShape(text) && comparable(text, answer, near)), random).filter(fits);
  // In the pool's order, so that the draw of the others stays as it was.
  const further = near && stated && PERIOD.test(answer) ? pool.filter((text) => ofShape(text) && !comparable(text, answer, true) && comparable(text, answer, false) && !ruledOut?.(text)) : [];
  const ofKind = stated ? [...drawn, ...further].filter((text) => stated.inKeyFrame(text)) : [];
  const taught = stated ? drawn.filter((text) => !ofKind.includes(text) && stated.taught(text)) : [];
  const fromCourse = [...ofKind, ...taught, ...drawn.filter((text) => !ofKind.includes(text) && !taught.includes(text))];
  const chosen: string[] = [];
  // Near values of a 单选 are short and start alike (10个 beside 15个): one that `overlaps` the key or another option
  // would have the quality gate refuse the whole question, so it is passed over for the next.
  const apart = (value: string) => !near || (!overlaps(value, answer) && !chosen.some((other) => overlaps(other, value)));
  for (const value of fromCourse) if (chosen.length < count && apart(value)) chosen.push(value);
  // Chosen first by what they are, then put back in the draw's order: the options' order stays as it was when the choice is.
  const drawOrder = [...drawn, ...further];
  chosen.sort((a, b) => drawOrder.indexOf(a) - drawOrder.indexOf(b));
  for (const value of alteredNumbers(answer, random, near)) {
    if (chosen.length >= count) break;
    if (!chosen.includes(value) && value !== answer && apart(value) && fits(value)) chosen.push(value);
  }
  for (const value of rejected ? furtherNumbers(answer) : []) {
    if (chosen.length >= count) break;
    if (!chosen.includes(value) && value !== answer && apart(value) && fits(value)) chosen.push(value);
  }
  return chosen.slice(0, count);
}

/** The answer's first number moved a little further up (by three, then four): stand-ins for values a frame ruled out. */
function furtherNumbers(answer: string): string[] {
  const digits = /\d+/.exec(answer);
  if (digits && /^\d{4}年/.test(answer.slice(digits.index))) return [];
  if (digits) return [3, 4].map((delta) => answer.slice(0, digits.index) + String(Number(digits[0]) + delta) + answer.slice(digits.index + digits[0].length));
  const match = new RegExp(CHINESE_COUNT.source).exec(answer);
  const value = match ? chineseNumeralValue(match[0]) : NaN;
  if (!match || Number.isNaN(value)) return [];
  return [3, 4].map((delta) => answer.slice(0, match.index) + chineseNumeral(value + delta) + answer.slice(match.index + match[0].length));
}

/**
 * Values near a key above SMALL_COUNT, as round as the key (15 → 10, 20, 25, 30, never 23; 300 → 200, 400, 450, never
 * 310): half, one and a half and twice the key, and the key moved by one or two of its steps (the largest power of ten
 * it is a multiple of, or five), snapped to that step, within nearCount.
 */
function nearLargerValues(value: number): number[] {
  let step = 1;
  while (value % (step * 10) === 0 && step * 10 < value) step *= 10;
  if (step === 1 && value % 5 === 0) step = 5;
  const snap = (n: number) => Math.max(step, Math.round(n / step) * step);
  return [value * 0.5, value * 2, value * 1.5, value - step, value + step, value - 2 * step, value + 2 * step].map(snap).filter((candidate) => nearCount(candidate, value));
}

/** Half the key and the key moved by three, unrounded: stand-ins when the round values start as the key does (10, 20, 25 beside 15). */
function nearLargerFallbacks(value: number): number[] {
  return [Math.round(value * 0.5), value + 3, value - 3].filter((candidate) => nearCount(candidate, value));
}

/** A count in Chinese numerals moved by one or two, or doubled (五年 → 四年, 六年, 七年, 十年), written the same way. */
function alteredChineseCount(answer: string, random: Random): string[] {
  const match = new RegExp(CHINESE_COUNT.source).exec(answer);
  const value = match ? chineseNumeralValue(match[0]) : NaN;
  if (!match || Number.isNaN(value)) return [];
  const unique = [...new Set([value - 1, value + 1, value + 2, value * 2].filter((candidate) => candidate > 0 && candidate !== value))];
  const rest = answer.slice(match.index + match[0].length);
  // Two before a measure word is 两 (两个月, 两人), as a regulation writes it; 二年 and 二日 stay.
  const spelled = (value: number) => (value === 2 && /^(?:个月|人|名|次|天|倍)/.test(rest) ? "两" : chineseNumeral(value));
  return shuffled(unique, random).map((candidate) => answer.slice(0, match.index) + spelled(candidate) + rest);
}

/**
 * The answer with its first number moved to plausible neighbours: years by a few; quantities by a factor, or with `near`
 * (a 单选's wrong options) small counts by one to three and larger ones within their magnitude (nearCount).
 */
export function alteredNumbers(answer: string, random: Random, near = false): string[] {
  const match = /\d+(\.\d+)?/.exec(answer);
  if (!match) return alteredChineseCount(answer, random);
  const value = Number(match[0]);
  const isYear = /^\d{4}$/.test(match[0]) && /^年/.test(answer.slice(match.index + match[0].length));
  const candidates = isYear
    ? [-3, -2, -1, 1, 2, 3].map((delta) => value + delta)
    : !near
      ? [0.5, 2, 3, 1.5].map((factor) => Math.round(value * factor)).concat(value + 10, Math.max(1, value - 10))
      : value <= SMALL_COUNT
        ? [-2, -1, 1, 2, 3].map((delta) => value + delta)
        : nearLargerValues(value);
  const unique = [...new Set(candidates.filter((candidate) => candidate > 0 && candidate !== value))];
  const fallbacks = near && !isYear && value > SMALL_COUNT ? nearLargerFallbacks(value).filter((candidate) => candidate > 0 && candidate !== value && !unique.includes(candidate)) : [];
  return [...shuffled(unique, random), ...fallbacks].map((candidate) => answer.slice(0, match.index) + String(candidate) + answer.slice(match.index + match[0].length));
}
