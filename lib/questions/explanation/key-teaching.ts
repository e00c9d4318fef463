import { passageCitation } from "../citation";
import { sentenceAt, type CourseIndex, type LocatedPassage } from "../course-index";
import { perCourse, pureMemo } from "../course-memo";
import { balanced, quoteExcerpt } from "../quote-excerpt";
import { termGloss } from "../term-glosses";
import { articleLead, withoutArticleLead } from "../article-lead";
import { ANAPHORA, type KeyList, type KeyPlace, MAX_OPTION_QUOTE, MAX_QUOTE, QUANTITY_KEY, SENTENCE_LEAD, escapeRegExp, evidence, mark } from "./context";

/**
 * Supporting quotations: where the course teaches a key or an option — its definition, a sentence that
 * says what it is, a gloss, the heading list it is an item of.
 */

/** What a key is besides itself: a member of a list of the source, or of a lexicon class. */
/**
 * The heading list a key is an item of, when the key stands under that list's heading: 通报 in
 * “（二）通报” under “第七条对党组织的问责方式包括”; else the set its line heads (lineHeadList). The structure gives
 * the list; nothing is guessed.
 */
export function enclosingHeadingList(index: CourseIndex, key: KeyPlace, answer: string): KeyList | undefined {
  const above = new Set(index.sectionPath(key.located.section.id).map((section) => section.id));
  const point = key.located.module.knowledgePoints.find((candidate) => candidate.kind === "heading-list" && above.has(candidate.section) && candidate.items?.includes(answer));
  if (!point?.items) return lineHeadList(key, answer);
  const label = withoutArticleLead(point.text).replace(/(?:包括|主要有|有|是|分为|如下)?[：:]?$/, "");
  return { label: label || null, items: point.items };
}

/** A line that opens on a short term and a colon, after an optional list marker: “2. 组织纪律：服从组织安排……”. */
const LINE_HEAD = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．]\s*)?([\u4e00-\u9fa5]{2,8})[：:]/;

/**
 * The set a key belongs to when it heads its own line under a heading naming the set: 工作纪律 of “5. 工作纪律：…”
 * under “党的六大纪律”, 严重违纪 of “严重违纪：…” under “按违纪严重程度分类”. Every passage of the key's section
 * (at least three) opens on such a head, the heads share an ending of two characters or more, and the section's title
 * holds two characters of that ending — the course states the membership by its structure; nothing is guessed.
 */
function lineHeadList(key: KeyPlace, answer: string): KeyList | undefined {
  const { section, passage } = key.located;
  if (LINE_HEAD.exec(passage.text)?.[1] !== answer || section.passages.length < 3) return undefined;
  const heads = section.passages.map((other) => LINE_HEAD.exec(other.text)?.[1]);
  if (heads.some((head) => head === undefined) || new Set(heads).size !== heads.length) return undefined;
  const items = heads as string[];
  let ending = items[0]!;
  while (ending.length > 0 && !items.every((item) => item.endsWith(ending) && item.length > ending.length)) ending = ending.slice(1);
  if (ending.length < 2) return undefined;
  const title = section.title.replace(/^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+(?:\.\d+)*[.、．]?\s*)/, "").trim();
  const named = [...Array(ending.length - 1).keys()].some((at) => title.includes(ending.slice(at, at + 2)));
  return named && title ? { label: title, items } : undefined;
}

/** The course's own definitions (X是Y), by the defined word, with where each is given. */
const courseDefinitions = perCourse((index) => {
  const found = new Map<string, { answer: string; where: string; passageId: string; start: number }>();
  for (const module of index.modules) {
    for (const point of module.knowledgePoints) {
      if (point.kind !== "definition" || !point.answer || !point.span || found.has(point.text)) continue;
      // Only a definition that reads as one: not a reason (因为…) nor an exhortation (要…).
      if (/^(因为|由于|在于|就是因为|要|必须|应当|应该|需要)/.test(point.answer)) continue;
      const located = index.passage(point.span.passage);
      if (located) found.set(point.text, { answer: point.answer, where: passageCitation(index, located, point.span.end), passageId: point.span.passage, start: point.span.start });
    }
  }
  return found;
});

