import type { Module } from "@/lib/content/types";
import type { BlankSite } from "./blank-sites";
import { buildCandidate } from "./build-candidate";
import { sentenceAt, type CourseIndex, type LocatedPassage } from "./course-index";
import { isDocumentSpeaker, numberDistractors, pickDistractors, wrongSpeakerPool, type DistractorInventory } from "./distractors";
import { sharedVocabularyClass, vocabularySiblings } from "./party-vocabulary";
import { fitsSlotElsewhere } from "./slot-check";
import { quoteExcerpt, sharedCredit } from "./quote-excerpt";
import { seededRandom, type Random } from "./seeded-random";
import { namedAnywhere, swappedNumberStated, trueFalseExplanation } from "./explanation";
import { asStatement, clauseWindow } from "./source-text";
import { changeImpliedByBound, changeImpliedByCondition, countNamesPlan, countRuledOutByFrame, oneAfterEvery } from "./count-frame";
import { nearSynonyms, OVERLAPPING_CLASSES } from "./confidence";
import { isVerbLed } from "./target-importance";
import { judgeTerm, taggedSpans } from "./term-quality";
import type { Candidate, StatementChange } from "./types";

const FALSE_ATTEMPT_RATE = 0.9;

interface Statement {
  located: LocatedPassage;
  /** The source sentence, quoted in the explanation. */
  source: { text: string; start: number; end: number };
  text: string;
  /** The part a controlled change may replace: offsets into text. */
  target: { start: number; end: number };
  /** The source text to quote in the 解析 when it is not `text` (a quotation, for a statement naming its speaker). */
  evidence?: string;
  /** Passage offset just after the tested text, to find its article or section. */
  keyEnd: number;
  pool: "term" | "number" | "person" | "document" | "definition";
  knowledgePointId?: string;
}

/**
 * 判断题: a statement from the text, true as written or made false by one controlled change (a key
 * term swapped for another of the course, a number moved, the speaker of a quotation changed, a
 * definition negated). A seeded coin per statement tries a change 90% of the time; about a third
 * of the statements come out false, as a change is refused when it is not of the same kind.
 */
export function generateTrueFalse(module: Module, termSites: BlankSite[], numberSites: BlankSite[], index: CourseIndex, inventory: DistractorInventory, speakersUsed: Map<string, number> = new Map()): Candidate[] {
  const statements = [...termStatements(termSites, index), ...numberSites.map(siteStatement).filter((statement) => statement !== null), ...quoteStatements(module, index), ...definitionStatements(module, index)];
  return statements.flatMap((statement) => {
    const random = seededRandom(`true-false:${statement.located.passage.id}:${statement.text}`);
    // Not every statement can be made false plausibly (a swap must keep the head word), so a change is tried far more often than half the time.
    const attempt = random() < FALSE_ATTEMPT_RATE;
    let change = attempt ? controlledChange(statement, index, inventory, random, speakersUsed) : null;
    const original = statement.text.slice(statement.target.start, statement.target.end);
    // A swap the rest of the statement contradicts (政治纪律 said again after 廉洁纪律, 二人以上 after 四人) gives itself
    // away: the false statement keeps only the clause holding the swap when that clause stands alone, else none is made.
    let shown = { text: statement.text, target: statement.target };
    if (change && (change.kind === "term-swap" || change.kind === "number-change") && swapGivesItselfAway(statement.text, statement.target, original, change.to)) {
      const clause = swapClause(statement.text, statement.target, original, change.to);
      if (clause) shown = clause;
      else change = null;
    }
    // The true statement is contrasted with the change the false one makes (or would make: a change of its own seed
    // when no change was tried), when that change is a certain one (trueContrastCandidate).
    const contrast = trueContrastCandidate(statement, original, attempt ? change : controlledChange(statement, index, inventory, seededRandom(`true-false-contrast:${statement.located.passage.id}:${statement.text}`)));
    const made = (answer: boolean, told: StatementChange | null = contrast): Candidate => candidate(module, statement, index, inventory, original, answer ? null : change, shown, answer ? told : null);
    // A true statement its seeded contrast cannot teach may still be told apart from another certain one: a sibling of the
    // lexicon, a number of the same frame in another rule, another speaker's own quotation (otherContrasts); the first
    // whose 解析 names it.
    const otherwiseTold = (): Candidate | null => {
      for (const other of otherContrasts(statement, original, index, inventory, contrast)) {
        const told = made(true, other);
        if (told.evidence.contrast) return told;
      }
      return null;
    };
    if (change?.kind === "speaker-swap") speakersUsed.set(change.to, (speakersUsed.get(change.to) ?? 0) + 1);
    if (!change) {
      const only = made(true);
      return [only.evidence.contrast || only.evidence.explanationTeaches ? only : (otherwiseTold() ?? only)];
    }
    // The true statement is offered beside the false one only when its 解析 names the contrast (explanation/true-false.ts trueContrast).
    const told = contrast ? made(true) : null;
    if (!told?.evidence.contrast) {
      // A rule of who decides told apart from another body's rule of the document (explanation/true-false.ts ruleOfWhoTaught), or the
      // statement told apart from another certain contrast, is offered after the false statement: it publishes only where
      // the false one is doubted, or stands in for it when the published 判断 lean false (FALSE_SURPLUS).
      const ruled = made(true);
      const other = ruled.evidence.contrast ? ruled : otherwiseTold();
      return other ? [made(false), other] : [made(false)];
    }
    // One fact, one question: both the true and the false statement of a sentence are drafted, in a seeded order; the
    // sentence goes to the first the quality gate publishes (generate-question-bank's SentenceUse), the other is dropped.
    const trueFirst = seededRandom(`true-false-order:${statement.located.passage.id}:${statement.text}`)() < TRUE_FIRST_RATE;
    return trueFirst ? [told, made(false)] : [made(false), told];
  });
}

