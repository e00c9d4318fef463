import type { BuiltCourse, Module } from "@/lib/content/types";
import { enumerationItemSites, numberSites, termSites } from "./blank-sites";
import { indexCourse, type CourseIndex } from "./course-index";
import { buildInventory, type DistractorInventory } from "./distractors";
import { enumerationLabel } from "./enumeration-label";
import { generateFillBlank } from "./generate-fill-blank";
import { generateMultipleChoice } from "./generate-multiple-choice";
import { generateShortAnswer } from "./generate-short-answer";
import { generateSingleChoice } from "./generate-single-choice";
import { generateSourceQuestions } from "./generate-source-questions";
import { courseSpeakers, generateTrueFalse } from "./generate-true-false";
import { questionWithContext } from "./context-lead";
import { blankedWatchword, confidenceOf, PUBLISH_THRESHOLD, scoreCandidate } from "./confidence";
import { vocabularyTerms } from "./party-vocabulary";
import { seededRandom } from "./seeded-random";
import { characterPairs } from "./character-pairs";
import { normalizeAnswer } from "./normalize-answer";
import { checkCandidate, DUPLICATE, DUPLICATE_STEM, isNoisyItem, OVER_MODULE_SHARE, SAME_SPAN_AND_TARGET, SENTENCE_ALREADY_TESTED, TRUE_SURPLUS, FALSE_SURPLUS } from "./quality-gate";
import { testedAnswers } from "./question-hash";
import { factOf, factPreference, sameFact, type Fact } from "./fact-repeats";
import type { Candidate, Question, QuestionBank, RejectedCandidate, ReviewedQuestion } from "./types";

export interface GenerateOptions {
  /** Largest share of the published bank one module may hold in a course of five modules or more (default 0.25; more for fewer modules). */
  maxModuleShare?: number;
}

const DEFAULT_MAX_SHARE = 0.25;

/** Every candidate question of one module, before the gate. */
export function moduleCandidates(module: Module, index: CourseIndex, inventory: DistractorInventory, sharedTitles: Set<string>, speakersUsed: Map<string, number> = new Map()): Candidate[] {
  // The lexicon's terms the course says are targets too, though the extractor did not pick them (本条例由中央纪律检查委员会负责解释);
  // not its two-character names, which are everyday verbs as often (通报, 检查, 执纪).
  const terms = termSites(index, module, [...inventory.terms, ...vocabularyTerms().filter((term) => term.length >= 3 && !inventory.terms.includes(term) && index.count(term) > 0)]);
  const numbers = numberSites(index, module);
  // Single choice and fill-blank compete for the same sentences: interleave them in a seeded (hash) order.
  const blanks = [
    ...generateSingleChoice([...terms, ...numbers, ...enumerationItemSites(index, module, 1)], index, inventory),
    ...generateFillBlank([...terms, ...numbers, ...enumerationItemSites(index, module, 0)], index),
  ].sort((a, b) => (a.question.contentHash < b.question.contentHash ? -1 : 1));
  return [
    ...generateSourceQuestions(module, index, inventory),
    ...generateShortAnswer(module, index, sharedTitles),
    ...generateMultipleChoice(module, index, inventory),
    ...blanks,
    ...generateTrueFalse(module, terms, numbers, index, inventory, speakersUsed),
  ];
}

/** Titles and defined terms that more than one module asks about, which their questions must name the module for. */
function titlesInSeveralModules(modules: Module[]): Set<string> {
  const modulesByTitle = new Map<string, Set<string>>();
  for (const module of modules) {
    for (const point of module.knowledgePoints) {
      const title = point.kind === "heading-list" || point.kind === "definition" ? point.text : point.kind === "enumeration" ? enumerationLabel(point) : null;
      if (title) modulesByTitle.set(title, (modulesByTitle.get(title) ?? new Set()).add(module.id));
    }
  }
  return new Set([...modulesByTitle].filter(([, ids]) => ids.size > 1).map(([title]) => title));
}