/** What the course itself says a key is, when it defines it elsewhere than the key's own sentence: 「党群关系」是指政党与人民群众之间的关系（…）. */
export function keyDefinition(index: CourseIndex, key: string, place: KeyPlace): string {
  const definition = courseDefinitions(index).get(key);
  if (!definition) return "";
  const sameSentence = definition.passageId === place.located.passage.id && Math.abs(definition.start - place.offset) < MAX_QUOTE;
  return sameSentence ? "" : `课程中对${mark(key)}的定义是：“${quoteExcerpt(definition.answer, MAX_QUOTE)}”（${definition.where}）。`;
}

/**
 * Another sentence of the course that teaches the key, with its 出处: the key met in a second context
 * teaches what it is where the question's own sentence only holds it (QUESTIONS.md E: quoting the
 * source sentence alone is no 解析). A second sentence teaches only when it speaks of the key — opens on
 * it (党内民主是党的生命, 全国性会议可视情…召开) or defines something as it (最大政治优势是密切联系群众) — and is
 * quoted whole; one that merely mentions the word (经济建设的繁荣昌盛致使…, 宣传新发展理念，发扬前人栽树…) or
 * would be cut to a fragment ending in …… misleads (readers: "irrelevant", "unrelated cross-reference").
 * A number or quantity (1次, 两人) is never taught by another rule that happens to hold the same number.
 * Empty when no such sentence is found.
 */