/**
 * The share of sentences with both a meaningful falsehood and a certain contrast whose true statement is offered
 * first: the rest offer their false one first (the true one publishes only where the false one is doubted).
 */
const TRUE_FIRST_RATE = 0.75;

/**
 * A change the true statement's 解析 may name as what the statement does not say: one within a set the statement's
 * parts do not overlap in (not 政治建设 for 纪律建设, OVERLAPPING_CLASSES), never a near-synonym, never one the rest of
 * the statement gives away; null otherwise. The 解析 still names it only where the course or lexicon makes it certain.
 */
function trueContrastCandidate(statement: Statement, original: string, change: StatementChange | null): StatementChange | null {
  // Never a contrast the statement itself says (1年内…，2年内…: 「2年」, not 「1年」 reads as a contradiction).
  if (!change || change.kind === "negation" || statement.text.includes(change.to)) return null;
  // Another speaker is a contrast only by that speaker's own quotation in the course (explanation/quotations.ts speakerContrast): a bare
  // "不是「江泽民」（课程中另一段论述的出处）" told the learner nothing (readers, stop 33); the 解析 names none otherwise.
  if (change.kind === "term-swap") {
    const shared = sharedVocabularyClass(original, change.to);
    if (!shared || OVERLAPPING_CLASSES.has(shared) || nearSynonyms(original, change.to)) return null;
  }
  if ((change.kind === "term-swap" || change.kind === "number-change") && swapGivesItselfAway(statement.text, statement.target, original, change.to)) return null;
  return change;
}

/** How many other changes a true statement may be told apart from, tried in turn. */
const MAX_OTHER_CONTRASTS = 6;

/**
 * Changes other than the seeded one a true statement may be contrasted with, each a certain one (trueContrastCandidate):
 * numbers of the same shape no frame rules out, siblings of the key's lexicon class that fit no other slot of the course,
 * speakers of the same kind of era. The 解析 names one only where the course says it (explanation/true-false.ts trueContrast).
 */
function otherContrasts(statement: Statement, original: string, index: CourseIndex, inventory: DistractorInventory, tried: StatementChange | null): StatementChange[] {
  if (statement.pool === "definition") return [];
  const random = seededRandom(`true-false-other-contrast:${statement.located.passage.id}:${statement.text}`);
  const changes: StatementChange[] =
    statement.pool === "number"
      ? numberChanges(statement, original, index, inventory, random, MAX_OTHER_CONTRASTS).map((to) => ({ kind: "number-change", from: original, to }))
      : statement.pool === "term"
        ? vocabularySiblings(original)
            .filter((to) => !fitsSlotElsewhere(index, statement.text, statement.target, to))
            .map((to) => ({ kind: "term-swap", from: original, to }))
        : wrongSpeakerPool(original, statement.evidence ?? statement.text, inventory.persons)
            .filter((person) => person !== original)
            .map((to) => ({ kind: "speaker-swap", from: original, to }));
  return changes
    .filter((change) => change.to !== tried?.to)
    .filter((change) => trueContrastCandidate(statement, original, change) !== null)
    .slice(0, MAX_OTHER_CONTRASTS);
}