type GeneratedCourse = Pick<BuiltCourse, "modules"> & { title?: string; reports?: BuiltCourse["reports"] };

/** The bank with what a later pass needs to judge its questions again by the same gate: each kept question's candidate, and the course index. */
export interface BankWithEvidence {
  bank: QuestionBank;
  /** The candidate of every accepted and reviewed question, by content hash. */
  candidates: ReadonlyMap<string, Candidate>;
  index: CourseIndex;
}

/**
 * The question bank of a course: every generator over every module, each candidate through the
 * quality gate (defects: rejected, with their reasons), duplicates dropped (same content hash, same
 * normalised stem, same key from the same sentence), one blank-type question per sentence, then a
 * confidence score: confident questions are published, doubtful ones go to the review queue with
 * their doubts, and a module above its share of the published bank sends its surplus to review.
 * Deterministic: the same course always gives the same bank.
 */
export function generateQuestionBank(course: GeneratedCourse, options: GenerateOptions = {}): QuestionBank {
  return generateQuestionBankWithEvidence(course, options).bank;
}

export function generateQuestionBankWithEvidence(course: GeneratedCourse, options: GenerateOptions = {}): BankWithEvidence {
  const index = indexCourse(course);
  const candidates = new Map<string, Candidate>();
  const inventory = buildInventory(index, (item, siblings) => !isNoisyItem(item, siblings));
  const sharedTitles = titlesInSeveralModules(course.modules);
  const confident: Question[] = [];
  const review: ReviewedQuestion[] = [];
  const rejected: RejectedCandidate[] = [];
  const seen = new Set<string>();
  const stems = new Set<string>();
  const published = new SentenceUse();
  const queued = new SentenceUse();
  const swaps = new Map<string, number>();
  const keyStems = new Map<string, string[]>();
  const watchwords = new Set<string>();
  const fillKeys = new Set<string>();
  const documentOf = new Map(index.modules.map((module) => [module.id, module.source]));
  // Published 判断 by the place of their statement and their answer; the confident statement of the other answer of the
  // same place stands by for each (standIns by the answer of the one it would replace, by that one's hash).
  const holders = { true: new Map<string, Question>(), false: new Map<string, Question>() };
  const standIns = { true: new Map<string, StandIn>(), false: new Map<string, StandIn>() };
  const quotations = quotationsOf(course.modules);
  const creditedQuotes = new Map<string, Array<{ id: string; text: string }>>();
  // The wrong speakers swapped into false attributions so far in the course, spread across it (generate-true-false speakerTiers).
  const speakersUsed = new Map<string, number>();
  const quotedSpeakers = courseSpeakers(index);
  const byModule = course.modules.map((module) => moduleCandidates(module, index, inventory, sharedTitles, speakersUsed));
  const stream = byModule.flat();
  const gates = new Map<number, string[]>();
  const scores = new Map<number, ReturnType<typeof scoreCandidate>>();
  const gateOf = (at: number): string[] => gates.get(at) ?? gates.set(at, checkCandidate(stream[at]!, { index })).get(at)!;
  const scoreOf = (at: number): ReturnType<typeof scoreCandidate> => scores.get(at) ?? scores.set(at, scoreCandidate(stream[at]!, index)).get(at)!;
  // One set of record, or one definition, is published once per course (FACT_REPEATED): the questions that could publish
  // it are known before any is taken, so that the preferred one (factPreference: the most confident, a 多选 for a set, a
  // 简答 for a definition, a 解析 that teaches) is kept wherever it comes in the course, and the others wait in review.
  const facts = stream.map((candidate) => factOf(candidate));
  const contenders = facts.flatMap((fact, at) => (fact !== null && gateOf(at).length === 0 && scoreOf(at).score >= PUBLISH_THRESHOLD ? [{ at, fact, candidate: stream[at]!, confidence: scoreOf(at).score }] : []));
  const publishedFacts: Fact[] = [];
  let at = -1;
  for (const generated of byModule) {
    for (const candidate of generated) {
      at += 1;
      const { question } = candidate;
      const reasons = [...gateOf(at)];
      const stemKey = `${question.type}:${normalizedStem(question.stem)}:${question.type === "TRUE_FALSE" ? String(question.answer) : ""}`;
      if (seen.has(question.contentHash)) reasons.push(DUPLICATE);
      else if (stems.has(stemKey)) reasons.push(DUPLICATE_STEM);
      if (reasons.length > 0) {
        rejected.push({ candidate, reasons });
        continue;
      }
      const confidence = scoreOf(at);
      const doubts = [...confidence.doubts];
      // A word or a speaker swapped into false 判断 again and again (邓小平 in six false attributions of one commentary, stop 35)
      // is a pattern a learner learns, not a falsehood to judge.
      const swap = candidate.evidence.change?.kind === "term-swap" || candidate.evidence.change?.kind === "speaker-swap" ? candidate.evidence.change.to : null;
      // A speaker the course never quotes is swapped in once: again, it is the course's stock wrong name (邓小平 where every
      // quotation is 习近平's), and its 解析 cannot say what he did say.
      const swapLimit = candidate.evidence.change?.kind === "speaker-swap" && !quotedSpeakers.has(candidate.evidence.change.to) ? 1 : MAX_SWAP_USES;
      if (swap !== null && (swaps.get(swap) ?? 0) >= swapLimit) doubts.push("SWAP_WORD_OVERUSED");
      const keyText = blankKey(question);
      // One 填空 per key and frame in a document (its modules share its source): a second blank on the same key between the
      // same characters there asks the same fact again (班长 of 书记好比是“______” and of 书记要当好“______”; 召开的______和举行的
      // 重要活动 twice: 全国性会议); the first published keeps it, the others wait in review (stop 33, issue #16). The same key
      // in another frame (由______召集, 由______决定: 中央委员会) tells another fact.
      // A blank between bare punctuation (，______，) has no frame: the clause around it says what is asked.
      const frames = blankFrames(question.stem);
      const fillKey = question.type === "FILL_BLANK" && keyText !== null && frames !== null ? `${documentOf.get(question.moduleId) ?? question.moduleId}\u0000${keyText}\u0000${frames}` : null;
      if (keyText !== null && (keyRepeated(keyStems.get(keyText) ?? [], question.stem) || (fillKey !== null && fillKeys.has(fillKey)))) doubts.push("KEY_REPEATED");
      // One clause of a watchword is asked once per course: another clause of the same formula asks the formula again.
      const watchword = question.type === "FILL_BLANK" ? blankedWatchword(question.stem, candidate.evidence.answers) : null;
      if (watchword !== null && watchwords.has(watchword)) doubts.push("WATCHWORD_REPEATED");
      // One 出处 question per quotation and speaker in a course: the same words quoted again (in a second document of the
      // course, or twice in one) ask who said them again, whatever the type (a 单选 in one document, a 判断 in the other).
      const quotation = question.focus === "speaker" && question.knowledgePointId ? quotations.get(question.knowledgePointId) : undefined;
      // (The same quotation's own 判断 of the other answer is a stand-in for the balance, not a repeat: one 出处 question per
      // quotation is SentenceUse's rule.)
      const quoteAgain = quotation !== undefined && quoteRepeated((creditedQuotes.get(quotation.speaker) ?? []).filter(({ id }) => id !== quotation.id).map(({ text }) => text), quotation.text);
      if (quoteAgain) doubts.push("QUOTE_REPEATED");
      // The set this question asks (a 多选's members, a blank's list) or the definition (a 简答, a blank on its term in the same
      // sentence) is published already, or a better question of it comes later.
      const fact = facts[at]!;
      const self = { at, candidate, confidence: confidence.score };
      const factAgain = fact !== null && (publishedFacts.some((other) => sameFact(other, fact)) || contenders.some((other) => other.at > at && factPreference(other, self) < 0 && sameFact(other.fact, fact)));
      if (factAgain) doubts.push("FACT_REPEATED");
      const scored = confidenceOf(doubts);
      const isConfident = scored.score >= PUBLISH_THRESHOLD;
      // A doubtful question does not take its sentence from a confident one of another type that may follow;
      // it waits in review only while no published question tests the sentence, one per sentence there too.
      const blocked = published.check(question);
      // A quotation, a set or a definition asked again that would have been published otherwise waits in review with its
      // reason, even when a draft of its sentence waits there already.
      const onlyRepeated = (quoteAgain || factAgain) && confidenceOf(doubts.filter((doubt) => doubt !== "QUOTE_REPEATED" && doubt !== "FACT_REPEATED")).score >= PUBLISH_THRESHOLD;
      const waits = (): true | string => {
        const held = queued.claim(question);
        return onlyRepeated ? true : held;
      };
      const claim = isConfident ? published.claim(question) : blocked === true ? waits() : blocked;
      // A confident statement of a sentence whose statement of the other answer was published first stands by: should
      // the published one be sent to review to keep the 判断 balanced either way (balanceWithStandIns), this one takes its
      // place (one fact, one question).
      if (claim !== true && isConfident && question.type === "TRUE_FALSE") {
        const other = String(!question.answer) as "true" | "false";
        const holder = holders[other].get(statementPlace(question));
        if (holder && !standIns[other].has(holder.contentHash)) standIns[other].set(holder.contentHash, { candidate, question: { ...question, confidence: scored.score } });
      }
      if (claim !== true) {
        rejected.push({ candidate, reasons: [claim] });
        continue;
      }
      seen.add(question.contentHash);
      stems.add(stemKey);
      candidates.set(question.contentHash, candidate);
      const scoredQuestion = { ...question, confidence: scored.score };
      if (isConfident) {
        if (swap !== null) swaps.set(swap, (swaps.get(swap) ?? 0) + 1);
        if (keyText !== null) keyStems.set(keyText, [...(keyStems.get(keyText) ?? []), question.stem]);
        if (watchword !== null) watchwords.add(watchword);
        if (quotation) creditedQuotes.set(quotation.speaker, [...(creditedQuotes.get(quotation.speaker) ?? []), { id: quotation.id, text: quotation.text }]);
        if (fillKey !== null) fillKeys.add(fillKey);
        if (fact !== null) publishedFacts.push(fact);
        if (question.type === "TRUE_FALSE") holders[String(question.answer) as "true" | "false"].set(statementPlace(question), scoredQuestion);
        confident.push(scoredQuestion);
      } else review.push({ question: scoredQuestion, reasons: scored.doubts, confidence: scored.score });
    }
  }
  const { kept: balanced, surplus: balanceSurplus, standingIn: placed } = balanceWithStandIns(confident, standIns);
  for (const { candidate, question } of placed) candidates.set(question.contentHash, candidate);
  const standingIn = new Set([...standIns.true.values(), ...standIns.false.values()].map(({ question }) => question.contentHash).filter((hash) => balanced.some((question) => question.contentHash === hash)));
  const share = Math.max(options.maxModuleShare ?? DEFAULT_MAX_SHARE, SMALL_COURSE_SHARE / Math.max(1, new Set(balanced.map((question) => question.moduleId)).size));
  const { kept, surplus } = limitModuleShare(balanced, moduleAllowances(index, balanced.length, share));
  // Stems without a subject are told whose rule or what topic they speak of, once the bank is chosen (context-lead.ts).
  const led = (question: Question): Question => {
    const withContext = questionWithContext(question, index);
    const candidate = candidates.get(question.contentHash);
    if (withContext !== question && candidate) {
      candidates.delete(question.contentHash);
      candidates.set(withContext.contentHash, { ...candidate, question: { ...candidate.question, stem: withContext.stem, contentHash: withContext.contentHash, id: withContext.id } });
    }
    return withContext;
  };
  const bank: QuestionBank = {
    accepted: kept.map(led),
    review: [
      ...review,
      ...balanceSurplus.true.map((question) => ({ question, reasons: [TRUE_SURPLUS], confidence: question.confidence ?? 1 })),
      ...balanceSurplus.false.map((question) => ({ question, reasons: [FALSE_SURPLUS], confidence: question.confidence ?? 1 })),
      ...surplus.map((question) => ({ question, reasons: [OVER_MODULE_SHARE], confidence: question.confidence ?? 1 })),
    ].map((reviewed) => ({ ...reviewed, question: led(reviewed.question) })),
    // A 判断 that stood in for one of the other answer sent to review is published, no longer rejected.
    rejected: rejected.filter(({ candidate }) => !standingIn.has(candidate.question.contentHash)),
  };
  return { bank, candidates, index };
}

