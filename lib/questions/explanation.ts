import type { KnowledgePoint, Module, Section } from "@/lib/content/types";
import { acceptedVariants } from "./accepted-answers";
import { articleRange, citation, passageCitation } from "./citation";
import { sentenceAt, type CourseIndex, type LocatedPassage } from "./course-index";
import { perCourse, pureMemo } from "./course-memo";
import type { DistractorInventory, InventoryOrigin } from "./distractors";
import { anniversaryTaught } from "./anniversary";
import { classPostdates, countedClassNamed, distinctMembersClass, isSelfNamedClass, recordedClassNamed, kinSetOf, sentenceSpeaksOfClass, sharedVocabularyClass, statedMembers, vocabularyClassClaim, vocabularyClassMembers, vocabularyClassOf } from "./party-vocabulary";
import { balanced, quoteExcerpt, quoteWords, sharedCredit } from "./quote-excerpt";
import { clauseWindow } from "./source-text";
import { termGloss } from "./term-glosses";
import { taggedSpans } from "./term-quality";
import type { StatementChange } from "./types";
import { ruleContrast, sayFrame } from "./rule-of-who";
import { RULE_NUMBER_WORD } from "./rule-words";
import { articleLead, isArticle, withoutArticleLead } from "./article-lead";
import { markedListTeaching } from "./true-statement-teaching";
import { namedFormulationOf } from "./formulations-of-record";
import { announcedListGists, definitionFollowUp, gistsTeach, headingListGists, otherStatement, renderGists } from "./short-answer-teaching";

/**
 * 解析 that teach (QUESTIONS.md criterion E): why the key holds, with its 出处 (document, section,
 * 第…条), and for choice questions what each wrong option is and why it is wrong here — said only
 * from what the generator knows of where each option came from (the party-vocabulary lexicon, a
 * list or a term elsewhere in the course, a number moved), never invented. The source sentence may
 * stay as the evidence, cut to its clauses around the key, never the whole 解析.
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

const MAX_LISTED = 8;
const MAX_QUOTE = 80;

const mark = (text: string) => `「${text}」`;
const marks = (texts: string[]) => texts.map(mark).join("");

function listed(items: string[]): string {
  return items.length > MAX_LISTED ? `${items.slice(0, MAX_LISTED).join("、")}等${items.length}项` : items.join("、");
}

/**
 * The evidence: the source text the question rests on, quoted — a clause window (already at most
 * about 80 characters around the key) as it is, a longer text (a quotation with its speaker) cut
 * at a clause end. Quotation marks inside become ‘’.
 */
function evidence(text: string, cut = false): string {
  return quoted((cut ? quoteExcerpt(text, MAX_QUOTE) : text).replace(/[。；，：]$/, ""));
}

/** A record's text with the spaces a PDF put inside a number closed (201 7年 → 2017年). */
function closedNumbers(text: string): string {
  return text.replace(/(\d)\s+(?=\d)/g, "$1");
}

/** A text in quotation marks, its own quotation marks made single (“党风廉政建设的‘两个责任’”), never doubled. */
function quoted(text: string): string {
  return `“${text.replace(/“/g, "‘").replace(/”/g, "’")}”`;
}

/**
 * Where an inventory entry was found, as short as it can be said from the key's place: 本部分 for
 * the key's own section, the section title within the key's document, else document and section.
 */
function originPlace(context: ExplainContext, origin: InventoryOrigin, key: KeyPlace): string {
  if (origin.sectionId === key.located.section.id) return "本部分";
  const located = origin.passageId ? context.index.passage(origin.passageId) : undefined;
  const section = context.index.section(origin.sectionId);
  const module = located?.module ?? section?.module;
  if (!module) return "课程另一处";
  const full = located ? passageCitation(context.index, located, origin.offset) : citation(context.index, { module, sectionId: origin.sectionId });
  const document = `《${context.index.documentTitle(module)}》`;
  // Within the key's own document the document's name goes without saying.
  return context.index.documentTitle(module) === context.index.documentTitle(key.located.module) && full.startsWith(document) && full !== document ? full.slice(document.length) : full;
}

/**
 * Why each wrong option is wrong here, from where it came from: siblings of a lexicon class
 * together (同属“党的路线”), then items of other lists, other terms of the course, numbers, each
 * with where it appears; `tail` says the conclusion once (但原文此处是「群众路线」).
 */
function wrongOptions(context: ExplainContext, keys: string[], distractors: string[], key: KeyPlace, tail: string, said?: WrongOptionsSaid): string {
  const year = context.index.documentYear(key.located.module);
  const byClass = new Map<string, string[]>();
  const terms: string[] = [];
  // Options said the same way (moved numbers, numbers or lists of one place) share one clause: 「4天」「6天」与原文数字不符.
  const alike = new Map<string, { members: string[]; say: (many: boolean) => string }>();
  const add = (distractor: string, key: string, say: (many: boolean) => string) => {
    const entry = alike.get(key) ?? { members: [], say };
    entry.members.push(distractor);
    alike.set(key, entry);
  };
  const taught: string[] = [];
  // Options said by what they are (a sentence of the course, a gloss of record, a set they are not of, a list or kin set they are of).
  const taughtOptions: string[] = [];
  // Options one gloss says (改组 and 检查 of one article) share it.
  const glossed = new Map<string, { members: string[]; text: string }>();
  const quotedSentences = new Set<string>();
  for (const distractor of distractors) {
    // What the course itself teaches of the option says best what it is; else its class, list or place.
    const teaching =
      optionTaught(context.index, distractor, keys, key, quotedSentences) ||
      numberStated(context.index, distractor, keys, key, quotedSentences) ||
      numberElsewhere(context.index, distractor, keys, key, quotedSentences);
    if (teaching) {
      taught.push(teaching);
      taughtOptions.push(distractor);
      continue;
    }
    // Not a set named after the document was written (照镜子 in a lecture of 1942 is of no 2013 campaign's 总要求).
    // For a 多选, only a class holding every key: 「政治性」 beside the keys 时代性、引领性、独特性 is of the “四性” with one key
    // alone, which says nothing of the list asked (readers: "calls the distractors wrong because they share a category").
    const shared = keys
      .map((answer) => sharedVocabularyClass(answer, distractor))
      .find((name) => name !== null && !classPostdates(name, year) && keys.every((answer) => vocabularyClassMembers(name).includes(answer)));
    // A lexicon term an authoritative text glosses is said by that gloss (「改组」「检查」：对党组织的问责方式有…): being of
    // the key's class and not the wording here teaches nothing (readers, stop 32). A gloss naming a key is left out.
    const gloss = termGloss(distractor, key.located.passage.text, -1, shared ?? undefined);
    // An option outside the keys' own narrower set (经济建设 of 五位一体 beside the key 政治建设 of 党的建设) is said not
    // to be of it, below: that is what sets it apart here, more than what it is.
    const outsideOwn = shared !== undefined && keys.map(vocabularyClassOf).some((own) => own !== null && own !== shared && !classPostdates(own, year) && !vocabularyClassMembers(own).includes(distractor));
    if (gloss && !outsideOwn && keys.every((answer) => !gloss.gloss.includes(answer))) {
      glossed.set(gloss.term, { members: [...(glossed.get(gloss.term)?.members ?? []), distractor], text: `${gloss.gloss}（${gloss.source}）` });
      taughtOptions.push(distractor);
      continue;
    }
    if (shared) {
      byClass.set(shared, [...(byClass.get(shared) ?? []), distractor]);
      continue;
    }
    // A member of a set of record kin to the keys' (执政考验 beside the 四种危险) is said to be of that set, which is named whole.
    const kin = kinSetOf(distractor, keys);
    if (kin && !classPostdates(kin, year)) {
      add(distractor, `kin:${kin}`, () => `属于${quoted(kin)}（${vocabularyClassMembers(kin).join("、")}）`);
      taughtOptions.push(distractor);
      continue;
    }
    const origin = context.inventory.origins.get(distractor);
    const isCourseNumber = context.inventory.numbers.includes(distractor);
    // A number or quantity whose place in the course is not quoted above is said plainly to differ from the source's:
    // "another number of this part" says nothing of what it is (readers, issue 16).
    if ((/\d/.test(distractor) && !isCourseNumber) || (!origin && QUANTITY_KEY.test(distractor)) || origin?.kind === "number") add(distractor, "moved", () => "与原文数字不符");
    else if (!origin) add(distractor, "unknown", () => "不是原文的说法");
    else if (origin.kind === "list-item") {
      const where = originPlace(context, origin, key);
      const list = origin.label ? `${where}所列${quoted(origin.label)}` : `${where}另一组列举`;
      add(distractor, `list:${list}`, (many) => (many ? `都是${list}中的内容` : `是${list}中的一项`));
      taughtOptions.push(distractor);
    } else terms.push(`${mark(distractor)}（见${originPlace(context, origin, key)}）`);
  }
  const clauses = [...alike.values()].map(({ members, say }) => `${marks(members)}${say(members.length > 1)}`);
  let negated = 0;
  const untaught: string[] = [];
  const classOnly: string[] = [];
  const grouped = [...byClass].map(([name, members]) => {
    // When the keys belong to a narrower set than the one they share with these options (四风 within the
    // tendencies the party opposes), what teaches is that the options are not of it: 「个人主义」不属于“四风”（…）.
    const narrower = keys.map(vocabularyClassOf).find((own): own is string => own !== null && own !== name && !classPostdates(own, year) && members.every((member) => !vocabularyClassMembers(own).includes(member)));
    if (narrower) {
      negated++;
      // Not of the key's narrower set, but of another set of record with it (信息化 beside 农业现代化 in the 四化同步): what
      // the option is beside the key is still unsaid.
      if (!distinctMembersClass(name)) taughtOptions.push(...members);
      return `${marks(members)}不属于${quoted(narrower)}（${quoted(narrower)}是${vocabularyClassMembers(narrower).join("、")}）`;
    }
    // Of the key's own set of record and "not the wording here" alone: nothing says what the option is or why it does
    // not fit. Of a list of examples (监督体系, 党中央的工作部门) the kind is all a 解析 can say (readers took most as usable).
    if (distinctMembersClass(name)) untaught.push(...members);
    classOnly.push(...members);
    const together = marks(keys.filter((answer) => sharedVocabularyClass(answer, members[0]!) === name));
    // A set named by its own members is no kind they are of: they stand side by side in it.
    return isSelfNamedClass(name) ? `${marks(members)}与${together}在${quoted(name)}中并列` : `${marks(members)}与${together}同属${quoted(name)}`;
  });
  if (terms.length) grouped.push(`${terms.join("、")}是课程中另外提到的概念`);
  const all = [...taught, ...[...glossed.values()].map(({ members, text }) => `${marks(members)}：${text}`), ...grouped, ...clauses];
  // Something said of an option beyond "not the source's wording / number" (its own rule, gloss, class, list or place).
  if (said) Object.assign(said, { untaught, taught: taughtOptions, classOnly, dismissed: alike.get("moved")?.members ?? [] });
  if (said) said.teaches = taught.length > 0 || glossed.size > 0 || grouped.length > 0 || [...alike.keys()].some((name) => name.startsWith("list:") || name.startsWith("kin:"));
  // Every option already said not to be of the keys' set: the tail would say it twice.
  if (all.length > 0 && (negated === all.length || tail === "")) return `${all.join("；")}。`;
  if (said && all.length > 0) said.endsOnTail = true;
  return all.length ? `${all.join("；")}，${tail}。` : "";
}

/** What wrongOptions said of the options: whether anything teaches, the options only said to be of the key's set of record, and those said by what they are. */
interface WrongOptionsSaid {
  teaches: boolean;
  untaught?: string[];
  taught?: string[];
  /** Options said only to be of a class they share with the key, of any class (监督体系 as well as 党的建设). */
  classOnly?: string[];
  /** Numbers said only to differ from the source's (与原文数字不符): made up, or what the course says of them not quotable. */
  dismissed?: string[];
  /** The options' clause ends on the tail (都不是原文此处的说法), not on what sets them apart from the keys. */
  endsOnTail?: boolean;
}

/**
 * Whether a 解析 can say what a wrong option is (QUESTIONS.md E): a sentence of the course that teaches it, a gloss of
 * record, a set of record it is not of (「本位主义」不属于“四风”), or a list or kin set of the course it is of. Not an option
 * said only to be of the key's set, another term of the course, or "not the wording here" (issue 16, stop 36).
 */