function candidate(module: Module, statement: Statement, index: CourseIndex, inventory: DistractorInventory, original: string, change: StatementChange | null, shown: { text: string; target: { start: number; end: number } }, contrast: StatementChange | null): Candidate {
  const text = change ? shown.text.slice(0, shown.target.start) + change.to + shown.text.slice(shown.target.end) : statement.text;
  const explanation = trueFalseExplanation(
    { index, inventory },
    {
      original,
      change,
      focus: statement.pool === "person" || statement.pool === "document" ? "speaker" : statement.pool,
      statement: statement.text,
      key: { located: statement.located, offset: statement.keyEnd },
      // The evidence is the source text of the statement: its clause window, or the quotation.
      quoted: statement.evidence ?? statement.text,
      contrast,
    },
  );
  return buildCandidate(
    {
      type: "TRUE_FALSE",
      focus: statement.pool === "person" || statement.pool === "document" ? "speaker" : statement.pool === "definition" ? "definition" : statement.pool,
      stem: asStatement(text),
      options: [],
      answer: change === null,
      explanation: explanation.text,
      moduleId: module.id,
      sectionId: statement.located.section.id,
      passageId: statement.located.passage.id,
      ...(statement.knowledgePointId ? { knowledgePointId: statement.knowledgePointId } : {}),
      span: { start: statement.source.start, end: statement.source.end },
    },
    {
      sentence: change ? shown.text : statement.text,
      answers: [original],
      distractors: change ? [change.to] : [],
      blanks: [change ? shown.target : statement.target],
      explanationTeaches: explanation.teaches,
      ...(change ? { change } : {}),
      ...(!change && explanation.contrasted && (explanation.contrast ?? contrast) ? { contrast: (explanation.contrast ?? contrast)! } : {}),
    },
    index,
  );
}

const RANGE_DASH = "[—–\\-－~～至到]";
const RANGE_START_BEFORE = new RegExp(`\\d{4}年?\\s*${RANGE_DASH}\\s*$`);
const RANGE_END_AFTER = new RegExp(`^年?\\s*${RANGE_DASH}\\s*\\d{4}`);

/** Is text[target] a year that opens or closes a range (2018—2022年, 2013年至2017年)? The other end gives any change away. */
export function isYearRangeEnd(text: string, target: { start: number; end: number }): boolean {
  if (!/^\d{4}年?$/.test(text.slice(target.start, target.end).trim())) return false;
  return RANGE_START_BEFORE.test(text.slice(0, target.start)) || RANGE_END_AFTER.test(text.slice(target.end));
}

function controlledChange(statement: Statement, index: CourseIndex, inventory: DistractorInventory, random: Random, speakersUsed: ReadonlyMap<string, number> = new Map()): StatementChange | null {
  const original = statement.text.slice(statement.target.start, statement.target.end);
  if (statement.pool === "definition") return { kind: "negation", from: "是", to: "不是" };
  if (statement.pool === "number") {
    // A year that opens or closes a range is not moved: 2018—2017年 or a 五年规划 of 2018—2019年 is a falsehood anyone sees.
    if (isYearRangeEnd(statement.text, statement.target)) return null;
    // Never a count the words around it rule out (一人 in 由（　）共同承办, 不得少于（　）): a falsehood anyone sees; nor one
    // a condition's bound still covers (四人以上…的 is also 二人以上): no falsehood at all.
    const [to] = numberChanges(statement, original, index, inventory, random, 1);
    return to ? { kind: "number-change", from: original, to } : null;
  }
  // A swapped term keeps the original's head word (经济建设 for 作风建设), so the false statement is a
  // meaningful falsehood of the same kind; a one-word term keeps its last character and its length.
  const head = headWord(original);
  // A term of the lexicon is swapped for a sibling of its class first (政治纪律 → 组织纪律): the falsehood a learner can tell.
  const siblings = statement.pool === "term" ? vocabularySiblings(original) : [];
  const pool =
    siblings.length > 0
      ? siblings
      : statement.pool === "term"
      ? inventory.terms.filter((term) => (head ? headWord(term) === head : term.length === original.length && term.slice(-1) === original.slice(-1)))
      : statement.pool === "person"
        ? // Never a speaker whose time cannot hold the quotation's words (邓小平 before 全面从严治党永远在路上): false by era, not by knowledge;
          // nor the one the document's title names (《江泽民文选》, 习近平：在…的讲话): he says the words, quoting them (readers, B).
          wrongSpeakerPool(original, statement.evidence ?? statement.text, inventory.persons).filter((person) => !index.documentTitle(statement.located.module).includes(person))
        : inventory.documents;
  const pick = (from: readonly string[]): string | undefined =>
    pickDistractors(original, from, {
      count: 1,
      random,
      exclude: [],
      course: index,
      // Never a verb phrase for a term (关心群众 was the swap of sixteen statements) nor a near-synonym, which would leave the statement true.
      alsoCorrect: (text) =>
        statement.text.includes(text) ||
        fitsSlotElsewhere(index, statement.text, statement.target, text) ||
        (statement.pool === "term" && ((isVerbLed(text) && !isVerbLed(original)) || nearSynonyms(text, original))),
    })[0];
  // A wrong speaker is spread across the course (speakerTiers): the first tier that yields one gives it.
  const tiers = statement.pool === "person" ? speakerTiers(pool, speakersUsed, courseSpeakers(index), (person) => namedAnywhere(index, person)) : [pool];
  let to: string | undefined;
  for (const tier of tiers) if (tier.length > 0 && (to = pick(tier)) !== undefined) break;
  if (!to) return null;
  return { kind: statement.pool === "term" ? "term-swap" : "speaker-swap", from: original, to };
}