/**
 * The character right before and right after each blank of a stem (“______” → “”; 的______和 → 的和), blanks joined by |;
 * null when every blank stands between bare punctuation or the stem's ends (，______，), which frames nothing.
 */
export function blankFrames(stem: string): string | null {
  const frames = [...stem.matchAll(/_{2,}|（　）/g)].map((blank) => `${stem.charAt(blank.index - 1)}${stem.charAt(blank.index + blank[0].length)}`);
  return frames.some((frame) => /[^，、。；：！？]/.test(frame)) ? frames.join("|") : null;
}

/** Stems sharing this share of their character pairs say the same sentence (the same list of bodies twice). */
const NEAR_SAME_STEM = 0.6;

/** The key a 单选 or 填空 on a term or number asks for, as text; null for other questions. */
function blankKey(question: Question): string | null {
  if ((question.type !== "SINGLE_CHOICE" && question.type !== "FILL_BLANK") || question.focus === "speaker") return null;
  return testedAnswers(question).join("；");
}

/**
 * Whether a key already has a published question in this course that asks the same fact: a stem
 * nearly this one (the same list of bodies in two sentences, 中央纪律检查委员会 blanked in both), or
 * one that, like this one, blanks the key as an item of a list (形式主义、（　）、享乐主义和奢靡之风 in
 * one document, 反对任何形式的（　）、形式主义 in another): both ask only that it belongs to its set,
 * and a course of several documents that all name the 四风 would ask it in each. The same key in
 * different sentences that say different things of it is not repeated (实事求是 of 批评和自我批评,
 * of 选人用人; 中央政治局 that convenes, that reports).
 */