export function wrongOptionTeachable(context: ExplainContext, answer: string, option: string, key: KeyPlace): boolean {
  const said: WrongOptionsSaid = { teaches: false };
  wrongOptions(context, [answer], [option], key, "", said);
  return (said.taught ?? []).includes(option);
}

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
function keyDefinition(index: CourseIndex, key: string, place: KeyPlace): string {
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
function teachingElsewhere(index: CourseIndex, term: string, place: KeyPlace, fits: (whole: string) => boolean): { whole: string; where: string } | null {
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
function teachingPlaces(index: CourseIndex, term: string): TeachingPlace[] {
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

/** The longest sentence quoted to say what a wrong option is: one short clause each, never a paragraph. */
const MAX_OPTION_QUOTE = 60;

/**
 * What a wrong option is, in the course's own words (QUESTIONS.md E): a complete sentence of the course
 * that teaches it (党内民主是党的生命), at most MAX_OPTION_QUOTE characters, quoted whole with its 出处 —
 * 「党内民主」：“党内民主是党的生命”（…）. A sentence that also names a key is left out: it would
 * teach the key, not the option, and may read as if the option were right; so is one quoted for another
 * option already. Empty when none is found.
 */
function optionTaught(index: CourseIndex, option: string, keys: string[], place: KeyPlace, quotedAlready: Set<string>): string {
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

/** A number or a quantity with its unit (1次, 15个, 二年, 两人, 3分钟): the same figure elsewhere is another fact. */
const QUANTITY_KEY = /\d|^[一二两三四五六七八九十百千零〇]+(?:个工作日|个月|个|人|名|年|月|日|天|次|项|条|分钟|小时|周|岁|倍|届)$/;

/** A list marker or a quotation mark opening a sentence ((七), ‘): not part of what it says. */
const SENTENCE_LEAD = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．]\s*)/;

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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}


/** What a key is: an item of its list, or a member of the lexicon class its passage (`context`) speaks of (vocabularyClassClaim). */
function keyKind(key: string, list: KeyList | undefined, context: string, year: number | null = null): string {
  return keyKindSaid(key, list, context, year).text;
}

/**
 * keyKind, and whether it only names a class the key is of that is no counted set (「政治纪律」属于“党的纪律”,
 * 「科学发展观」属于“党的指导思想”): the lexicon's list of examples names a kind, not what the key means (readers: "the
 * 解析 only repeats the source sentence"). A counted set (四风, 四个自信) is what a learner must know: it stands alone.
 */
function keyKindSaid(key: string, list: KeyList | undefined, context: string, year: number | null = null, quotedText: string = context): { text: string; classOnly: boolean; setShown?: boolean } {
  if (list && list.items.length > 1) {
    return { text: list.label ? `${mark(key)}是${quoted(list.label)}所列的一项（${listed(list.items)}）。` : `${mark(key)}是原句列举的一项（${listed(list.items)}）。`, classOnly: false };
  }
  const named = setHolds(key);
  if (named) return { text: named, classOnly: false };
  const name = vocabularyClassClaim(key, context);
  // A set named by its own members (自我净化、自我完善、…) is no kind the key is of: the claim would be circular.
  if (!name || isSelfNamedClass(name)) return { text: "", classOnly: false };
  // A set named after the document was written (四风 in a lecture of 1942) is not what its words mean there.
  if (classPostdates(name, year)) return { text: "", classOnly: false };
  const counted = countedClassOf(name);
  const holds = countedSetHolds(name, key, quotedText);
  // setShown: the 解析 names the set without its members, the sentence showing them all or the members being only the set's
  // name counted off: the name is then all it says of the key.
  return { text: `${mark(key)}属于${quoted(name)}${holds}。`, classOnly: !counted, setShown: counted !== undefined && holds === "" };
}

/**
 * What a counted set the key is of holds, when the text the 解析 quotes (`context`: the stem's sentence where the 解析
 * quotes only it) does not list the rest already: 「享乐主义」属于“四风”，“四风”指形式主义、官僚主义、享乐主义、奢靡之风. A
 * counted name (四风, “两个责任”, “四性”) promises every member, so naming them teaches the set, and so does a set of
 * record that opens on no count (政治三力; 思维能力 by its chief members: “思维能力”包括…等; readers, stop 35: "a bare
 * label without naming the three"). A name that is not counted (党的纪律, 党内法规) is the lexicon's list of
 * examples, never given as the whole. Empty otherwise.
 */
function countedSetHolds(name: string, key: string, context: string): string {
  const entry = countedClassOf(name);
  if (!entry) return "";
  const members = statedMembers(entry);
  // A member the set now states otherwise (全面建成小康社会 of “四个全面”, 全面建设社会主义现代化国家 since 2020) is listed
  // with the set's present members though the passage holds them all: the bare claim is out of date (readers, stop 33).
  const restated = members[entry.members.indexOf(key)] !== undefined && members[entry.members.indexOf(key)] !== key;
  if (!restated && entry.members.every((member) => member === key || context.includes(member))) return "";
  // Members named only as the first, second… of the set (第一个百年奋斗目标、第二个百年奋斗目标; 第一种形态…) say nothing a
  // learner does not read off the set's name: listing them is circular (readers, stop 36).
  if (ordinalMembers(entry.members)) return "";
  const joined = members.join(members.some((member) => /[、，]/.test(member)) ? "；" : "、");
  return entry.ofRecord === "chief" ? `，${quoted(name)}包括${joined}等` : `，${quoted(name)}指${joined}`;
}

/** Whether a class a key is claimed of is a counted set whose members are only its name counted off (ordinalMembers). */
function ordinalSetOf(name: string | null): boolean {
  const entry = name ? countedClassOf(name) : undefined;
  return entry !== undefined && ordinalMembers(entry.members);
}

/** Whether a set's members are its name's head counted off (第一个百年奋斗目标、第二个百年奋斗目标; 第一种形态、…、第四种形态). */
export function ordinalMembers(members: readonly string[]): boolean {
  const heads = members.map((member) => /^第[一二三四五六七八九十]+[个种项条类次]?(.{2,})$/.exec(member)?.[1]);
  return members.length >= 2 && heads.every((head) => head !== undefined && head === heads[0]);
}

/**
 * The counted set a class name is, bare or inside a longer name (党风廉政建设的“两个责任”), or a set of record that opens
 * on no count (政治三力); undefined for a class that is a list of examples.
 */
function countedClassOf(name: string) {
  return countedClassNamed(name) ?? countedClassNamed(/“([^”]+)”/.exec(name)?.[1] ?? "") ?? recordedClassNamed(name) ?? undefined;
}

/** What a counted set a key names holds (「四个全面」指…): the key is the set, its members are what a learner must know. */
function setHolds(key: string): string {
  const named = countedClassNamed(key);
  if (!named) return "";
  const members = statedMembers(named);
  // Members that hold a 、 of their own (两个维护) are told apart by semicolons.
  return `${mark(key)}指${members.join(members.some((member) => /[、，]/.test(member)) ? "；" : "、")}。`;
}

/** 单选题 on a key in a sentence. */
export function explainSingleChoice(context: ExplainContext, input: SingleChoiceExplanationInput): string {
  return singleChoiceExplanation(context, input).text;
}

export interface SingleChoiceExplanationInput {
  answer: string;
  distractors: string[];
  key: KeyPlace;
  quoted: string;
  list?: KeyList;
  isNumber: boolean;
}

/**
 * 单选题 on a key in a sentence, and whether its 解析 teaches (QUESTIONS.md E): what the key is (its list, class or the
 * course's definition), a number beside it in the same rule (numberBeside), or something said of a wrong option beyond
 * "不是原文此处的说法 / 与原文数字不符" (its own rule elsewhere, a gloss, a class, a list); where none of these does, the
 * document's other rule of the key's kind (numberOfAnotherRule), to tell the key apart from. A 解析 that is the source
 * sentence and "the others do not match" alone teaches nothing: the question waits in review (BARE_CHOICE_EXPLANATION).
 */
export function singleChoiceExplanation(context: ExplainContext, input: SingleChoiceExplanationInput): { text: string; teaches: boolean; untaughtOptions: string[]; dismissedNumbers: string[]; notHereOnly: boolean } {
  const { answer, key } = input;
  const tail = input.isNumber ? `原文此处是${mark(answer)}` : `都不是原文此处的说法`;
  const sharesClass = input.distractors.some((distractor) => sharedVocabularyClass(answer, distractor) !== null);
  const kind = sharesClass && !input.list ? "" : keyKind(answer, input.list ?? enclosingHeadingList(context.index, key, answer), key.located.passage.text, context.index.documentYear(key.located.module));
  const definition = keyDefinition(context.index, answer, key);
  const besideOwn = input.isNumber ? numberBeside(answer, key, input.quoted) : "";
  const said: WrongOptionsSaid = { teaches: false };
  // A key standing in a list of its own kind (党内监督与群众监督、法律监督、舆论监督) ties the wrong options back to the sentence
  // once: the list is what they are not of (readers, stop 36: "say why it is not the answer here").
  const beside = input.isNumber ? [] : listedBeside(answer, input.quoted);
  const wrong = wrongOptions(context, [answer], input.distractors, key, beside.length ? "" : tail, said);
  const tie = beside.length && wrong ? `原文此处与${marks(beside)}并列的是${mark(answer)}，以上其他选项都不在其中。` : "";
  // Where nothing else teaches, the document's other rule of the key's kind tells the key apart.
  const bare = kind === "" && definition === "" && besideOwn === "" && !said.teaches;
  const other = besideOwn || (bare && input.isNumber ? numberOfAnotherRule(context.index, answer, key) : "");
  return {
    text: `正确答案是${mark(answer)}。${passageCitation(context.index, key.located, key.offset)}原文：${evidence(input.quoted)}。` + kind + definition + other + wrong + tie,
    teaches: !bare || other !== "",
    // Of the key's set of record and "not the wording here" alone; or of any set it shares with the key, unless the others
    // are taught and the sentence's list ties it back (stop 36: 个人主义 beside 好人主义 in …的庸俗哲学和（　）).
    untaughtOptions: tie && (said.taught ?? []).length >= input.distractors.length - 1 ? (said.untaught ?? []) : [...new Set([...(said.untaught ?? []), ...(said.classOnly ?? [])])],
    dismissedNumbers: said.dismissed ?? [],
    // The wrong options' clause ends on the bare conclusion: why they do not fit here is left unsaid (stop 39).
    notHereOnly: !input.isNumber && said.endsOnTail === true,
  };
}

/** What joins two items of one list (、, 和, 与, 及, 以及, 同), as a pattern's alternation. */
const ITEM_JOINTS = "、|以及|和|与|及|同";
const JOINT_AT_END = new RegExp(`(?:${ITEM_JOINTS})$`);
const JOINT_AT_START = new RegExp(`^(?:${ITEM_JOINTS})`);
const JOINT = new RegExp(ITEM_JOINTS);
/** A preposition or verb a list's first item may open its clause with (把党内监督与…, 反对个人主义、…). */
const ITEM_LEAD = /^(?:把|将|对|以|在|由|从|向|同|坚决反对|反对|力戒|克服|防止|加强|接受|坚持|存在|整治|纠治|不搞|破除|杜绝|推进|狠抓)/;

/**
 * The other items of the list the key stands in within its sentence, of the key's own kind (ending as it ends, two
 * characters: 监督, 主义, 建设): 党内监督、群众监督、法律监督 beside 舆论监督. Empty when the key stands in no such list.
 */
export function listedBeside(answer: string, sentence: string): string[] {
  const at = sentence.indexOf(answer);
  if (at < 0 || answer.length < 3) return [];
  const ending = answer.slice(-2);
  const item = (piece: string, fromEnd: boolean): string | null => {
    let text = piece.trim();
    if (fromEnd) {
      text = (text.split(/[，。；：（）“”‘’《》的\s]/).pop() ?? "").replace(ITEM_LEAD, "");
      // A first item run on from the words before it (把党内监督, 仍有形式主义): its end, where that is a term of the key's set.
      if (text.length > answer.length + 1) {
        const tail = [answer.length + 1, answer.length, answer.length - 1].map((length) => text.slice(-length)).find((end) => end !== answer && sharedVocabularyClass(answer, end) !== null);
        text = tail ?? text;
      }
    } else {
      text = text.split(/[，。；：（）“”‘’《》\s]/)[0] ?? "";
      const end = text.indexOf(ending);
      text = end < 0 ? "" : text.slice(0, end + ending.length);
    }
    return text.length >= 3 && text.length <= answer.length + 1 && text.endsWith(ending) && /^[\u4e00-\u9fa5]+$/.test(text) && text !== answer ? text : null;
  };
  const found: string[] = [];
  // Leftwards: each piece before a joint, while it is an item of the key's kind.
  let left = sentence.slice(0, at);
  for (;;) {
    const joint = JOINT_AT_END.exec(left);
    if (!joint) break;
    left = left.slice(0, left.length - joint[0].length);
    // The piece after the last joint (与 of 党内监督与群众监督 is one, as 、 is).
    const piece = (/[\u4e00-\u9fa5]+$/.exec(left)?.[0] ?? "").split(JOINT).pop() ?? "";
    const text = item(piece, true);
    if (!text) break;
    found.unshift(text);
    // A word stood before it (把, 存在的): the list opens here.
    if (text !== piece) break;
    left = left.slice(0, left.length - piece.length);
  }
  // Rightwards.
  let right = sentence.slice(at + answer.length);
  while (true) {
    const joint = JOINT_AT_START.exec(right);
    if (!joint) break;
    right = right.slice(joint[0].length);
    const text = item(right, false);
    if (!text || !right.startsWith(text)) break;
    found.push(text);
    right = right.slice(text.length);
  }
  return [...new Set(found)];
}

/** A clause of the text with what a lead-stripping cut took from its start, when it stood inside a sentence (after no mark). */
function restoredLead(text: string, clause: string, at: number): string {
  const start = text.lastIndexOf(clause, at);
  if (start <= 0) return clause;
  let from = start;
  while (from > 0 && !/[，。；：！？“”\n]/.test(text[from - 1]!)) from--;
  return from > 0 ? text.slice(from, start + clause.length) : clause;
}

/** A unit a quantity key is counted in: 个国家 after 4个, 年 of 2年, 个月 of 六个月. */
const QUANTITY_NUMBER = /^[\d.．一二两三四五六七八九十百千零〇]+/;

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

/** 出处 questions: who said the quotation, or which report it is from. */
export function explainSpeaker(context: ExplainContext, input: { speaker: string; distractors: string[]; key: KeyPlace; isDocument: boolean; quote?: string; quoteStart?: number }): string {
  const document = context.index.documentTitle(input.key.located.module);
  const author = selectedWorksAuthor(document);
  // A wrong option whose selected works the quotation stands in (江泽民 of 《江泽民文选》) is said to quote it, not to say it.
  const quotedBy = author && author !== input.speaker && input.distractors.includes(author) ? author : null;
  // A wrong option the course credits with another quotation is said by that quotation: what the course attributes to it.
  let left = MAX_OTHER_QUOTATIONS;
  const quoting = input.distractors
    .filter((distractor) => distractor !== quotedBy)
    .map((distractor) => {
      const other = left > 0 ? otherQuotation(context.index, distractor, input.quote ?? "") : null;
      if (other) left--;
      return { distractor, other };
    });
  const taught = quoting.flatMap(({ distractor, other }) => (other ? [`课程引述${mark(distractor)}的是另一段论述：${quoted(other.text)}（${other.where}）`] : []));
  const rest = quoting.filter(({ other }) => !other).map(({ distractor }) => distractor);
  // Wrong options drawn from the lexicon (another leader of the party) need not appear in the course: say which do and which do not.
  const named = rest.filter((distractor) => context.index.corpus.includes(distractor));
  const unnamed = rest.filter((distractor) => !named.includes(distractor) && !namedAnywhere(context.index, distractor));
  const plain = rest.filter((distractor) => !named.includes(distractor) && !unnamed.includes(distractor));
  const kind = input.isDocument ? "文献" : "人物";
  const others = [
    ...(quotedBy ? [`《${document}》是${mark(quotedBy)}的文选，这段论述是文中引述的${mark(input.speaker)}的话`] : []),
    ...(named.length ? [`${marks(named)}是课程中出现的其他${kind}，不是这段论述的出处`] : []),
    ...(plain.length ? [`${marks(plain)}不是这段论述的出处`] : []),
    ...(unnamed.length ? [`课程中没有出现${marks(unnamed)}，${input.isDocument ? "它" : "他"}${unnamed.length > 1 ? "们" : ""}不是这段论述的出处`] : []),
  ];
  const wrong = [...taught, ...others];
  const lead = input.quoteStart === undefined ? null : attributionLead(input.key.located.passage.text, input.quoteStart, input.speaker);
  const led = lead ? `，原文以${quoted(lead)}引出这段论述` : "";
  return `这段论述出自${mark(input.speaker)}，见${passageCitation(context.index, input.key.located, input.key.offset)}${led}。${wrong.length ? `${wrong.join("；")}。` : ""}`;
}

/**
 * Whether the course names none of an attribution's wrong options (课程中没有出现「温家宝」「邓小平」「江泽民」): its 解析 can
 * then say of them only that they are absent, and the question rests on what the learner knows from outside the course
 * (readers, stop 35: seven of nine such 单选 needs-edit on E). The question waits in review (BARE_CHOICE_EXPLANATION).
 */
export function courseNamesNoneOf(index: CourseIndex, names: readonly string[]): boolean {
  return names.length > 0 && names.every((name) => !namedAnywhere(index, name));
}

/** True when any text of the course names `name`: a passage, a heading, a module's or a document's title. */
export function namedAnywhere(index: CourseIndex, name: string): boolean {
  if (index.corpus.includes(name)) return true;
  const inSections = (sections: Section[]): boolean =>
    sections.some((section) => section.title.includes(name) || section.passages.some((passage) => passage.text.includes(name)) || inSections(section.sections));
  return index.modules.some((module) => module.title.includes(name) || index.documentTitle(module).includes(name) || inSections(module.sections));
}

/** The person whose selected works a document title names (《江泽民文选（精神文明建设）》: 江泽民), or null. */
export function selectedWorksAuthor(title: string): string | null {
  return /^《?([\u4e00-\u9fa5]{2,4}?)(?:文选|选集|文集)/.exec(title)?.[1] ?? null;
}

/** How long the clause introducing a quotation may be to be quoted in a 出处 解析. */
const MAX_LEAD = 60;

/** The words of an attribution that say nothing more than who spoke and that he spoke (同志, 总书记, 也, 指出). */
const BARE_ATTRIBUTION = /同志|总书记|主席|正如|曾经|曾|也|还|又|就|都|所|过|明确|深刻|鲜明|郑重|反复|多次|再次|一再|指出|强调|提出|要求|表示|认为|说|讲|写道|告诫|[，：:、\s“”]/g;

/** Words that point back at what the course said before (在此之前, 这时, 上述): out of the course they name no occasion. */
const POINTS_BACK = /此|这|上述|前述|同时|此外/;

/** A year in Chinese numerals missing a digit (一九八年, the 〇 lost in the text): debris, never quoted. */
const BROKEN_YEAR = /(?<![〇零一二三四五六七八九])(?:一九|二[〇零])[〇零一二三四五六七八九]?年/;

/**
 * The clause of the course that introduces a quotation (在改革开放新的历史条件下，邓小平同志也指出; 习近平总书记在二十届中央
 * 纪委三次全会上强调), from the sentence's start to the quotation: it holds the occasion or the time the course gives
 * (QUESTIONS.md E, issue 16). Null when it names no more than the speaker and his verb (邓小平同志提出), when it does not
 * name the speaker, or when it runs longer than MAX_LEAD.
 */
export function attributionLead(text: string, quoteStart: number, speaker: string): string | null {
  let end = quoteStart;
  while (end > 0 && /[“‘\s]/.test(text[end - 1]!)) end--;
  const before = text.slice(0, end);
  const sentenceStart = Math.max(...["。", "！", "？", "；", "\n"].map((mark) => before.lastIndexOf(mark))) + 1;
  // What closes the sentence before (”, a footnote mark 〔2〕, a dash) and a parenthesis holding the 出处 of the quotation
  // before (（《对晋绥日报编辑人员的讲话》）) are no part of this clause.
  const lead = before
    .slice(sentenceStart)
    .replace(/^(?:[”’\s\u3000—]|〔\d+〕)+/, "")
    .replace(/^（[^（）]*）/, "")
    .replace(/[：:，,\s]+$/, "");
  if (!lead.includes(speaker) || lead.length > MAX_LEAD || BROKEN_YEAR.test(lead)) return null;
  const rest = lead.replace(speaker, "").replace(BARE_ATTRIBUTION, "");
  if (POINTS_BACK.test(rest)) return null;
  if (rest.replace(/[^\u4e00-\u9fa5\d]/g, "").length < 2) return null;
  return lead.replace(/“/g, "‘").replace(/”/g, "’");
}

/** How long a quotation credited to a wrong option of a 出处 question may be quoted: its first sentence, when that is no longer. */
const MAX_OTHER_QUOTE = 60;

/** How many wrong options of a 出处 question are said by another quotation: the 解析 stays short. */
const MAX_OTHER_QUOTATIONS = 2;

/**
 * The course's quotations credited to `speaker` other than the question's own, in course order: the same words quoted
 * again elsewhere are the same quotation (the first twelve words of either stand inside the other).
 */
function* otherQuotationsOf(index: CourseIndex, speaker: string, own: string): Generator<KnowledgePoint> {
  const ownAll = quoteWords(own);
  const ownWords = ownAll.slice(0, 12);
  for (const module of index.modules) {
    for (const point of module.knowledgePoints) {
      if (point.kind !== "quote" || point.speaker !== speaker) continue;
      const words = quoteWords(point.text);
      if (ownWords.length > 0 && (words.includes(ownWords) || ownAll.includes(words.slice(0, 12)))) continue;
      yield point;
    }
  }
}

/**
 * What a true attribution is told apart from: the other speaker's own quotation in the course, quoted with its 出处
 * (课程引述「胡锦涛」的是另一段论述：“…”（…），不是这一段) — the contrast readers accept in a 出处 单选's 解析. A bare "not
 * 胡锦涛 (the source of another passage)" taught nothing (readers, stop 33). Empty when the course quotes the speaker
 * nowhere else, or only in words that cannot be quoted whole (otherQuotation).
 */
export function speakerContrast(index: CourseIndex, speaker: string, own: string): string {
  const other = otherQuotation(index, speaker, own);
  return other ? `课程引述${mark(speaker)}的是另一段论述：${quoted(other.text)}（${other.where}），不是这一段` : "";
}

/** True when the course credits the speaker with a quotation other than this one. */
function quotesSpeaker(index: CourseIndex, speaker: string, own: string): boolean {
  return !otherQuotationsOf(index, speaker, own).next().done;
}

/**
 * The first quotation the course credits to `speaker` alone (not 马克思、恩格斯 together) other than the question's own,
 * cut short, with its 出处; null when there is none.
 */
function otherQuotation(index: CourseIndex, speaker: string, own: string): { text: string; where: string } | null {
  for (const point of otherQuotationsOf(index, speaker, own)) {
    if (!point.span) continue;
    const located = index.passage(point.span.passage);
    if (!located) continue;
    const speakerAt = located.passage.text.lastIndexOf(speaker, point.span.start);
    if (speakerAt >= 0 && sharedCredit(located.passage.text, speakerAt)) continue;
    // Its first sentence, whole: a quotation cut inside a sentence (那末……) is a fragment, never quoted.
    const excerpt = quoteExcerpt(point.text, MAX_OTHER_QUOTE);
    const sentence = excerpt === point.text ? excerpt : /^[^。！？]+[。！？]……$/.test(excerpt) ? excerpt.slice(0, -2) : null;
    if (sentence === null) continue;
    return { text: sentence.replace(/[。；，：！？]$/, ""), where: passageCitation(index, located, point.span.end) };
  }
  return null;
}

/** A numeral, a digit or a decimal point: what a quantity is made of, so an option is not read inside a longer number (十一年 is no 一年, 19.2% no 2%). */
const NUMERAL = /[\d.．一二两三四五六七八九十百千万零〇第]/;

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
function numberStated(index: CourseIndex, option: string, keys: string[], place: KeyPlace, quotedAlready: Set<string>): string {
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
function numberElsewhere(index: CourseIndex, option: string, keys: string[], place: KeyPlace, quotedAlready: Set<string>): string {
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
function* numberPlaces(index: CourseIndex, number: string, place: KeyPlace, keyLength: number): Generator<NumberPlace> {
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
const LEANING_START = /^(?:并且|并|且|而且|同时|也|还)/;

/** The clause between commas (or stronger marks) that holds [at, end), with the clause before it when it is short; no list marker, article number or closing mark. */
function commaClauseAround(text: string, at: number, end: number, withLean = true): string | null {
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

/** 多选题 on the members of a list. */
export function explainMultipleChoice(context: ExplainContext, input: { correct: string[]; distractors: string[]; key: KeyPlace; list: KeyList }): string {
  const { list } = input;
  const name = list.label ? `${quoted(list.label)}` : "原句所列内容";
  const where = passageCitation(context.index, input.key.located, input.key.offset);
  const listing = list.label ? `${where}列举的${quoted(list.label)}包括：${listed(list.items)}。` : `${where}原句列举了：${listed(list.items)}。`;
  const inListOrder = [...input.correct].sort((a, b) => list.items.indexOf(a) - list.items.indexOf(b));
  return `正确答案是${marks(inListOrder)}。${listing}${wrongOptions(context, input.correct, input.distractors, input.key, `都不属于${name}`)}`;
}

/**
 * What a 填空's 解析 teaches of its key beyond the sentence the stem shows (QUESTIONS.md E; issue 16). A set the key
 * is of teaches only when it says something the stem and the key's own words do not (stop 33, readers: "tautological",
 * "circular"): 「群众纪律」属于“党的纪律” under “党的纪律主要包括…”, 「问责」是原句列举的一项（监督、执纪、问责）, 「不敢腐」属于
 * “一体推进三不腐” under 一体推进不敢腐、不能腐、不想腐, 「严重警告」属于“党纪处分” under 纪律处分有五种 repeat the stem; a
 * class whose name the key's words hold (「组织生活会」属于“组织生活”, 「作风建设」属于“党的建设”) repeats the key. A set the
 * learner cannot read off either (「核心意识」属于“四个意识”, 「专项巡视」属于“巡视组织形式”, the members of “四风”) teaches.
 * Beside a class that is no counted set, and where no set teaches, the first of: what an authoritative text says the
 * key means (keyGloss, a gloss kept for a member of the class the passage speaks of too: 通报 of “问责方式”), the
 * course's own definition of it (keyDefinition), another sentence of the course that says what it is or a rule of it
 * and stands alone (fillKeyElsewhere). Where nothing teaches, `teaches` is false and confidence.ts sends the 填空 to
 * review (BARE_EXPLANATION); the 解析 keeps what it had: nothing is invented.
 */
function fillKeyTaught(index: CourseIndex, key: string, list: KeyList | undefined, place: KeyPlace, sentence: string): { text: string; teaches: boolean; elsewhereOnly?: boolean; setNameOnly?: boolean } {
  // A key the article lists under markers, under a lead the stem names: the whole list, counted, teaches the set.
  const marked = markedListTeaching(place.located.passage.text, key, place.offset - key.length, "原文");
  if (marked) return { text: marked, teaches: true };
  const context = place.located.passage.text;
  const year = index.documentYear(place.located.module);
  const shown = sentence.split(key).join("");
  // A term of a named formulation of record the sentence writes out whole (______、密切联系群众、批评和自我批评的作风):
  // the formulation is what the key is of here, not a lexicon set the sentence does not speak of (党的思想路线; readers,
  // stop 36: "the 解析 gives the 思想路线 instead of the 三大优良作风"). Where the stem names it already, who set it down
  // and when still teach.
  const formulation = namedFormulationOf(sentence, key);
  if (formulation) {
    return { text: `${mark(key)}是党的${quoted(formulation.name)}（${formulation.terms.join("、")}）之一，由${formulation.from}概括提出。`, teaches: true };
  }
  // The set's members are judged by the sentence the 解析 quotes, not the whole passage: a member past the stem's cut
  // (政治执行力 in the passage's next clause) is one the learner does not see.
  let kind = keyKindSaid(key, list, context, year, sentence);
  let restated = kind.text !== "" && setStatedBy(shown, key, list, context);
  // A list the stem shows whole may still be a counted set the stem does not name (道路自信、…、文化自信 are “四个自信”).
  if (restated && list) {
    const named = keyKindSaid(key, undefined, context, year, sentence);
    if (named.text && !named.classOnly && !setStatedBy(shown, key, undefined, context)) [kind, restated] = [named, false];
  }
  const claimed = list && list.items.length > 1 ? null : vocabularyClassClaim(key, context);
  if (kind.text && !restated && claimed && (countedSetEvident(claimed, sentence) || membersShown(claimed, key, shown) || actNamedIn(claimed, shown))) restated = true;
  // A bare class whose name the key's own words hold (组织生活会 of “组织生活”, 政治路线 of “党的路线”) or whose head word
  // the stem says (严重警告 of “党纪处分” under 纪律处分有五种) says nothing; one the learner could not read off the stem
  // (「专项巡视」属于“巡视组织形式”) tells what the key is of.
  const bare = kind.classOnly && claimed !== null && (classNamedIn(claimed, key) || classNamedIn(claimed, shown));
  const said = kind.text !== "" && !restated && !bare ? kind.text : "";
  const definition = keyDefinition(index, key, place);
  // A counted set whose every member the quoted sentence shows (主体责任和监督责任 of “两个责任”) names the set only: what an
  // authoritative text says the key means (党委负主体责任，纪委负监督责任) teaches what the stem does not (readers, stop 35).
  const setGloss = said && kind.setShown && !definition ? keyGloss(key, place, claimed ?? undefined, index.documentTitle(place.located.module)) : "";
  // A class the key's own sentence does not speak of (neither its name nor another member: 「实事求是」属于“党的思想路线”
  // under 对领导人的宣传要实事求是, 「全面从严治党」属于“四个全面” under …和鼓励担当作为是内在统一的) is off the sentence's
  // point: readers failed the same set note pinned on every sentence of the key whatever it says (issue 16, criterion E).
  // Where a gloss of record says what the key itself is, it stands instead; else the class note stays as it was.
  if (said && claimed !== null && !countedClassNamed(key) && !sentenceSpeaksOfClass(claimed, key, sentence)) {
    const own = keyGloss(key, place, claimed, index.documentTitle(place.located.module));
    // As below, the gloss before the course's own definition, never both: they say the same.
    if (own) return { text: own, teaches: true };
  }
  if (said && !kind.classOnly) {
    // A set whose members are only its name counted off (「第二个百年奋斗目标」属于“两个一百年奋斗目标”), with nothing else
    // said of the key, says nothing the key's own words do not (readers, stop 36: circular). Another sentence of the course
    // that says what the key is may teach; else the 填空 waits in review (SET_NAME_ONLY). A set the sentence shows whole
    // (伟大斗争、伟大工程、______、伟大梦想) is still named alone where no gloss of record says what the key is: most readers
    // took the set's name for teaching (43 labelled usable; sending them all to review was tried and withdrawn, stop 36).
    if (kind.setShown && !setGloss && !definition && ordinalSetOf(claimed)) {
      const elsewhere = fillKeyElsewhere(index, key, place, sentence);
      return elsewhere ? { text: said + elsewhere, teaches: true } : { text: said, teaches: false, setNameOnly: true };
    }
    return { text: said + setGloss + definition, teaches: true };
  }
  const taught = keyGloss(key, place, claimed ?? undefined, index.documentTitle(place.located.module)) || definition;
  const beyond = taught || fillKeyElsewhere(index, key, place, sentence);
  // elsewhereOnly: only another course sentence speaks of the key (a true 判断's 解析 does not count it as teaching).
  if (beyond) return { text: said + beyond, teaches: true, elsewhereOnly: !taught && said === "" };
  // Nothing teaches but a class the stem and the key's words do not name: with the class's other members, what the class
  // is (「战略思维」属于“思维能力”，同属“思维能力”的还有历史思维、辩证思维…等); else the 解析 keeps what it had and goes to review.
  // A shelf of many members (党内法规, the central bodies) named alone says only where the key is filed, not what it is or
  // why it fills the blank: readers marked both such published 填空 E (「中央宣传部」属于“党中央和国务院的机关与工作部门”,
  // 「中国共产党廉洁自律准则」属于“党内法规”; stop 39). The 解析 keeps its note and the 填空 waits in review.
  if (said && shelfClass(claimed, key)) return { text: said, teaches: false };
  return said ? { text: classSiblingsSaid(said, claimed, key, sentence), teaches: true } : { text: kind.text, teaches: false };
}

/** More members besides the key than a class a learner learns by its members has: a shelf, not a set. */
const MAX_SET_SIBLINGS = 6;

/** Whether an uncounted class has more other members than a set is learnt by (党内法规: the regulations by name). */
function shelfClass(name: string | null, key: string): boolean {
  if (!name || countedClassOf(name)) return false;
  return classSiblings(name, key).length > MAX_SET_SIBLINGS;
}

/** The members of a class other than the key and the words the key holds. */
function classSiblings(name: string, key: string): readonly string[] {
  return vocabularyClassMembers(name).filter((member) => member !== key && !key.includes(member));
}

/**
 * A bare class claim (「战略思维」属于“思维能力”。) with the class's other members as the lexicon lists them, when the sentence
 * does not show them all: a name alone does not teach what the class is (readers, stop 35: "a bare class label without
 * naming the class"). An uncounted class's lexicon list is examples, so it closes on 等. The claim as it was otherwise, and
 * for a class of more than seven members.
 */
function classSiblingsSaid(said: string, name: string | null, key: string, sentence: string): string {
  if (!name || countedClassOf(name) || !said.endsWith(`属于${quoted(name)}。`)) return said;
  const others = classSiblings(name, key);
  // A class of many members (党内法规: the regulations by name) is a shelf, not a set one learns by its members.
  if (others.length < 2 || others.length > MAX_SET_SIBLINGS || others.every((member) => sentence.includes(member))) return said;
  return `${said.slice(0, -1)}，同属${quoted(name)}的还有${others.join("、")}等。`;
}

/**
 * A class whose other members the stem lists beside the blank (谈话函询、______、暂存待查、予以了结等方式 of “问题线索处置方式”):
 * naming the class only says what the stem shows (readers, issue 16: "a tag the stem already states").
 */
function membersShown(name: string, key: string, shown: string): boolean {
  // A counted set's name (四个意识 beside 政治意识、大局意识、______、看齐意识) is what a learner must know: it teaches.
  if (countedClassOf(name)) return false;
  const members = vocabularyClassMembers(name);
  const others = members.filter((member) => member !== key);
  if (others.length < 2 || !others.every((member) => shown.includes(member))) return false;
  // The stem names the kind itself after the list (…等方式处置, …4类方式): the class is a label of what the stem says. A set
  // whose kind word stands only inside its members (人民代表大会制度、…以及______ of “基本政治制度”) is named nowhere: it teaches.
  const kind = name.replace(/[“”]/g, "").slice(-2);
  return new RegExp(`(?:等|[\\d一二三四五六七八九十]+[类种])${kind}`).test(shown);
}

/**
 * A class named by what the party does to its members (党内要反对的作风和思想倾向) under a stem that does it to the key
 * (我们一定要反对______和宗派主义): the class only says the stem again (readers, issue 16: "circular").
 */
function actNamedIn(name: string, shown: string): boolean {
  const act = /要(\p{Script=Han}{2})的/u.exec(name)?.[1];
  return act !== undefined && shown.includes(act);
}

/** A counted set the sentence shows whole and named: every member stands in it, and the name's words (一体推进 of “一体推进三不腐”). */
function countedSetEvident(name: string, sentence: string): boolean {
  // Only a name that opens on its count: a set of record named otherwise (党史学习教育的目标要求 beside 党史学习教育) is not
  // said by the words of its name the sentence holds.
  const entry = countedClassNamed(name) ?? countedClassNamed(/“([^”]+)”/.exec(name)?.[1] ?? "");
  if (!entry || !entry.members.every((member) => sentence.includes(member))) return false;
  // A set named in quotation marks (群团组织的“三性”) is said only by that name: 群团组织 alone does not name it.
  const core = /“([^”]+)”/.exec(name)?.[1];
  if (core !== undefined) return sentence.includes(core);
  const bare = name;
  for (let at = 0; at + 4 <= bare.length; at++) if (sentence.includes(bare.slice(at, at + 4))) return true;
  return false;
}

/** A class's head word: its name without quotation marks, 党的 and a generic ending (的内容, 方式, 体系). */
function classHead(name: string): string {
  return name.replace(/[“”‘’]/g, "").replace(/^(?:我们)?党的/, "").replace(/(?:的内容|的主要内容|方式|体系|的类型|的种类)$/, "");
}

/**
 * Whether a text names a class: its head whole (思想路线, 群众路线, 组织生活 in 组织生活会), or a short head's last two
 * characters (建设 of “党的建设” in 作风建设, 路线 of “党的路线” in 政治路线, 处分 of “党纪处分” under 纪律处分有五种); a
 * longer name is not said by its last word (制度 does not say “基本政治制度”). Asked of the key's own words (the class
 * only repeats them) and of the stem without its key (the class only repeats the stem).
 */
export function classNamedIn(name: string, said: string): boolean {
  const head = classHead(name);
  const text = said.replace(/‘/g, "“").replace(/’/g, "”");
  if (head.length < 2) return false;
  if (text.includes(head)) return true;
  if (head.length > 4) return false;
  // The last word standing inside a member (思想 of 毛泽东思想 for “党的指导思想”) names the member, not the set.
  const members = vocabularyClassMembers(name);
  const word = head.slice(-2);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const inMember = members.some((member) => {
      for (let from = text.indexOf(member); from >= 0; from = text.indexOf(member, from + 1)) if (from <= at && at + word.length <= from + member.length) return true;
      return false;
    });
    if (!inMember) return true;
  }
  return false;
}

/** Anaphora pointing back into a text the quotation leaves out (这样的党员, 上述情形): the quoted sentence does not stand alone. */
const ANAPHORA = /这样的|这种|这些|这类|上述|前款|该/;

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

/**
 * Another sentence of the course that says what the key is (saysWhatKeyIs), with its 出处 — the 填空's stricter
 * keyElsewhere: a sentence that merely holds the key, or binds it in a procedure, teaches a learner nothing of why it
 * is the word here. Not the question's own sentence met again in another copy. Empty when none is found.
 */
function fillKeyElsewhere(index: CourseIndex, key: string, place: KeyPlace, own: string): string {
  if (index.count(key) < 2) return "";
  const bare = (text: string) => text.replace(/[\s‘’“”'"，。；：、！？]/g, "");
  const found = teachingElsewhere(index, key, place, (whole) => !bare(own).includes(bare(whole)) && saysWhatKeyIs(whole, key) && speaksOfKeyAlone(whole, key, own));
  return found ? `课程中另一处也讲到${mark(key)}：${evidence(found.whole)}（${found.where}）。` : "";
}

/** Share of a second sentence's two-character pieces (the key left out) that the question's own sentence holds, above which it only repeats it. */
const ECHO_SHARE = 0.6;

/**
 * Whether a second sentence that speaks of the key (saysWhatKeyIs) tells a 填空's learner something of the key itself
 * (readers, issue 16: "merely mentions", "repeats what the stem says"). Not when it
 * - opens on the key and a comma with no definition after it (密切联系群众，向群众宣传党的主张…; 精准扶贫，不能制造“盆景”): the
 *   key heads a list of duties or a comment, and the sentence says nothing of what it is;
 * - opens on the key joined to other subjects (经济建设、物质文明建设不是孤立的; “班长”和委员还要能互相谅解): it speaks of
 *   them together;
 * - repeats the question's own sentence (从群众中来，到群众中去，是我们党的群众路线… under …从群众中来，到群众中去，这是我们的
 *   群众路线): the learner has read it in the stem;
 * - uses a name the question's sentence puts in quotation marks (书记好比是“班长”) without saying what it stands for
 *   (…是/指/称为…): a coined name is taught only by what it names.
 */
export function speaksOfKeyAlone(whole: string, key: string, own: string): boolean {
  const body = whole.replace(/^(?:我们党的|党的)?[‘“]?/, "");
  if (body.startsWith(key)) {
    const after = body.slice(key.length).replace(/^[’”]/, "");
    if (/^，/.test(after) && !/^，[^，。；]*(?:是|指|即)/.test(after)) return false;
    // Joined subjects bound by one rule (党的中央政治局、…和中央委员会总书记，由中央委员会全体会议选举) still teach it.
    if (/^(?:、|和|与|及|同)/.test(after) && !/由(?!于)|(?<![建假开陈])设|选举|产生|负责|批准/.test(after)) return false;
  }
  if (echoes(whole, own, key)) return false;
  const quotedInOwn = new RegExp(`[“‘]${escapeRegExp(key)}[”’]`).test(own);
  if (quotedInOwn) {
    const escaped = escapeRegExp(key);
    const names = new RegExp(`^[‘“]?${escaped}[’”]?(?:，[^，。；]*)?(?:是|指|即|就是)|(?:是|指|称为|叫做|确定为)[‘“]?${escaped}[’”]?(?:[，；。]|$)`).test(body);
    if (!names) return false;
  }
  return true;
}

/** Whether `whole` is mostly the words of `own` again (ECHO_SHARE of its two-character pieces, the key left out). */
function echoes(whole: string, own: string, key: string): boolean {
  const pieces = (text: string) => {
    const plain = text.split(key).join("|").replace(/[\s‘’“”'"，。；：、！？（）《》]/g, "|");
    const found: string[] = [];
    for (let at = 0; at + 2 <= plain.length; at++) if (!plain.slice(at, at + 2).includes("|")) found.push(plain.slice(at, at + 2));
    return found;
  };
  const said = pieces(whole);
  if (said.length < 4) return false;
  const shown = new Set(pieces(own));
  return said.filter((piece) => shown.has(piece)).length / said.length >= ECHO_SHARE;
}

/**
 * Whether the stem (`shown`: the question's sentence without its key) states the set keyKindSaid names: a list the
 * sentence itself enumerates with no name of its own, or a set or class whose name — bare or its quoted core
 * (“五位一体”) — the stem holds. A word the name ends on is not enough: 思想 of “党的指导思想” stands in 毛泽东思想, 自信
 * of “四个自信” in 道路自信 — members, not the set.
 */
function setStatedBy(shown: string, key: string, list: KeyList | undefined, context: string): boolean {
  let name: string | null | undefined;
  if (list && list.items.length > 1) {
    if (!list.label) return list.items.every((item) => item === key || shown.includes(item));
    name = list.label;
  } else {
    name = countedClassNamed(key) ? null : vocabularyClassClaim(key, context);
  }
  if (!name) return false;
  const core = /“([^”]+)”/.exec(name)?.[1];
  return [name, core].some((form) => form !== undefined && form.length >= 2 && shown.includes(form));
}


type FillBlankExplanationInput = { answers: string[]; key: KeyPlace; quoted: string; list?: KeyList; accepted?: string[][] };

/**
 * A 填空's 解析 and whether it teaches anything beyond the answer, its 出处 and the source sentence again (QUESTIONS.md
 * E: "Quoting the source sentence alone is not a 解析"): true when fillKeyTaught found a gloss, a definition, another
 * sentence of the course or a set or class the stem does not state, or, for several blanks, what a counted set a key
 * names holds (setHolds).
 * An accepted-variant note teaches nothing of why the key holds. confidence.ts sends a 填空 that teaches nothing to review.
 */
export function fillBlankExplanation(index: CourseIndex, input: FillBlankExplanationInput): { text: string; teaches: boolean; setNameOnly?: boolean } {
  const variants = (input.accepted ?? input.answers.map((answer) => acceptedVariants(answer)))
    .map((forms, at) => ({ answer: input.answers[at]!, others: forms.filter((form) => form !== input.answers[at]) }))
    .filter(({ others }) => others.length > 0)
    .map(({ answer, others }) => `${mark(answer)}写作${others.map(mark).join("或")}也算正确。`)
    .join("");
  const only = input.answers.length === 1 ? input.answers[0]! : undefined;
  const taught = only === undefined ? { text: input.answers.map(setHolds).join(""), teaches: false } : fillKeyTaught(index, only, input.list ?? enclosingHeadingList(index, input.key, only), input.key, input.quoted);
  const teaches = only === undefined ? taught.text !== "" : taught.teaches;
  const setNameOnly = "setNameOnly" in taught && taught.setNameOnly === true;
  return { text: `答案：${marks(input.answers)}。${passageCitation(index, input.key.located, input.key.offset)}原文：${evidence(input.quoted)}。${taught.text}${variants}`, teaches, ...(setNameOnly ? { setNameOnly } : {}) };
}

/** 判断题: why the statement is true, or what was changed and what the source says. */
export function explainTrueFalse(context: ExplainContext, input: TrueFalseExplanationInput): string {
  return trueFalseExplanation(context, input).text;
}

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

/**
 * A 判断's 解析, and whether it teaches (QUESTIONS.md E). A false statement says what the original says and why the
 * change is wrong there, which teaches. A true one confirmed only by quoting its source ("本句与…原文一致") teaches
 * nothing (readers, issue 16: "only says the statement matches the original"): it teaches when the course or the
 * lexicon says what its key is (a counted set the statement does not state, a gloss, the course's definition), when
 * it is a definition, or when it credits a quotation to its speaker told apart from another speaker's own quotation. Another sentence of the course that merely
 * mentions the key, or a class the speaker belongs to, was read as "unrelated" and teaches nothing.
 */
export function trueFalseExplanation(context: ExplainContext, input: TrueFalseExplanationInput): { text: string; teaches: boolean; contrasted?: boolean; contrast?: StatementChange } {
  const where = passageCitation(context.index, input.key.located, input.key.offset);
  const source = evidence(input.quoted);
  const { change, original } = input;
  if (!change) {
    const contrast = input.contrast ? trueContrast(context, input, input.contrast) : "";
    // A quotation credited to its speaker teaches when it is told apart from another speaker by that speaker's own quotation
    // in the course (speakerContrast), said after the evidence. Bare, "这段论述出自「习近平」" and the quotation again teaches
    // nothing: readers labelled all five published so needs-edit or discard (stop 35, 36); they wait in review.
    if (input.focus === "speaker") return { text: `正确。这段论述出自${mark(original)}。见${where}：${evidence(input.quoted, true)}。${contrast ? `${contrast}。` : ""}`, teaches: contrast !== "", contrasted: contrast !== "" };
    // A definition restated teaches no more than any true restatement (readers, stop 35: "only calls it a 定义 and repeats
    // the sentence"): it teaches with what the course or the lexicon says of the term it defines, or waits in review.
    if (input.focus === "definition") {
      const defined = `正确。本句是${where}给出的定义：${source}。`;
      const taught = fillKeyTaught(context.index, original, undefined, input.key, input.statement ?? input.quoted);
      const teaches = taught.teaches && !taught.elsewhereOnly;
      return { text: defined + (teaches ? taught.text : ""), teaches };
    }
    // A fact of record told apart from the sibling the false generator would have swapped in teaches by contrast.
    if (contrast) return { text: `正确。本句与${where}的原文一致：${source}。${contrast}。`, teaches: true, contrasted: true };
    const confirmed = `正确。本句与${where}的原文一致：${source}。`;
    const rule = input.focus === "number" ? null : ruleOfWhoTaught(context.index, input);
    if (rule) return { text: confirmed + rule.text, teaches: true, contrasted: true, contrast: rule.change };
    if (input.focus === "number") return { text: confirmed, teaches: false };
    const marked = markedListTeaching(input.key.located.passage.text, original, input.key.offset - original.length, "原文");
    if (marked) return { text: confirmed + marked, teaches: true };
    const list = enclosingHeadingList(context.index, input.key, original);
    const taught = fillKeyTaught(context.index, original, list, input.key, input.statement ?? input.quoted);
    if (taught.teaches && !taught.elsewhereOnly) return { text: confirmed + taught.text, teaches: true };
    return { text: confirmed + taught.text, teaches: false };
  }
  if (change.kind === "number-change") {
    const taught = changedNumberTaught(context, input, change.to);
    return { text: falseExplanation(context, input, where, source, change) + taught, teaches: taught !== "" };
  }
  // A speaker swapped in whom the course never names: the 解析 can only say it is not he, and the 判断 rests on knowledge
  // from outside the course or on the course's stock wrong name (温家宝 where every quotation is 习近平's, readers stop 36).
  // Nor does a term swapped for another of its set that nothing in the course or of record says what it is (stop 39).
  const teaches = change.kind === "speaker-swap" ? namedAnywhere(context.index, change.to) : change.kind !== "term-swap" || sharedVocabularyClass(original, change.to) === null || swappedTermTaught(context, input, change.to) !== "";
  return { text: falseExplanation(context, input, where, source, change), teaches };
}

/** What a rule's subject may be said as before its contrast: short, no lead naming the document. */
const MAX_RULE_SUBJECT = 30;

/**
 * A true rule of who decides, convenes, elects, approves, leads or is reported to, told apart from the body a false
 * version would swap in (readers, issue 16: "由全国代表大会决定, not 由中央委员会"): the other body of the same tier that the
 * key's document names in the same frame, with that body's own rule quoted whole and cited (rule-of-who.ts). Only in a
 * rule-setting text (an article). Null when the document gives no other body such a rule.
 */
function ruleOfWhoTaught(index: CourseIndex, input: TrueFalseExplanationInput): { text: string; change: StatementChange } | null {
  const located = input.key.located;
  if (!isArticle(located.passage.text)) return null;
  const statement = (input.statement ?? input.quoted).replace(/^按照《[^》]+》，/, "");
  const own = sentenceAt(located.passage, Math.max(0, input.key.offset - input.original.length), input.key.offset);
  const sentences: { text: string; place: number; located: LocatedPassage; at: number }[] = [];
  for (const other of index.passages) {
    if (other.passage.kind !== "prose" || other.module.source !== located.module.source) continue;
    for (const sentence of other.passage.sentences) {
      if (other === located && own && sentence.start === own.start) continue;
      const text = withoutArticleLead(sentence.text.trim()).trim();
      if (text.length > MAX_QUOTE || ANAPHORA.test(text)) continue;
      sentences.push({ text, place: sentences.length, located: other, at: sentence.end });
    }
  }
  const found = ruleContrast(statement, sentences);
  if (!found) return null;
  const cited = sentences[found.place]!;
  const subject = found.own.subject.length <= MAX_RULE_SUBJECT ? found.own.subject : "";
  return {
    text: `${subject ? `“${subject}”` : "本句所说的事项"}${sayFrame(found.own.frame, found.own.body)}，不是${sayFrame(found.own.frame, found.other.body)}；${sayFrame(found.own.frame, found.other.body)}的是另一事项，见${placeInDocument(index, cited.located, cited.at, input.key)}：${evidence(found.sentence)}。`,
    change: { kind: "term-swap", from: found.own.body, to: found.other.body },
  };
}

/**
 * What teaches a changed number beyond "原文的数字是X" and the source again (readers, stop 33 and issue 16: "does not
 * explain the rule or why the swapped value is wrong"), each only where the course says it: the same rule's other case
 * (numberBeside); where the swapped-in number really stands (sameCountElsewhere); else the kept number in another rule
 * of the same frame (第十六条同样规定“接待来访的巡视组工作人员一般不得少于二人”); for an effective date, the document's record
 * of its adoption, issue or the text it repeals (enactmentRecord); else, for a year, another sentence of its part that
 * states it (yearNearby). First of all, a moved anniversary year is taught by its arithmetic (anniversary.ts). Empty when
 * the course says none of these.
 */
function changedNumberTaught(context: ExplainContext, input: TrueFalseExplanationInput, to: string): string {
  const { original } = input;
  // A moved anniversary year (2021年是中国共产党成立一百周年 → 2024年) is taught by its arithmetic where the founding is of record.
  const anniversary = anniversaryTaught(input.quoted, original, to);
  if (anniversary) return anniversary;
  const beside = numberBeside(original, input.key, input.statement ?? input.quoted);
  const swapped = sameCountElsewhere(context, { ...input, statement: input.quoted }, to);
  // A date said again is the same fact, not another rule of the same count.
  const kept = beside || swapped || /\d{4}年/.test(original) ? null : sameCountPlace(context, { ...input, statement: input.quoted }, original, true);
  const step = beside ? "" : otherStepOfRule(input);
  const record = enactmentRecord(context.index, input, to);
  const year = beside || swapped || kept || record ? "" : yearTitled(context.index, input) || yearNearby(context.index, input);
  const otherCase = beside ? "" : thresholdOtherCase(input);
  const subject = beside || step || swapped || kept || record || year || otherCase ? "" : ruledSubjectTaught(context.index, input) || sameArticleCase(input);
  const consequence = beside || step || swapped || kept || record || year || otherCase || subject ? "" : ruleConsequence(input);
  // The same clause told twice, as the rule's other case and as where the swapped-in number stands (readers, stop 38):
  // said once, with its 出处.
  const besideSaid = swapped && beside.includes(to) ? "" : beside;
  return subject + besideSaid + otherCase + step + (swapped ? `${swapped}。` : "") + (kept ? `${kept.where}同样规定${evidence(kept.clause)}。` : "") + record + year + consequence;
}

/** A full date (2016年7月8日) and how a statement names its text's effective date with one. */
const FULL_DATE = /\d{4}年\d{1,2}月\d{1,2}日/g;
const EFFECTIVE_DATE = /自(\d{4}年\d{1,2}月\d{1,2}日)起施行/;
/** What a document records of its own making beside its effective date. */
const ENACTMENT_WORD = /审议通过|审议批准|批准|发布|印发|公布|修订|修正|废止/;
/** How long a clause of the record may be to be quoted. */
const MAX_RECORD = 90;

/**
 * For a false effective date (本条例自X起施行): the first clause of the key's document, other than the statement's own, that
 * dates the text's adoption, issue or revision, or the text it repeals (2009年7月2日中共中央印发的《…（试行）》同时废止; a
 * 题注 “2003年12月23日中共中央政治局会议审议批准 …”), quoted with its 出处; the swapped-in date is said to be there when it is.
 * A learner who keeps the dates apart knows when the text took effect. Empty when the document records no such date.
 */
function enactmentRecord(index: CourseIndex, input: TrueFalseExplanationInput, to: string): string {
  const effective = EFFECTIVE_DATE.exec(input.statement ?? input.quoted);
  if (!effective || effective[1] !== input.original) return "";
  const document = index.documentTitle(input.key.located.module);
  let first: { clause: string; where: string } | null = null;
  for (const located of index.passages) {
    if (located.passage.kind !== "prose" || index.documentTitle(located.module) !== document) continue;
    const text = located.passage.text;
    for (const match of text.matchAll(FULL_DATE)) {
      if (match[0] === input.original) continue;
      const clause = recordClause(text, match.index!, match.index! + match[0].length);
      if (!clause || !balanced(clause) || !ENACTMENT_WORD.test(clause) || (clause.includes(input.original) && clause.includes("施行"))) continue;
      const found = { clause, where: placeInDocument(index, located, match.index! + match[0].length, input.key) };
      // The swapped-in date, where the document has it, is the one to tell apart.
      if (match[0] === to) return `题中的${mark(to)}见${found.where}：${evidence(clause)}，不是施行日期。`;
      first ??= found;
    }
  }
  if (first) return `${first.where}还记载：${evidence(first.clause)}，注意与施行日期区分。`;
  // Else what the effective-date article rules with it: the texts it overrides (此前发布的…凡与本条例不一致的，按照本条例执行).
  const own = sentenceAt(input.key.located.passage, Math.max(0, input.key.offset - input.original.length), input.key.offset);
  const next = own ? input.key.located.passage.sentences.find((sentence) => sentence.start >= own.end) : undefined;
  const rule = next && closedNumbers(next.text.trim());
  return rule && rule.length <= MAX_RECORD && /施行|执行|废止|适用/.test(rule) ? `${placeInDocument(index, input.key.located, input.key.offset, input.key)}同时规定：${evidence(rule)}。` : "";
}

/**
 * The clause of a record around a date: to the next full stop or semicolon, from the last one; within a 题注 (in
 * parentheses, its entries apart by spaces: “2003年12月23日中共中央政治局会议审议批准 2003年12月31日中共中央发布”) the entry.
 */
function recordClause(text: string, at: number, end: number): string | null {
  let from = Math.max(...["。", "；", "\n"].map((stop) => text.lastIndexOf(stop, at))) + 1;
  const rest = /[。；\n]/.exec(text.slice(end));
  let to = rest ? end + rest.index : text.length;
  const sentence = text.slice(from, to).trim();
  if (/^（[^）]*\d{4}年[^）]*[\s\u3000]\d{4}年/.test(sentence)) {
    from = Math.max(...["（", " ", "\u3000"].map((stop) => text.lastIndexOf(stop, at))) + 1;
    to = end + (/[）\s\u3000]|$/.exec(text.slice(end))?.index ?? 0);
  }
  const clause = closedNumbers(withoutArticleLead(text.slice(from, to).trim()).trim());
  return clause.length > end - at && clause.length <= MAX_RECORD ? clause : null;
}

/** A time limit a rule sets (12个月内, 15个工作日内, 3年): its unit. */
const TIME_LIMIT = /[\d一二两三四五六七八九十百]+(?:个工作日|个月|工作日|年|日|天)(?:内|以内|之内)/g;

/**
 * The other step of the key's rule: another time limit the key's sentence sets in a clause the statement does not show
 * (自收到…之日起60个工作日内报送整改方案，并且自整改方案报送之日起12个月内报送整改情况报告), quoted as the same rule's next
 * deadline. Empty when the sentence sets no other.
 */
function otherStepOfRule(input: TrueFalseExplanationInput): string {
  const passage = input.key.located.passage;
  // A key cut before its noun (60个 of 60个工作日) is read with it.
  const counted = input.original + (/^(?:工作日|月)/.exec(passage.text.slice(input.key.offset))?.[0] ?? "");
  if (!/(?:个工作日|个月|工作日|年|日|天)$/.test(counted)) return "";
  const own = sentenceAt(passage, Math.max(0, input.key.offset - input.original.length), input.key.offset);
  if (!own) return "";
  const shown = input.statement ?? input.quoted;
  for (const match of own.text.matchAll(TIME_LIMIT)) {
    const at = own.start + match.index!;
    if (at === input.key.offset - input.original.length || NUMERAL.test(passage.text[at - 1] ?? "")) continue;
    const clause = commaClauseAround(passage.text, at, at + match[0].length, false);
    if (!clause || shown.includes(clause) || clause.length > MAX_OPTION_QUOTE || !RULE_NUMBER_WORD.test(clause)) continue;
    return `同一句接着规定${evidence(clause)}，注意与此处的${mark(input.original)}区分。`;
  }
  return "";
}

/**
 * What the key's rule binds, taught where the course says what it is: the thing the statement ends on (介绍人 of 要有两名
 * 正式党员作介绍人, 党的基层组织 of 都应当成立党的基层组织) met in another sentence of the course that opens on it with a verb of
 * rule or definition and stands alone (saysWhatKeyIs: 介绍人要认真了解申请人的思想、品质、经历和工作表现…). Empty when the
 * course says nothing more of it.
 */
function ruledSubjectTaught(index: CourseIndex, input: TrueFalseExplanationInput): string {
  const statement = (input.statement ?? input.quoted).replace(/[。；，]+$/, "");
  // The thing counted: the number's own clause when it ends on it (要有两名正式党员作介绍人), else the statement's end.
  const at = statement.indexOf(input.original);
  const clauseEnd = statement.slice(at).search(/[，；]/);
  const own = at >= 0 && clauseEnd > 0 ? statement.slice(0, at + clauseEnd) : statement;
  const ruled = own.endsWith("的") ? statement : own;
  return thingTaught(index, input, ruled, statement);
}

function thingTaught(index: CourseIndex, input: TrueFalseExplanationInput, ruled: string, statement: string): string {
  const words = taggedSpans(ruled);
  const end = words[words.length - 1];
  if (!end || !/^n/.test(end.tag)) return "";
  const before = words[words.length - 2];
  // The noun phrase ending the clause, longest first (党的基层组织 before 基层组织), whole words only; a one-character
  // noun closes a word with the one before it (介绍 + 人).
  const forms = [before && before.word !== "的" ? before.word + end.word : "", end.word].filter((form) => form.length >= 2 && /^[\u4e00-\u9fa5]+$/.test(form) && index.count(form) >= 2);
  const own = sentenceAt(input.key.located.passage, Math.max(0, input.key.offset - input.original.length), input.key.offset);
  for (const form of forms) {
    // Any sentence but the statement's own: the next paragraph of the same article often says what the thing is.
    const found = teachingPlaces(index, form).find(
      ({ located, at, whole }) => !(located.passage.id === input.key.located.passage.id && own && own.start <= at && at < own.end) && !statement.includes(whole.replace(/。$/, "")) && saysWhatKeyIs(whole, form),
    );
    if (found) return `原文还讲到${mark(form)}：${evidence(found.whole)}（${passageCitation(index, found.located, found.at + form.length)}）。`;
  }
  return "";
}

/**
 * The other side of the key's threshold: a part of the key's sentence, after a semicolon and not shown in the statement,
 * that rules on the same number (…不满六个月又自动回归的，给予撤销党内职务或者留党察看处分；脱离组织出走时间超过六个月的，按照
 * 自行脱党处理) — what the number divides. Empty when the sentence has no such part.
 */
function thresholdOtherCase(input: TrueFalseExplanationInput): string {
  const passage = input.key.located.passage;
  const own = sentenceAt(passage, Math.max(0, input.key.offset - input.original.length), input.key.offset);
  if (!own) return "";
  const shown = input.statement ?? input.quoted;
  const keyAt = input.key.offset - input.original.length - own.start;
  let from = 0;
  for (const part of own.text.split("；")) {
    const start = from;
    from += part.length + 1;
    const body = withoutArticleLead(part).replace(/[。]$/, "").trim();
    if ((start <= keyAt && keyAt < start + part.length) || shown.includes(body) || body.length > MAX_QUOTE) continue;
    const at = body.indexOf(input.original);
    if (at < 0 || NUMERAL.test(body[at - 1] ?? "") || NUMERAL.test(body[at + input.original.length] ?? "")) continue;
    return `同一句接着规定：${evidence(body)}。`;
  }
  return "";
}

/** A word of a rule's consequence: what is done once the rule's condition is met. */
const CONSEQUENCE_WORD = /应当|必须|予以|给予|除名|处理|追究/;

/**
 * What the key's rule leads to: the sentence right after the key's, in the same article, that points back at it (ANAPHORA) and
 * rules what follows (党员…连续六个月不参加党的组织生活…就被认为是自行脱党。支部大会应当决定把这样的党员除名，并报上级党组织
 * 批准) — what the right number governs. Empty when the next sentence is another rule, or there is none.
 */
function ruleConsequence(input: TrueFalseExplanationInput): string {
  const passage = input.key.located.passage;
  const own = sentenceAt(passage, Math.max(0, input.key.offset - input.original.length), input.key.offset);
  const next = own ? passage.sentences.find((sentence) => sentence.start >= own.end) : undefined;
  if (!next || articleLead(next.text.trim()) !== null) return "";
  const whole = next.text.trim().replace(/[。；]+$/, "").trim();
  if (whole.length > MAX_QUOTE || !ANAPHORA.test(whole) || !CONSEQUENCE_WORD.test(whole) || (input.statement ?? input.quoted).includes(whole)) return "";
  return `同一处原文接着规定其后果：${evidence(whole)}。`;
}

/**
 * The same article's other case of the key's count: another sentence of the key's passage stating a count of the same
 * unit about the same thing (four characters of the statement before the number: 留党察看处分，分为留党察看一年、留党察看二年
 * beside 留党察看期限最长不得超过二年). Empty when there is none.
 */
function sameArticleCase(input: TrueFalseExplanationInput): string {
  const unit = input.original.replace(QUANTITY_NUMBER, "");
  if (!unit || !QUANTITY_KEY.test(input.original) || /\d{4}年/.test(input.original)) return "";
  const statement = input.statement ?? input.quoted;
  const lead = statement.slice(0, Math.max(0, statement.indexOf(input.original)));
  const passage = input.key.located.passage;
  const own = sentenceAt(passage, Math.max(0, input.key.offset - input.original.length), input.key.offset);
  // A count, not a year (2018年) nor part of a longer number.
  const count = new RegExp(`(?<![\\d.])(?:\\d{1,3}|[一二两三四五六七八九十百]+)${escapeRegExp(unit)}`);
  for (const sentence of passage.sentences) {
    if (own && sentence.start === own.start) continue;
    const whole = withoutArticleLead(sentence.text.trim()).trim();
    if (whole.length > MAX_QUOTE || !count.test(whole) || ANAPHORA.test(whole)) continue;
    const shares = [...Array(Math.max(0, lead.length - 3)).keys()].some((at) => /^[\u4e00-\u9fa5]{4}$/.test(lead.slice(at, at + 4)) && whole.includes(lead.slice(at, at + 4)));
    if (shares) return `同一处原文还规定：${evidence(whole)}。`;
  }
  return "";
}

/** A key that is a year, or a year and month (1949年12月), not a full date: the event it dates is told by its year. */
const YEAR_KEY = /^(\d{4})年(?:\d{1,2}月)?$/;

/**
 * For a year: the title of a part above the key that names it (三、改革开放和社会主义现代化建设新时期（1978年—党的十八大）):
 * the year opens or closes the period the course is set out by. Empty when no title names it.
 */
function yearTitled(index: CourseIndex, input: TrueFalseExplanationInput): string {
  const year = YEAR_KEY.exec(input.original)?.[1];
  if (!year) return "";
  const titled = index.sectionPath(input.key.located.section.id).find((section) => new RegExp(`(?<!\\d)${year}(?!\\d)`).test(section.title) && /[—–\-－~～至到]/.test(section.title));
  if (!titled) return "";
  const title = titled.title.trim();
  const end = title.search(/[—–\-－~～至到]/) < title.indexOf(year) ? "终点" : "起点";
  return `本部分标题${quoted(title)}以${mark(input.original)}为这一时期的${end}。`;
}

/**
 * For a year: another sentence of the key's own part (its section) that states the same year — the event the year is
 * remembered by, told once more (1921年7月，党的一大通过中国共产党第一个纲领…) — quoted whole (teachingSentence's clause),
 * at most MAX_QUOTE characters. Empty when there is none.
 */
function yearNearby(index: CourseIndex, input: TrueFalseExplanationInput): string {
  const year = YEAR_KEY.exec(input.original)?.[0].replace(/\d{1,2}月$/, "");
  if (!year) return "";
  const own = sentenceAt(input.key.located.passage, Math.max(0, input.key.offset - input.original.length), input.key.offset);
  for (const passage of input.key.located.section.passages) {
    if (passage.kind !== "prose") continue;
    for (const sentence of passage.sentences) {
      if (passage.id === input.key.located.passage.id && own && sentence.start === own.start) continue;
      const at = sentence.text.indexOf(year);
      if (at < 0 || /\d/.test(sentence.text[at - 1] ?? "")) continue;
      // The part of the sentence (between semicolons) that dates its event by the year.
      const part = sentence.text.split("；").find((piece) => piece.includes(year)) ?? sentence.text;
      const whole = withoutArticleLead(part.trim().replace(/。$/, "")).replace(SENTENCE_LEAD, "").trim();
      if (whole.length > MAX_QUOTE) continue;
      return `同一部分还讲到：${evidence(whole)}。`;
    }
  }
  return "";
}

/**
 * What a true statement's key is told apart from, when the contrast is certain; empty otherwise: a sibling of a set
 * of the lexicon both belong to (「政治纪律」与「廉洁纪律」同属“党的纪律”（…），这里是「政治纪律」，不是「廉洁纪律」), another number
 * of the same shape the course says elsewhere (with where), another speaker the course quotes.
 */
export function trueContrast(context: ExplainContext, input: TrueFalseExplanationInput, contrast: StatementChange): string {
  const { original } = input;
  switch (contrast.kind) {
    case "term-swap": {
      // Only a set the passage certainly speaks of (vocabularyClassClaim), named by the document's time, holding both.
      const shared = vocabularyClassClaim(original, input.key.located.passage.text);
      const members = shared ? vocabularyClassMembers(shared) : [];
      if (!shared || !members.includes(contrast.to) || classPostdates(shared, context.index.documentYear(input.key.located.module))) return "";
      const set = isSelfNamedClass(shared) ? `在${quoted(shared)}中并列` : `同属${quoted(shared)}${members.length <= MAX_LISTED ? `（${members.join("、")}）` : ""}`;
      return `${mark(original)}与${mark(contrast.to)}${set}，这里是${mark(original)}，不是${mark(contrast.to)}`;
    }
    case "number-change": {
      // Said as another matter's number with its own frame quoted, never as "原文是X，不是Y": nothing in a true statement
      // was changed, and a correction of a number it does not hold misleads (readers, stop 38).
      const found = sameCountPlace(context, input, contrast.to);
      return found ? `${mark(contrast.to)}是另一事项的数字，见${found.where}：${evidence(found.clause)}，不要与本句的${mark(original)}混淆` : "";
    }
    case "speaker-swap":
      return speakerContrast(context.index, contrast.to, input.quoted);
    case "negation":
      return "";
  }
}

/**
 * For a 判断: where the key's document states `number` as a count of the same kind as the key (numberPlaces, then
 * sameCountFrame: 不超过10天 and 不超过2天; 1个月内 and 3个月内 — not a count of something else, 留党察看一年 beside
 * 判处三年以上有期徒刑), never in the statement's own sentence: the swapped-in number (`「1个月」出自第二十一条：“…”，
 * 不要与本句混淆`) or the key again in another rule. The frame is read in the statement as the source says it. Null when
 * the document does not state it so.
 */
function sameCountPlace(context: ExplainContext, input: TrueFalseExplanationInput, number: string, alike = false): { clause: string; where: string } | null {
  const statement = input.statement ?? input.quoted;
  for (const found of numberPlaces(context.index, number, input.key, input.original.length)) {
    const sentence = sentenceAt(found.located.passage, found.start, found.end);
    if (!sentence || !sameCountFrame(statement, input.original, found.located.passage.text, found.start, number)) continue;
    if (alike && !sameBoundWording(statement, input.original, found.located.passage.text, found.start)) continue;
    // The clauses around the number, with the clause before when the window opens leaning on it (并在免去兼任职务后…).
    const window = clauseWindow(sentence, found.start, found.end, 50);
    const leaning = LEANING_START.test(window.text) ? leanedOn(sentence, window) : window.text;
    // A clause that stops on the count (应当在搬入新办公用房后1个月内) never says what the count is for: the clause after it is
    // quoted with it, or the contrast is left out (readers, stop 39: "cut off mid-clause").
    const clause = endsOnCount(leaning, number) ? withClauseAfter(sentence.text, leaning) : leaning;
    if (!clause || clause.length > MAX_QUOTE) continue;
    if (!sameCountedThing(statement, input.original, found.located.passage.text, found.start)) continue;
    if (saidAsFigure(clause, number) || !balanced(clause) || ITEM_INSIDE.test(clause)) continue;
    return { clause, where: placeInDocument(context.index, found.located, found.end, input.key) };
  }
  return null;
}

/**
 * A list item's marker inside a clause (开除其党籍；（二）除前项规定的情况外…): the clause runs across two items of a list
 * and quotes the end of one with the start of another, which reads as garbled (readers, stop 38).
 */
const ITEM_INSIDE = /.[（(][一二三四五六七八九十]+[）)]/;

/**
 * Whether another rule sets the key's own number as the key's rule sets it: the same character right before and right after
 * it (在24小时内 beside 在24小时内), or a floor both (二人以上进行 beside 不得少于二人). A condition's threshold
 * (时间超过六个月，情节较重的) is no rule like a deadline (办理期限最长不得超过六个月) nor like another condition
 * (出走时间超过六个月的): quoted as "同样规定", it is an unrelated sentence that only shares the number (readers, stop 38).
 */
function sameBoundWording(text: string, number: string, other: string, otherAt: number): boolean {
  const at = text.indexOf(number);
  if (at < 0) return false;
  const around = (words: string, from: number) => [words[from - 1] ?? "", words[from + number.length] ?? ""];
  const [before, after] = around(text, at);
  const [otherBefore, otherAfter] = around(other, otherAt);
  return (before !== "" && before === otherBefore && after !== "" && after === otherAfter) || (lowerBound(text, at, number) && lowerBound(other, otherAt, number));
}

/** Whether a quoted clause ends on its count and the count's suffix (…后1个月内, …不超过5人): what the count is for is after it. */
function endsOnCount(clause: string, number: string): boolean {
  const at = clause.lastIndexOf(number);
  return at >= 0 && /^[内以前后起上]{0,2}[，；：]?$/.test(clause.slice(at + number.length));
}

/** A clause of `sentence` with the clause after it, or null when it is the sentence's last clause. */
function withClauseAfter(sentence: string, clause: string): string | null {
  const trimmed = clause.replace(/[，；：]$/, "");
  const at = sentence.indexOf(trimmed);
  if (at < 0) return null;
  const end = at + trimmed.length;
  if (!/^[，；：]/.test(sentence.slice(end))) return null;
  const next = sentence.slice(end + 1).search(/[，；：。]/);
  return sentence.slice(at, next < 0 ? sentence.length : end + 1 + next).replace(/[。，；：]$/, "");
}

/** Bounds said before a count (人数不超过300人, 记者一般不超过5人, 不得少于二人). */
const BOUND_BEFORE = /(?:一般|原则上|最多|均)?(?:不得|不)?(?:超过|少于|多于)$|(?:至少)$/;

/**
 * Whether two bounded counts that are no length of time count the same thing: the two characters before their bound
 * (人数不超过300人 is a meeting's size, 工作人员不超过40人 a delegation's staff; 记者一般不超过5人 and 工作人员总数原则上不超过50人
 * are reporters and staff). A cap on another thing is another subject, and contrasting it misleads (readers, stop 39:
 * "an unrelated 40人 figure that nothing in the statement could be confused with"). Deadlines (1个月内 beside 3个月内)
 * and counts said without a bound keep sameCountFrame's judgement.
 */
function sameCountedThing(text: string, number: string, other: string, otherAt: number): boolean {
  const at = text.indexOf(number);
  if (at < 0 || countsTime(text, at, number)) return true;
  const thing = (words: string, from: number): string | null => {
    const before = words.slice(Math.max(0, from - 16), from);
    const bound = BOUND_BEFORE.exec(before);
    return bound ? before.slice(0, bound.index).replace(/[，；：、（）()]/g, "").slice(-2) : null;
  };
  const own = thing(text, at);
  const others = thing(other, otherAt);
  return own === null || others === null || own === others;
}

/** Whether a count is a length of time (6个月, 15个工作日, 2年, 10天). */
function countsTime(text: string, at: number, number: string): boolean {
  return /^个?(?:工作日|月|年|日|天|小时|周|星期)/.test(number.replace(QUANTITY_NUMBER, "") + text.slice(at + number.length, at + number.length + 3));
}

/** A clause window that opens leaning on the clause before it, with that clause. */
function leanedOn(sentence: { text: string; start: number }, window: { text: string; start: number }): string {
  const at = window.start - sentence.start;
  const from = sentence.text.lastIndexOf("，", at - 2) + 1;
  return sentence.text.slice(from, at + window.text.length);
}

/**
 * Whether a 判断's number may be changed to `other` with a 解析 that says where `other` stands: the key's document states it
 * as a count of the statement's kind (sameCountPlace), so the falsehood is another rule's number, told apart.
 */
export function swappedNumberStated(context: ExplainContext, input: { original: string; key: KeyPlace; statement: string }, other: string): boolean {
  return sameCountPlace(context, { original: input.original, change: null, key: input.key, quoted: input.statement, statement: input.statement }, other) !== null;
}

/** sameCountPlace said as where the swapped-in number comes from; empty when there is none. */
function sameCountElsewhere(context: ExplainContext, input: TrueFalseExplanationInput, other: string): string {
  const found = sameCountPlace(context, input, other);
  return found ? `${mark(other)}出自${found.where}：${evidence(found.clause)}，不要与本句混淆` : "";
}

/** A passage's 出处 from the key's place: without the document's name when it is the key's document. */
function placeInDocument(index: CourseIndex, located: LocatedPassage, offset: number, key: KeyPlace): string {
  const full = passageCitation(index, located, offset);
  const document = `《${index.documentTitle(key.located.module)}》`;
  return index.documentTitle(located.module) === index.documentTitle(key.located.module) && full.startsWith(document) && full !== document ? full.slice(document.length) : full;
}

/** What may follow a count of one kind (1个月内, 三年以上, 2天前). */
const COUNT_SUFFIX = /^[内以前后起]/;

/**
 * Whether two numbers are counts of one kind: the two characters before them are the same (不超过10天, 不超过2天), or
 * the character after is the same limit (1个月内, 3个月内).
 */
export function sameCountFrame(text: string, number: string, other: string, otherAt: number, otherNumber: string): boolean {
  const at = text.indexOf(number);
  if (at < 0) return false;
  const before = text.slice(Math.max(0, at - 2), at);
  const after = text.slice(at + number.length, at + number.length + 1);
  const otherBefore = other.slice(Math.max(0, otherAt - 2), otherAt);
  const otherAfter = other.slice(otherAt + otherNumber.length, otherAt + otherNumber.length + 1);
  return (before.length === 2 && before === otherBefore) || (COUNT_SUFFIX.test(after) && after === otherAfter) || (sameUnit(number, otherNumber) && lowerBound(text, at, number) && lowerBound(other, otherAt, otherNumber));
}

/** Two counts of one unit (二人, 两人): the same last character, after a numeral. */
function sameUnit(number: string, other: string): boolean {
  const unit = number.replace(QUANTITY_NUMBER, "");
  return unit !== "" && unit === other.replace(QUANTITY_NUMBER, "");
}

/**
 * Whether a count is a least number, however said: 二人以上进行 and 不得少于二人 set the same floor (a 暗访 by 二人以上
 * beside 接待来访…一般不得少于二人).
 */
function lowerBound(text: string, at: number, number: string): boolean {
  return /(?:不少于|不得少于|至少)$/.test(text.slice(Math.max(0, at - 4), at)) || /^以上/.test(text.slice(at + number.length));
}

function falseExplanation(context: ExplainContext, input: TrueFalseExplanationInput, where: string, source: string, change: StatementChange): string {
  const { original } = input;
  switch (change.kind) {
    case "negation":
      return `错误。${where}原文是肯定的定义：${source}。题中把“是”改成了“不是”，意思正好相反。`;
    case "number-change":
      return `错误。原文的数字是${mark(original)}，题中改成了${mark(change.to)}。${where}原文：${source}。`;
    case "speaker-swap": {
      // The swapped speaker is said to be the source of another passage only when the course quotes them elsewhere;
      // a single article quoting one leader gets the plain correction (readers marked the claim wrong, issue 16).
      // When it is, that speaker's own quotation is quoted with its 出处 (speakerContrast): what he did say, not only that he
      // said something else.
      const elsewhere = quotesSpeaker(context.index, change.to, input.quoted);
      const contrast = elsewhere ? speakerContrast(context.index, change.to, input.quoted) : "";
      return `错误。这段论述出自${mark(original)}，不是${mark(change.to)}${contrast ? `；${contrast}` : elsewhere ? `；${mark(change.to)}是课程中另一段论述的出处` : ""}。见${where}：${evidence(input.quoted, true)}。`;
    }
    case "term-swap": {
      const shared = sharedVocabularyClass(original, change.to);
      const origin = context.inventory.origins.get(change.to);
      const told = swappedTermTaught(context, input, change.to);
      const why = shared
        ? `两者${isSelfNamedClass(shared) ? `在${quoted(shared)}中并列` : `同属${quoted(shared)}`}，但不能互换${told ? `。${told}` : ""}`
        : origin
          ? `${mark(change.to)}${origin.kind === "list-item" && origin.label ? `是${quoted(origin.label)}中的一项` : "是课程中另外提到的概念"}（见${originPlace(context, origin, input.key)}），放在这里改变了原意`
          : `换词后改变了原意`;
      return `错误。原文是${mark(original)}，题中换成了${mark(change.to)}；${why}。${where}原文：${source}。`;
    }
  }
}

/**
 * What a term swapped into a false 判断 is, where it shares the original's set: a sentence of the course that says what it
 * is or what rule binds it, else a gloss of record of it as a member of that set. "Both are of the set, but not
 * interchangeable" alone says nothing of what the swapped term is or why it is wrong here (readers, stop 39: "never says
 * what actually applies to 停职检查"). Empty when neither is there, or the terms share no set.
 */
export function swappedTermTaught(context: ExplainContext, input: TrueFalseExplanationInput, swapped: string): string {
  const shared = sharedVocabularyClass(input.original, swapped);
  if (!shared) return "";
  const taught = optionTaught(context.index, swapped, [input.original], input.key, new Set());
  if (taught) return taught;
  const gloss = termGloss(swapped, input.key.located.passage.text, -1, shared);
  return gloss && !gloss.gloss.includes(input.original) ? `${mark(swapped)}：${gloss.gloss}（${gloss.source}）` : "";
}

/** How a 简答 is marked: points per 要点, and what earns them. */
export const POINTS_PER_KEY_POINT = 2;

export function markingGuide(keyPoints: string[]): string {
  if (keyPoints.length <= 1) return `评分参考：满分${POINTS_PER_KEY_POINT}分，答出参考答案的意思即得满分，不必与原文字字相同，只写出个别关键词的得1分。`;
  const total = keyPoints.length * POINTS_PER_KEY_POINT;
  return `评分参考：共${keyPoints.length}个要点，每个要点${POINTS_PER_KEY_POINT}分，满分${total}分；意思相符即可得分，不必与原文字字相同，只写出个别关键词的得1分。`;
}

function heldArticles(index: CourseIndex, sectionId: string): boolean {
  const held = index.section(sectionId)?.section;
  return held !== undefined && articleRange(held) !== null;
}

/**
 * 简答题: where the model answer comes from, what the source says each 要点 means (short-answer-teaching.ts), and how it
 * is marked. `teaches` is false when a heading list's points mostly have nothing under them to say, or a definition's
 * passage says nothing more of it (QUESTIONS.md E: structure and marking guide teach nothing); undefined for the kinds
 * not judged (a speech's announced list, an enumeration).
 */
export function explainShortAnswer(index: CourseIndex, input: { module: Module; sectionId: string; key?: KeyPlace; kind: "heading-list" | "announced-list" | "enumeration" | "definition" | "role" | "standing"; keyPoints: string[]; subject: string }): { text: string; teaches?: boolean } {
  const where = input.key ? passageCitation(index, input.key.located, input.key.offset) : citation(index, { module: input.module, sectionId: input.sectionId });
  const definitional = input.kind === "definition" || input.kind === "role" || input.kind === "standing";
  let taught = "";
  let teaches: boolean | undefined;
  if (definitional && input.key) {
    const next = definitionFollowUp(input.key.located, input.key.offset, input.subject);
    // Where the passage says nothing more of it, the course's other statement of the term, with its 出处.
    const other = next ? null : otherStatement(index.passages, input.key.located, input.subject, input.keyPoints[0] ?? "");
    taught = next ? `原文接着说：${quoted(next)}。` : other ? `${passageCitation(index, other.located, other.offset)}还说：${quoted(other.text)}。` : "";
    teaches = next !== null || other !== null;
  } else if (input.kind === "announced-list") {
    // The paragraphs a speech sets its list out in say what each item asks; an item they leave bare leaves the 解析 short.
    const held = index.section(input.sectionId)?.section;
    const gists = held ? announcedListGists(held.passages, input.keyPoints) : input.keyPoints.map(() => null);
    taught = renderGists(input.keyPoints, gists);
    teaches = gistsTeach(gists);
  } else if (input.kind === "heading-list") {
    const held = index.section(input.sectionId)?.section;
    const gists = held ? headingListGists(held, input.keyPoints) : input.keyPoints.map(() => null);
    taught = renderGists(input.keyPoints, gists);
    teaches = gistsTeach(gists);
  }
  const basis = definitional
    ? `${where}给出了${mark(input.subject)}的${{ role: "地位和作用", standing: "地位", definition: "定义" }[input.kind as "role" | "standing" | "definition"]}${input.keyPoints.length > 1 ? `，参考答案按其组成分为${input.keyPoints.length}个要点：${input.keyPoints.map((point, at) => `（${at + 1}）${point}`).join("；")}` : ""}。`
    : input.kind === "heading-list"
      ? heldArticles(index, input.sectionId)
        ? `${where}共${input.keyPoints.length}条，参考答案的要点即各条开头概括的要求。`
        : `${where}分${input.keyPoints.length}个小标题论述，参考答案的要点即各小标题。`
      : input.kind === "announced-list"
        ? `${where}提出${mark(input.subject)}，随后分${input.keyPoints.length}段逐一论述，参考答案的要点即各段开头所述。`
        : `${where}列举了${input.subject ? `${quoted(input.subject)}共` : ""}${input.keyPoints.length}项，参考答案的要点即各项。`;
  return { text: `${basis}${taught}${markingGuide(input.keyPoints)}`, ...(teaches === undefined ? {} : { teaches }) };
}