/**
 * The wrong speakers a false attribution may draw, in the order they are tried: the course's own speakers not yet swapped
 * into a 判断 of the course, then the speakers it names (not quoting them) not yet swapped in, then the course's speakers
 * again, then those it names, then the whole pool. The same speaker swapped into every false attribution of a course
 * (邓小平 in five of one commentary, stop 36 readers) is a pattern a learner learns; a speaker the course quotes is the
 * plausible one (its 解析 quotes what he did say, explanation/quotations.ts speakerContrast), and one it never names leaves the 解析
 * nothing to say of him (UNSAID_SWAP_SPEAKER).
 */
export function speakerTiers(pool: readonly string[], used: ReadonlyMap<string, number>, quoted: ReadonlySet<string>, named: (person: string) => boolean = () => false): string[][] {
  const fresh = (person: string) => (used.get(person) ?? 0) === 0;
  const ofCourse = pool.filter((person) => quoted.has(person));
  const namedOnly = pool.filter((person) => !quoted.has(person) && named(person));
  return [ofCourse.filter(fresh), namedOnly.filter(fresh), ofCourse, namedOnly, [...pool]];
}

/** The speakers the course credits a quotation to. */
export function courseSpeakers(index: CourseIndex): Set<string> {
  return new Set(index.modules.flatMap((module) => module.knowledgePoints.flatMap((point) => (point.kind === "quote" && point.speaker ? [point.speaker] : []))));
}

/**
 * Up to `count` numbers a statement's number may be moved to: of its shape, never one the words around it rule out, one a
 * condition's bound still covers, or a count in a plan's name (三年行动计划: a name of record the course says nothing more of).
 */
function numberChanges(statement: Statement, original: string, index: CourseIndex, inventory: DistractorInventory, random: Random, count: number): string[] {
  const before = statement.text.slice(0, statement.target.start);
  const after = statement.text.slice(statement.target.end);
  if (isYearRangeEnd(statement.text, statement.target) || countNamesPlan(after)) return [];
  // Another rule's number of the statement's kind first: the 解析 then says where it stands (不要与本句混淆).
  const place = { original, key: { located: statement.located, offset: statement.keyEnd }, statement: statement.evidence ?? statement.text };
  const stated = (text: string) => swappedNumberStated({ index, inventory }, place, text);
  return numberDistractors(original, inventory.numbers, count, random, (text) => countRuledOutByFrame(text, before, after) || oneAfterEvery(text, before) || changeImpliedByCondition(original, text, before, after) || changeImpliedByBound(original, text, before, after), false, { taught: stated, inKeyFrame: stated });
}

/** The last word of a compound term (建设 of 作风建设), or null for a one-word term. */
function headWord(term: string): string | null {
  const words = taggedSpans(term);
  return words.length > 1 && words[words.length - 1]!.word.length >= 2 ? words[words.length - 1]!.word : null;
}

/** One statement per sentence that holds a clean key term of the module, the first such term as the part to change. */
function termStatements(sites: BlankSite[], index: CourseIndex): Statement[] {
  const seen = new Set<string>();
  const statements: Statement[] = [];
  for (const site of sites) {
    const key = `${site.located.passage.id}:${site.sentence.start}`;
    // Statements come from sentences holding one of the module's own key terms, the sentences the module is about.
    if (seen.has(key) || site.focus !== "term" || !site.knowledgePointId || judgeTerm(site.answer, index) !== "ok") continue;
    seen.add(key);
    const statement = siteStatement(site);
    if (statement) statements.push(statement);
  }
  return statements;
}