export function keyRepeated(stems: readonly string[], stem: string): boolean {
  return stems.some((other) => pairOverlap(other, stem) >= NEAR_SAME_STEM || (blankAsListItem(other) && blankAsListItem(stem)));
}

/**
 * A blank standing as an item of a list: next to a 、 (形式主义、（　）; （　）、形式主义), or last after
 * 和/及/与 with a 、 before it in its clause (表决权、选举权和（　）).
 */
const LIST_ITEM_BLANK = /、(?:_{2,}|（　）)|(?:_{2,}|（　）)、|、[^，。；：]{1,12}(?:和|及|与|以及)(?:_{2,}|（　）)/;

export function blankAsListItem(stem: string): boolean {
  return LIST_ITEM_BLANK.test(stem.replace(/[“”《》]/g, ""));
}

/** The share of the shorter text's character pairs the other text holds too (blanks and punctuation aside). */
function pairOverlap(a: string, b: string): number {
  const [x, y] = [new Set(characterPairs(a)), new Set(characterPairs(b))];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return 0;
  return [...small].filter((pair) => large.has(pair)).length / small.size;
}

/** The quotations of a course with their speakers, by knowledge point id. */
function quotationsOf(modules: readonly Module[]): Map<string, { id: string; speaker: string; text: string }> {
  const quotations = new Map<string, { id: string; speaker: string; text: string }>();
  for (const module of modules) {
    for (const point of module.knowledgePoints) if (point.kind === "quote" && point.speaker) quotations.set(point.id, { id: point.id, speaker: point.speaker, text: point.text });
  }
  return quotations;
}