export function keyElsewhere(index: CourseIndex, key: string, place: KeyPlace, own?: string): string {
  // A key the course names once has no second context: no need to walk every passage (the count is cached).
  if (index.count(key) < 2) return "";
  // The question's own sentence met again in another document (a course holding two copies of a text) is an echo, not a second context.
  const bare = (text: string) => text.replace(/[\s‘’“”'"，。；：、！？]/g, "");
  const found = teachingElsewhere(index, key, place, (whole) => own === undefined || !bare(own).includes(bare(whole)));
  return found ? `课程中另一处也讲到${mark(key)}：${evidence(found.whole)}（${found.where}）。` : "";
}

/**
 * What an authoritative text says the key means (term-glosses.ts), with that text named: 据《中国共产党章程》总纲，
 * 民主集中制是…。 The last resort of a 解析 that would otherwise only repeat its source sentence: asked when the
 * course itself teaches nothing of the key (its list, set, definition, another sentence), or names only a class it is
 * of (keyKindSaid). Empty when the key has no gloss, stands in another sense (termGloss), or its passage says the gloss
 * already.
 */
export function keyGloss(key: string, place: KeyPlace, asMemberOf?: string, documentTitle?: string): string {
  const entry = termGloss(key, place.located.passage.text, place.offset - key.length, asMemberOf);
  if (!entry || glossCitesOtherArticle(entry.source, place, documentTitle)) return "";
  return `据${entry.source}，${entry.gloss}。`;
}

/**
 * Whether a gloss quotes the key's own document at another article than the one the course holds the key in (the course's
 * 问责条例 sets the 问责方式 out in 第七条, the gloss cites 第八条 of another edition): the 解析 would cite two articles for
 * one rule (readers, issue 16).
 */
export function glossCitesOtherArticle(source: string, place: KeyPlace, documentTitle?: string): boolean {
  if (!documentTitle || !source.startsWith(`《${documentTitle.replace(/^《|》$/g, "")}》`)) return false;
  const cited = /第[一二三四五六七八九十百零〇\d]+条/.exec(source)?.[0];
  const held = articleLead(place.located.passage.text.trim())?.article;
  return cited !== undefined && held !== undefined && cited !== held;
}

/**
 * The first sentence of the course, away from the question's own sentence, that teaches `term`
 * (teachingSentence) and that `fits`, with its 出处; null for a number or quantity, or when none is found.
 */
export function teachingElsewhere(index: CourseIndex, term: string, place: KeyPlace, fits: (whole: string) => boolean): { whole: string; where: string } | null {
  if (term.length < 2 || QUANTITY_KEY.test(term) || index.count(term) < 1) return null;
  for (const { located, at, whole } of teachingPlaces(index, term)) {
    if (located.passage.id === place.located.passage.id && Math.abs(at + term.length - place.offset) < MAX_QUOTE) continue;
    if (!speaksOfDocument(whole) && fits(whole)) return { whole, where: passageCitation(index, located, at + term.length) };
  }
  return null;
}

/**
 * A sentence that names a document by its kind alone (确保《条例》得到有效贯彻落实): the issuing notice or a commentary
 * speaking of the rules from outside, not a rule of them; quoted as what the course says of the key, it passes the
 * notice off as the regulation (readers, stop 39: "an extra quote that comes from the issuing notice").
 */
function speaksOfDocument(whole: string): boolean {
  return /《(?:条例|规定|办法|准则|规则|细则|意见|决定|通知|章程|纲要|规划|方案)》/.test(whole);
}

interface TeachingPlace {
  located: LocatedPassage;
  at: number;
  whole: string;
}

const teachingPlacesByTerm = perCourse(() => new Map<string, TeachingPlace[]>());

/**
 * Every sentence of the course's prose that teaches `term` (teachingSentence), in reading order, with where the
 * term stands in it; kept per course and term (issue #16: the same options are explained in many questions,
 * each walk went through every passage naming the term).
 */
export function teachingPlaces(index: CourseIndex, term: string): TeachingPlace[] {
  const byTerm = teachingPlacesByTerm(index);
  let places = byTerm.get(term);
  if (places) return places;
  places = [];
  for (const { located, at } of index.proseOccurrences(term)) {
    const sentence = sentenceAt(located.passage, at, at + term.length);
    if (!sentence) continue;
    const whole = teachingSentence(sentence.text, term, at - sentence.start);
    if (whole) places.push({ located, at, whole });
  }
  if (byTerm.size >= 50_000) byTerm.clear();
  byTerm.set(term, places);
  return places;
}

/**
 * What a wrong option is, in the course's own words (QUESTIONS.md E): a complete sentence of the course
 * that teaches it (党内民主是党的生命), at most MAX_OPTION_QUOTE characters, quoted whole with its 出处 —
 * 「党内民主」：“党内民主是党的生命”（…）. A sentence that also names a key is left out: it would
 * teach the key, not the option, and may read as if the option were right; so is one quoted for another
 * option already. Empty when none is found.
 */
export function optionTaught(index: CourseIndex, option: string, keys: string[], place: KeyPlace, quotedAlready: Set<string>): string {
  const found = teachingElsewhere(index, option, place, (whole) => whole.length <= MAX_OPTION_QUOTE && !quotedAlready.has(whole) && keys.every((answer) => !whole.includes(answer)) && saysWhatItIs(whole, option));
  if (!found) return "";
  // One sentence is quoted once: a second option it also names is said otherwise.
  quotedAlready.add(found.whole);
  return `${mark(option)}：${evidence(found.whole)}（${found.where}）`;
}

/**
 * A sentence that says what `term` is or what rule binds it, and nothing of a longer word holding it:
 * it opens on the term with a verb of definition or rule (制度建设是…, 巡视组向…负责 is not enough here:
 * 党员干部不知道…, 全心全意为人民服务… say nothing of the option), or says the term is something
 * (…，制度建设是…) or something is the term (…的核心是人民民主). A quotation left open (毛泽东曾经指出：‘…) or
 * cut (……) is a fragment, never quoted.
 */
export function saysWhatItIs(whole: string, term: string): boolean {
  const count = (mark: string) => whole.split(mark).length - 1;
  if (count("‘") !== count("’") || count("“") !== count("”") || whole.includes("……")) return false;
  // A list announced and cut at its first item (享有下列权利：（一）…), or an alternative posed (是A，还是B): no statement of the term.
  if (/[：:]\s*[（(][一二三四五六七八九十\d]/.test(whole) || whole.includes("还是")) return false;
  const patterns = statementPatterns(term);
  return patterns.opens.test(whole) || patterns.defined.test(whole) || patterns.predicate.test(whole);
}

/** saysWhatItIs's patterns of one term, compiled once per term (the same options are read in many sentences). */
const statementPatterns = pureMemo((term: string) => {
  const escaped = escapeRegExp(term);
  return {
    opens: new RegExp(`^(?:我们党的|党的)?[‘“]?${escaped}[’”]?，?(?:是|即|由(?!于)|应当|应|负责|不得|必须|须|实行|包括|具有|享有)`),
    // Opening a clause (…，制度建设是…), not a word in the middle of one (对于形成‘四种形态’是…).
    defined: new RegExp(`(?:^|[，：；])[“‘]?${escaped}[’”]?(?:是|即)`),
    // Something is the term — not an item of a count (三是做好消防工作), a negation (不是党权高于一切) or an alternative.
    predicate: new RegExp(`(?<![一二三四五六七八九十不])是[‘“]?${escaped}[’”]?(?:[，；。]|$)`),
  };
}, 20_000);

/** What may follow a key the sentence opens on when the sentence speaks of it: a verb of rule or definition, a conjunction of subjects, a pause. */
const AFTER_SUBJECT = /^[’”]?(?:[，、]|是|指|即|为|由|应|必|须|要|不|可|能|负责|在|向|对|和|与|及|同|实行|包括|具有|享有|主要|一般|每)/;

/** A predicate of rule or definition: a sentence opening on the key says something of it only with one (not 领导机关和直属单位党组织的工作). */
const PREDICATE = /是|指|即|由|应|必|须|要|不得|不能|不|可|能|负责|实行|设|举行|召集|选举|领导|接受|报告|执行|具有|享有|包括|行使|决定|批准|进行|作出|坚持|承担|履行/;

/**
 * The sentence, as it will be quoted, when it teaches the key at `at`: its clause between full stops or
 * semicolons (…；案件审理部门负责对…审核把关。), whole — at most MAX_QUOTE characters, twice that for a
 * definition (党的领导法规，是…), so never cut to a fragment — and speaking of the key: opening on it (after
 * 党的 or a list marker) with a verb of rule or definition, opening a clause that says what it is (…，密切联系群众是
 * 我们党的最大政治优势), or saying that something is it (…是密切联系群众).
 * Null for a sentence that only mentions the key.
 */
export function teachingSentence(sentence: string, key: string, at = sentence.indexOf(key)): string | null {
  if (at < 0) return null;
  const from = Math.max(sentence.lastIndexOf("；", at), sentence.lastIndexOf("。", at)) + 1;
  const ends = /[；。！？]/.exec(sentence.slice(at + key.length));
  if (!ends) return null;
  const whole = withoutArticleLead(sentence.slice(from, at + key.length + ends.index + 1).trim())
    .replace(SENTENCE_LEAD, "")
    .trim()
    .replace(/；$/, "。");
  // Too long whatever it says (the bound below at its widest), before the patterns that read it.
  if (whole.length > 2 * MAX_QUOTE) return null;
  const opening = [whole, whole.replace(/^(?:我们党的|党的)?[‘“]?/, "")].find((body) => body.startsWith(key) && AFTER_SUBJECT.test(body.slice(key.length)) && PREDICATE.test(body.slice(key.length)));
  const defines = opening !== undefined && /^[’”]?，?(?:是|指|即)/.test(opening.slice(key.length));
  if (whole.length > (defines ? 2 * MAX_QUOTE : MAX_QUOTE) || !balanced(whole)) return null;
  if (opening !== undefined) return whole;
  // Said to be something, or said what something is: 最大政治优势是密切联系群众; …，密切联系群众是我们党的最大政治优势; a name given (…的入党申请人称为“入党积极分子”).
  const patterns = teachingPatterns(key);
  return patterns.predicate.test(whole) || patterns.defined.test(whole) ? whole : null;
}

/** teachingSentence's patterns of one key, compiled once per key (a term is read in every sentence of the course naming it). */
const teachingPatterns = pureMemo((key: string) => {
  const escaped = escapeRegExp(key);
  return {
    predicate: new RegExp(`(?:是|称为|叫做|确定为)[‘“]?${escaped}[’”]?(?:[，；。]|$)`),
    defined: new RegExp(`[，：“‘]${escaped}[’”]?(?:是|指|即)`),
  };
}, 20_000);

/**
 * Whether a sentence that speaks of `key` (teachingSentence: opening on it with a verb of rule or definition, or
 * saying what it is) stands alone as a 解析: not pointing back into a text the quotation leaves out (支部大会应当决定
 * 把这样的党员除名: readers, stop 33, "a dangling 这样的党员"), nor a quotation left open or cut (……), a list cut at its
 * first item, an alternative posed.
 */
export function saysWhatKeyIs(whole: string, key: string): boolean {
  if (teachingSentence(whole, key) === null) return false;
  if (ANAPHORA.test(whole.split(key).join(""))) return false;
  const count = (mark: string) => whole.split(mark).length - 1;
  if (count("‘") !== count("’") || count("“") !== count("”") || whole.includes("……")) return false;
  return !(/[：:]\s*[（(][一二三四五六七八九十\d]/.test(whole) || whole.includes("还是"));
}