const MAX_STATEMENT_WINDOW = 60;

function siteStatement(site: BlankSite): Statement | null {
  const window = wholeWindow(site.sentence, clauseWindow(site.sentence, site.start, site.end, MAX_STATEMENT_WINDOW));
  if (!window) return null;
  return {
    located: site.located,
    source: site.sentence,
    text: window.text,
    target: { start: site.start - window.start, end: site.end - window.start },
    keyEnd: site.end,
    pool: site.focus === "number" ? "number" : "term",
    ...(site.knowledgePointId ? { knowledgePointId: site.knowledgePointId } : {}),
  };
}

/** “Speaker指出：“quotation”” with the quotation cut to a readable excerpt. */
function quoteStatements(module: Module, index: CourseIndex): Statement[] {
  const statements: Statement[] = [];
  for (const point of module.knowledgePoints) {
    if (point.kind !== "quote" || !point.speaker || !point.span) continue;
    const located = index.passage(point.span.passage);
    if (!located) continue;
    const speakerAt = located.passage.text.lastIndexOf(point.speaker, point.span.start);
    if (speakerAt < 0 || point.span.start - speakerAt > 60) continue;
    // Credited to several authors (马克思、恩格斯指出): the one speaker named would credit it otherwise than the course.
    if (sharedCredit(located.passage.text, speakerAt)) continue;
    const excerpt = quoteExcerpt(point.text);
    statements.push({
      located,
      source: { text: located.passage.text.slice(speakerAt, point.span.end + 1), start: speakerAt, end: point.span.end + 1 },
      text: `${point.speaker}指出：“${excerpt}”`,
      target: { start: 0, end: point.speaker.length },
      keyEnd: point.span.end,
      evidence: point.text,
      pool: isDocumentSpeaker(point.speaker) ? "document" : "person",
      knowledgePointId: point.id,
    });
  }
  return statements;
}

/** “X是Y” definitions, whose change is a negation (X不是Y). */
function definitionStatements(module: Module, index: CourseIndex): Statement[] {
  const statements: Statement[] = [];
  for (const point of module.knowledgePoints) {
    if (point.kind !== "definition" || !point.span || !point.answer) continue;
    const located = index.passage(point.span.passage);
    const sentence = located && sentenceAt(located.passage, point.span.start, point.span.end);
    if (!located || !sentence) continue;
    const window = wholeWindow(sentence, clauseWindow(sentence, point.span.start, point.span.end, MAX_STATEMENT_WINDOW));
    if (!window) continue;
    const copula = window.text.indexOf(`${point.text}是`);
    if (copula < 0 || window.text.slice(copula + point.text.length + 1).indexOf(point.answer) !== 0) continue;
    const at = copula + point.text.length;
    statements.push({ located, source: sentence, text: window.text, target: { start: at, end: at + 1 }, keyEnd: point.span.end, pool: "definition", knowledgePointId: point.id });
  }
  return statements;
}

/** The longest a statement may grow to take the clause its cut left waiting. */
const MAX_WHOLE_WINDOW = 90;

/** The last word of a clause that is only a time or a term (…后1个月内, 在…期间, 自…以来): what happens then was cut off. */
const TIME_ADVERBIAL_WORD = /^(?:内|以内|之内|后|以后|之后|前|以前|之前|期间|以来|为止|之际|起|时)$/;

/** What closes a 将/把 construction with its verb (把…作为…, 将…纳入…, 把…落实到…, 将…交给…). */
const DISPOSAL_COMPLEMENT = /[为到成入于在给至]|作为|当作/;

/** The last word of text, as the tagger reads it (内 of 1个月内, but 党内 whole). */
function lastWord(text: string): string {
  const words = taggedSpans(text);
  return words.length > 0 ? words[words.length - 1]!.word : "";
}
/** A clause that leans on the subject or the clause before it: it is no statement on its own. */
const LEANING_CLAUSE_START = /^(?:并|而|但|又|还|也|且|同时|从而|进而|以便|以|或者|或|及|应当|应|必须|须|要|不得|可以|可)/;

function clauses(text: string): string[] {
  return text.replace(/[。！？]+$/, "").split(/[，；]/);
}

function hasVerb(text: string): boolean {
  return taggedSpans(text).some((word) => /^v/.test(word.tag) || word.word === "是");
}