/** Quotations sharing this share of the shorter one's character pairs are one passage quoted twice (whole, or a part of it). */
const NEAR_SAME_QUOTE = 0.8;

/**
 * Whether a quotation already credited to its speaker by a published 出处 question of the course is this one: nearly the
 * same words (the same passage quoted in two documents of a course, cut a little differently, or a part of it quoted
 * again): asking who said it asks the same fact again. Other quotations of the same speaker are other facts, even where
 * they share a sentence (胡锦涛's 两个“最大”, quoted once after 全党同志必须牢记 and once after 来自人民、植根人民、服务人民
 * in the seeds' course: both stay; a rule on shared sentences was measured and withdrawn, stop 36).
 */
export function quoteRepeated(quotes: readonly string[], quote: string): boolean {
  return quotes.some((other) => pairOverlap(other, quote) >= NEAR_SAME_QUOTE);
}

/** The least share of false statements among published 判断: below it, answering 对 to every one pays. */
const MIN_FALSE_SHARE = 1 / 4;

/**
 * Keeps published 判断 at least a quarter false by sending true ones to review — the least confident
 * first, then the last generated — when the course gives too few meaningful falsehoods.
 */
export function balanceTrueFalse(accepted: Question[]): { kept: Question[]; surplus: Question[] } {
  const statements = accepted.filter((question) => question.type === "TRUE_FALSE");
  const falseCount = statements.filter((question) => question.answer === false).length;
  const trueAllowed = Math.floor((falseCount * (1 - MIN_FALSE_SHARE)) / MIN_FALSE_SHARE);
  const trues = statements.filter((question) => question.answer === true);
  if (trues.length <= trueAllowed) return { kept: accepted, surplus: [] };
  const order = trues.map((question, at) => ({ question, at })).sort((a, b) => (b.question.confidence ?? 1) - (a.question.confidence ?? 1) || a.at - b.at);
  const surplus = new Set<Question>(order.slice(trueAllowed).map(({ question }) => question));
  return { kept: accepted.filter((question) => !surplus.has(question)), surplus: [...surplus] };
}

