import type { Module } from "@/lib/content/types";
import type { BlankSite } from "./blank-sites";
import { buildCandidate } from "./build-candidate";
import { sentenceAt, type CourseIndex, type LocatedPassage } from "./course-index";
import { isDocumentSpeaker, numberDistractors, pickDistractors, speakerPool, type DistractorInventory } from "./distractors";
import { anachronisticSpeaker, vocabularySiblings } from "./party-vocabulary";
import { fitsSlotElsewhere } from "./slot-check";
import { quoteExcerpt, sharedCredit } from "./quote-excerpt";
import { seededRandom, type Random } from "./seeded-random";
import { explainTrueFalse } from "./explanation";
import { asStatement, clauseWindow } from "./source-text";
import { countRuledOutByFrame } from "./count-frame";
import { nearSynonyms } from "./confidence";
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
export function generateTrueFalse(module: Module, termSites: BlankSite[], numberSites: BlankSite[], index: CourseIndex, inventory: DistractorInventory): Candidate[] {
  const statements = [...termStatements(termSites, index), ...numberSites.map(siteStatement), ...quoteStatements(module, index), ...definitionStatements(module, index)];
  return statements.map((statement) => {
    const random = seededRandom(`true-false:${statement.located.passage.id}:${statement.text}`);
    // Not every statement can be made false plausibly (a swap must keep the head word), so a change is tried far more often than half the time.
    const change = random() < FALSE_ATTEMPT_RATE ? controlledChange(statement, index, inventory, random) : null;
    const original = statement.text.slice(statement.target.start, statement.target.end);
    const text = change ? statement.text.slice(0, statement.target.start) + change.to + statement.text.slice(statement.target.end) : statement.text;
    const explanation = explainTrueFalse(
      { index, inventory },
      {
        original,
        change,
        key: { located: statement.located, offset: statement.keyEnd },
        // The evidence is the source text of the statement: its clause window, or the quotation.
        quoted: statement.evidence ?? statement.text,
      },
    );
    return buildCandidate(
      {
        type: "TRUE_FALSE",
        focus: statement.pool === "person" || statement.pool === "document" ? "speaker" : statement.pool === "definition" ? "definition" : statement.pool,
        stem: asStatement(text),
        options: [],
        answer: change === null,
        explanation,
        moduleId: module.id,
        sectionId: statement.located.section.id,
        passageId: statement.located.passage.id,
        ...(statement.knowledgePointId ? { knowledgePointId: statement.knowledgePointId } : {}),
        span: { start: statement.source.start, end: statement.source.end },
      },
      { sentence: statement.text, answers: [original], distractors: change ? [change.to] : [], blanks: [statement.target], ...(change ? { change } : {}) },
      index,
    );
  });
}

const RANGE_DASH = "[—–\\-－~～至到]";
const RANGE_START_BEFORE = new RegExp(`\\d{4}年?\\s*${RANGE_DASH}\\s*$`);
const RANGE_END_AFTER = new RegExp(`^年?\\s*${RANGE_DASH}\\s*\\d{4}`);

/** Is text[target] a year that opens or closes a range (2018—2022年, 2013年至2017年)? The other end gives any change away. */
export function isYearRangeEnd(text: string, target: { start: number; end: number }): boolean {
  if (!/^\d{4}年?$/.test(text.slice(target.start, target.end).trim())) return false;
  return RANGE_START_BEFORE.test(text.slice(0, target.start)) || RANGE_END_AFTER.test(text.slice(target.end));
}

function controlledChange(statement: Statement, index: CourseIndex, inventory: DistractorInventory, random: Random): StatementChange | null {
  const original = statement.text.slice(statement.target.start, statement.target.end);
  if (statement.pool === "definition") return { kind: "negation", from: "是", to: "不是" };
  if (statement.pool === "number") {
    // A year that opens or closes a range is not moved: 2018—2017年 or a 五年规划 of 2018—2019年 is a falsehood anyone sees.
    if (isYearRangeEnd(statement.text, statement.target)) return null;
    // Never a count the words around it rule out (一人 in 由（　）共同承办, 不得少于（　）): a falsehood anyone sees.
    const [to] = numberDistractors(original, inventory.numbers, 1, random, (text) =>
      countRuledOutByFrame(text, statement.text.slice(0, statement.target.start), statement.text.slice(statement.target.end)),
    );
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
        ? // Never a speaker whose time cannot hold the quotation's words (邓小平 before 全面从严治党永远在路上): false by era, not by knowledge.
          speakerPool(original, inventory.persons).filter((person) => !anachronisticSpeaker(statement.evidence ?? statement.text, person))
        : inventory.documents;
  const [to] = pickDistractors(original, pool, {
    count: 1,
    random,
    exclude: [],
    course: index,
    // Never a verb phrase for a term (关心群众 was the swap of sixteen statements) nor a near-synonym, which would leave the statement true.
    alsoCorrect: (text) =>
      statement.text.includes(text) ||
      fitsSlotElsewhere(index, statement.text, statement.target, text) ||
      (statement.pool === "term" && ((isVerbLed(text) && !isVerbLed(original)) || nearSynonyms(text, original))),
  });
  if (!to) return null;
  return { kind: statement.pool === "term" ? "term-swap" : "speaker-swap", from: original, to };
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
    statements.push(siteStatement(site));
  }
  return statements;
}

const MAX_STATEMENT_WINDOW = 60;

function siteStatement(site: BlankSite): Statement {
  const window = clauseWindow(site.sentence, site.start, site.end, MAX_STATEMENT_WINDOW);
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
    const window = clauseWindow(sentence, point.span.start, point.span.end, MAX_STATEMENT_WINDOW);
    const copula = window.text.indexOf(`${point.text}是`);
    if (copula < 0 || window.text.slice(copula + point.text.length + 1).indexOf(point.answer) !== 0) continue;
    const at = copula + point.text.length;
    statements.push({ located, source: sentence, text: window.text, target: { start: at, end: at + 1 }, keyEnd: point.span.end, pool: "definition", knowledgePointId: point.id });
  }
  return statements;
}