/**
 * Whether a statement cut from `sentence` ends where a proposition ends (issue 16: "…应当在搬入新办公用房后2个月内。"
 * never says what must be done). `rest` is what the cut left of the sentence. A statement is not whole when its last
 * clause is only a time (…后1个月内), or has no verb, or is a condition (…的) the rest rules on; when the rest opens with
 * the colon of a list or quotation the statement announces; or when its last clause puts an object before the verb
 * (将…, 把…) and the rest opens with that verb (…将整改情况报告 | 报送…).
 */
export function statementIsWhole(text: string, rest: string): boolean {
  const body = text.replace(/[。！？，；：、]+$/, "");
  const last = clauses(body).pop() ?? "";
  if (TIME_ADVERBIAL_WORD.test(lastWord(last)) || !hasVerb(last)) return false;
  const after = rest.replace(/^[，；]/, "");
  if (after.replace(/[。！？”\s]+$/, "") === "") return true;
  if (/^[：:]/.test(rest)) return false;
  if (lastWord(last) === "的") return false;
  // 把…作为…, 将…纳入…, 把…落实到…: the construction has its verb already.
  const disposal = /[将把]/.exec(last);
  const waiting = disposal !== null && !DISPOSAL_COMPLEMENT.test(last.slice(disposal.index + 1));
  const next = taggedSpans(after.split(/[，；。]/)[0] ?? "");
  return !(waiting && next.length > 0 && /^v/.test(next[0]!.tag));
}

/**
 * The clause window, grown to the right clause by clause (up to MAX_WHOLE_WINDOW) until it is a whole statement
 * (statementIsWhole); null when no such window is found: the sentence makes no 判断.
 */
export function wholeWindow(sentence: { text: string; start: number }, window: { text: string; start: number }): { text: string; start: number } | null {
  const from = window.start - sentence.start;
  let to = from + window.text.length;
  for (;;) {
    const text = sentence.text.slice(from, to).replace(/[，；：]$/, "");
    if (statementIsWhole(text, sentence.text.slice(to))) return { text, start: window.start };
    const next = sentence.text.slice(to + 1).search(/[，；：。！？]/);
    if (next < 0) return null;
    to = to + 1 + next;
    if (to - from > MAX_WHOLE_WINDOW) return null;
  }
}

/**
 * Whether the rest of a statement contradicts a change of text[target] from `from` to `to`: the original is said
 * again (政治纪律…遵守党的政治纪律, 二人…二人以上), or what sets it apart from its replacement is (物质文明 → 生态文明
 * beside 物质条件).
 */
export function swapGivesItselfAway(text: string, target: { start: number; end: number }, from: string, to: string): boolean {
  const outside = `${text.slice(0, target.start)}\u0000${text.slice(target.end)}`;
  if (outside.includes(from)) return true;
  const distinct = distinctivePart(from, to);
  return distinct.length >= 2 && outside.includes(distinct);
}

/** `from` without what it shares with `to` at either end (政治 of 政治纪律 against 廉洁纪律). */
function distinctivePart(from: string, to: string): string {
  let head = 0;
  while (head < from.length && head < to.length && from[head] === to[head]) head++;
  let tail = 0;
  while (tail < from.length - head && tail < to.length - head && from[from.length - 1 - tail] === to[to.length - 1 - tail]) tail++;
  return from.slice(head, from.length - tail);
}

/**
 * The clause of text that holds target, as a statement of its own, when it stands alone (a verb, no lean on the
 * clause before, a whole ending) and nothing in it gives the change away; null otherwise.
 */
export function swapClause(text: string, target: { start: number; end: number }, from: string, to: string): { text: string; target: { start: number; end: number } } | null {
  const body = text.replace(/[。！？]+$/, "");
  const start = Math.max(body.lastIndexOf("，", target.start - 1), body.lastIndexOf("；", target.start - 1)) + 1;
  const ends = [body.indexOf("，", target.end), body.indexOf("；", target.end)].filter((at) => at >= 0);
  const end = ends.length > 0 ? Math.min(...ends) : body.length;
  const clause = body.slice(start, end);
  const shifted = { start: target.start - start, end: target.end - start };
  if (clause === body || clause.length < 8 || LEANING_CLAUSE_START.test(clause)) return null;
  if (!statementIsWhole(clause, "") || lastWord(clause) === "的" || swapGivesItselfAway(clause, shifted, from, to)) return null;
  return { text: clause, target: shifted };
}