/** Where a 判断 states its fact: the quotation it credits, or its sentence. */
function statementPlace(question: Question): string {
  return question.focus === "speaker" && question.knowledgePointId ? `quote:${question.knowledgePointId}` : `${question.passageId}:${question.span?.start ?? -1}`;
}

/** A published 判断 and the confident statement of the other answer of its place that may take its place. */
export interface StandIn {
  candidate: Candidate;
  question: Question;
}

/** The most false statements published 判断 may hold to each true one (the share 1 - MIN_FALSE_SHARE the other way). */
const MAX_FALSE_PER_TRUE = (1 - MIN_FALSE_SHARE) / MIN_FALSE_SHARE;

/**
 * Keeps published 判断 balanced both ways, one swap at a time, by giving a statement's place to the confident statement
 * of the other answer of the same sentence (standIns[answer], by the hash of the one it would replace):
 * - more than three quarters false (answering 错 to every one pays): the least confident false one first, then the last
 *   generated, gives way to its true stand-in (FALSE_SURPLUS), until no more than three are false to each true one or no
 *   false one has a stand-in — a course without true stand-ins keeps its false 判断, nothing doubtful is published to
 *   balance, and no swap goes past balance the other way (one false 判断 alone stays as it is);
 * - then more than three true to each false one: balanceTrueFalse's surplus, least confident first, gives way to its false
 *   stand-in while any has one (the sentence is still asked, and each false one makes room for more true ones); the rest
 *   of the surplus goes to review with the swapped ones (TRUE_SURPLUS).
 * A true swap never makes the bank lean false past balance, so the false swaps all come first. Pure: the stand-ins it
 * publishes come back in `standingIn`, for the caller to record their candidates.
 */
export function balanceWithStandIns(
  accepted: Question[],
  standIns: { readonly true: ReadonlyMap<string, StandIn>; readonly false: ReadonlyMap<string, StandIn> },
): { kept: Question[]; surplus: { true: Question[]; false: Question[] }; standingIn: StandIn[] } {
  let pool = accepted;
  const replaced = { true: [] as Question[], false: [] as Question[] };
  const standingIn: StandIn[] = [];
  for (;;) {
    const swap = falseToSwap(pool, standIns.false) ?? [...balanceTrueFalse(pool).surplus].reverse().find((question) => standIns.true.has(question.contentHash));
    if (!swap) break;
    const answer = String(swap.answer) as "true" | "false";
    const standIn = standIns[answer].get(swap.contentHash)!;
    standingIn.push(standIn);
    replaced[answer].push(swap);
    pool = pool.map((question) => (question === swap ? standIn.question : question));
  }
  const { kept, surplus } = balanceTrueFalse(pool);
  return { kept, surplus: { true: [...replaced.true, ...surplus], false: replaced.false }, standingIn };
}

/** The false 判断 to give way to its true stand-in when the published ones lean false past balance (balanceWithStandIns), or undefined. */
function falseToSwap(pool: readonly Question[], trueStandIns: ReadonlyMap<string, StandIn>): Question | undefined {
  const statements = pool.filter((question) => question.type === "TRUE_FALSE");
  const falses = statements.filter((question) => question.answer === false);
  const trues = statements.length - falses.length;
  // Not past balance the other way: a true stand-in beyond three to each false one would go to review (TRUE_SURPLUS)
  // with the false one it replaced (one false 判断 alone stays as it is).
  if (falses.length <= MAX_FALSE_PER_TRUE * trues || trues + 1 > MAX_FALSE_PER_TRUE * (falses.length - 1)) return undefined;
  const order = falses.map((question, at) => ({ question, at })).sort((a, b) => (a.question.confidence ?? 1) - (b.question.confidence ?? 1) || b.at - a.at);
  return order.find(({ question }) => trueStandIns.has(question.contentHash))?.question;
}

/** A 判断 replacement word used this many times in published statements sends further ones to review. */
const MAX_SWAP_USES = 2;
/**
 * With n modules that have questions, a module may hold up to 1.25 / n of the published bank (at
 * least the configured share): a course of one to four modules is not trimmed to nothing.
 */
const SMALL_COURSE_SHARE = 1.25;

/** The stem reduced to its words: blanks, choice markers, punctuation and spaces taken out. */
function normalizedStem(stem: string): string {
  return normalizeAnswer(stem.replace(/_{2,}|（\s*）|（　）/g, ""));
}

/** Blank-type questions (单选, 填空, 判断) one source sentence may feed: it tests one fact, so one question. */
const BLANK_TYPES_PER_SENTENCE = 1;

/**
 * Keeps a sentence from being asked about over and over: one blank-type question (单选, 填空 or
 * 判断) per sentence, and never the same key twice from one sentence. Multiple-choice, short-answer
 * and 出处 questions test a list, a heading or a quotation and are not limited.
 */
class SentenceUse {
  private readonly used = new Map<string, { types: Set<string>; answers: Set<string> }>();

  /** Whether the sentence may feed this question, without taking it. */
  check(question: Question): true | string {
    return this.verdict(question).result;
  }

  /** Takes the sentence (and the quotation) for this question when it may. */
  claim(question: Question): true | string {
    const { result, claims } = this.verdict(question);
    if (result !== true) return result;
    for (const { key, answers } of claims) {
      const entry = this.entry(key);
      entry.types.add(question.type);
      for (const answer of answers) entry.answers.add(answer);
      this.used.set(key, entry);
    }
    return true;
  }

  private entry(key: string): { types: Set<string>; answers: Set<string> } {
    return this.used.get(key) ?? { types: new Set<string>(), answers: new Set<string>() };
  }

  private verdict(question: Question): { result: true | string; claims: Array<{ key: string; answers: string[] }> } {
    const claims: Array<{ key: string; answers: string[] }> = [];
    // One 出处 question per quotation — who said it as a single choice or as a 判断, by a coin on the
    // quotation, so that the bank's 判断 keep their share of false statements (a speaker moved).
    if (question.focus === "speaker" && question.knowledgePointId) {
      const key = `quote:${question.knowledgePointId}`;
      const asked = seededRandom(key)() < 0.5 ? "SINGLE_CHOICE" : "TRUE_FALSE";
      if (this.entry(key).types.size > 0 || question.type !== asked) return { result: SENTENCE_ALREADY_TESTED, claims };
      claims.push({ key, answers: [] });
      // A 出处 判断 is a statement of its sentence too: it counts among the sentence's blank-type questions.
      if (question.type === "SINGLE_CHOICE" || !question.span) return { result: true, claims };
    }
    if (question.type === "MULTIPLE_CHOICE" || question.type === "SHORT_ANSWER" || (question.focus === "speaker" && question.type === "SINGLE_CHOICE") || !question.span) {
      return { result: true, claims };
    }
    const key = `${question.passageId}:${question.span.start}`;
    const entry = this.entry(key);
    const answers = question.type === "TRUE_FALSE" ? [] : testedAnswers(question);
    if (answers.some((answer) => entry.answers.has(answer))) return { result: SAME_SPAN_AND_TARGET, claims };
    if (entry.types.has(question.type) || entry.types.size >= BLANK_TYPES_PER_SENTENCE) return { result: SENTENCE_ALREADY_TESTED, claims };
    claims.push({ key, answers });
    return { result: true, claims };
  }
}

/** A module's text may claim its questions up to this multiple of its share of the course's text. */
const TEXT_SHARE_FACTOR = 1.5;
/**
 * A module may always publish one question per this many characters of its own text, whatever the rest
 * of the course publishes (a 1,000-character module a handful, a 2,000-character chapter thirteen).
 */
export const CHARACTERS_PER_OWN_QUESTION = 150;

/**
 * How many published questions each module may hold: its own allowance from its text (one question per
 * 150 characters), or more when the bank allows it: the configured share of the bank, or 1.5 × the
 * module's share of the course's characters. A module rich in knowledge beside modules with little to
 * ask (a regulation's long 监督 chapter beside its 附则) keeps its questions; only a module that asks
 * more than its own text holds and crowds out the others beyond its weight gives some to review. The
 * own allowance does not depend on other questions, so a module within it never loses a question
 * because other modules' questions were doubted (sent to review, the bank shrank, the shares with it).
 */
export function moduleAllowances(index: CourseIndex, total: number, share: number): Map<string, number> {
  const characters = new Map<string, number>();
  for (const located of index.passages) characters.set(located.module.id, (characters.get(located.module.id) ?? 0) + located.passage.text.length);
  const all = [...characters.values()].reduce((sum, count) => sum + count, 0);
  const allowances = new Map<string, number>();
  for (const [moduleId, count] of characters) {
    const weight = all === 0 ? 0 : (TEXT_SHARE_FACTOR * count) / all;
    const own = Math.floor(count / CHARACTERS_PER_OWN_QUESTION);
    allowances.set(moduleId, Math.max(1, own, Math.floor(total * Math.max(share, weight))));
  }
  return allowances;
}

/**
 * Keeps every module within its allowance of the published bank (moduleAllowances), moving its
 * easiest-to-spare questions (the types it has most of, the last generated first) to the review queue.
 * The allowances are set once from the bank before trimming, so trimming one module never tightens another's.
 */
export function limitModuleShare(accepted: Question[], allowances: ReadonlyMap<string, number>): { kept: Question[]; surplus: Question[] } {
  const surplus: Question[] = [];
  let bank = accepted;
  for (const moduleId of new Set(accepted.map((question) => question.moduleId))) {
    const allowed = allowances.get(moduleId) ?? Infinity;
    let own = bank.filter((question) => question.moduleId === moduleId);
    while (own.length > allowed) {
      const byType = new Map<string, number>();
      for (const question of own) byType.set(question.type, (byType.get(question.type) ?? 0) + 1);
      const commonest = [...byType].sort((a, b) => b[1] - a[1])[0]![0];
      const victim = [...own].reverse().find((question) => question.type === commonest)!;
      surplus.push(victim);
      own = own.filter((question) => question !== victim);
      bank = bank.filter((question) => question !== victim);
    }
  }
  return { kept: bank, surplus };
}
