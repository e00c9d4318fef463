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
import { generateTrueFalse } from "./generate-true-false";
import { checkCandidate, DUPLICATE, isNoisyItem, OVER_MODULE_SHARE, SENTENCE_ALREADY_TESTED } from "./quality-gate";
import { testedAnswers } from "./question-hash";
import type { Candidate, Question, QuestionBank, RejectedCandidate } from "./types";

export interface GenerateOptions {
  /** Largest share of the accepted bank one module may hold (default 0.25). */
  maxModuleShare?: number;
}

const DEFAULT_MAX_SHARE = 0.25;

/** Every candidate question of one module, before the gate. */
export function moduleCandidates(module: Module, index: CourseIndex, inventory: DistractorInventory, sharedTitles: Set<string>): Candidate[] {
  const terms = termSites(index, module, inventory.terms);
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
    ...generateTrueFalse(module, terms, numbers, index, inventory),
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

/**
 * The question bank of a course: every generator over every module, each candidate through the
 * quality gate, duplicates (same content hash) dropped, and no module above its share of the bank.
 * Deterministic: the same course always gives the same bank.
 */
export function generateQuestionBank(course: Pick<BuiltCourse, "modules">, options: GenerateOptions = {}): QuestionBank {
  const index = indexCourse(course);
  const inventory = buildInventory(index, (item, siblings) => !isNoisyItem(item, siblings));
  const sharedTitles = titlesInSeveralModules(course.modules);
  const accepted: Question[] = [];
  const rejected: RejectedCandidate[] = [];
  const seen = new Set<string>();
  const sentences = new SentenceUse();
  for (const module of course.modules) {
    for (const candidate of moduleCandidates(module, index, inventory, sharedTitles)) {
      const reasons = checkCandidate(candidate, { index });
      if (seen.has(candidate.question.contentHash)) reasons.push(DUPLICATE);
      else if (reasons.length === 0 && !sentences.claim(candidate.question)) reasons.push(SENTENCE_ALREADY_TESTED);
      if (reasons.length > 0) {
        rejected.push({ candidate, reasons });
        continue;
      }
      seen.add(candidate.question.contentHash);
      accepted.push(candidate.question);
    }
  }
  return limitModuleShare(accepted, rejected, options.maxModuleShare ?? DEFAULT_MAX_SHARE);
}

/**
 * Keeps a sentence from being asked about over and over: one question of each blank type and one
 * true/false statement per sentence, and never the same answer twice from one sentence.
 * Multiple-choice, short-answer and 出处 questions test a list, a heading or a quotation and are not limited.
 */
class SentenceUse {
  private readonly used = new Map<string, { types: Set<string>; answers: Set<string> }>();

  claim(question: Question): boolean {
    if (question.type === "MULTIPLE_CHOICE" || question.type === "SHORT_ANSWER" || question.focus === "speaker" && question.type === "SINGLE_CHOICE" || !question.span) return true;
    const key = `${question.passageId}:${question.span.start}`;
    const entry = this.used.get(key) ?? { types: new Set<string>(), answers: new Set<string>() };
    const answers = question.type === "TRUE_FALSE" ? [] : testedAnswers(question);
    if (entry.types.has(question.type) || answers.some((answer) => entry.answers.has(answer))) return false;
    entry.types.add(question.type);
    for (const answer of answers) entry.answers.add(answer);
    this.used.set(key, entry);
    return true;
  }
}

/**
 * Trims modules that hold more than their share, dropping their easiest-to-spare questions first
 * (the types they have most of), until every module is within the share.
 */
function limitModuleShare(accepted: Question[], rejected: RejectedCandidate[], share: number): QuestionBank {
  let bank = accepted;
  const dropped: Question[] = [];
  for (;;) {
    const counts = new Map<string, number>();
    for (const question of bank) counts.set(question.moduleId, (counts.get(question.moduleId) ?? 0) + 1);
    const [largest, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
    if (count <= Math.floor(bank.length * share)) break;
    const own = bank.filter((question) => question.moduleId === largest);
    const byType = new Map<string, number>();
    for (const question of own) byType.set(question.type, (byType.get(question.type) ?? 0) + 1);
    const commonest = [...byType].sort((a, b) => b[1] - a[1])[0]![0];
    const victim = [...own].reverse().find((question) => question.type === commonest)!;
    dropped.push(victim);
    bank = bank.filter((question) => question !== victim);
  }
  return { accepted: bank, rejected: [...rejected, ...dropped.map((question) => ({ candidate: { question, evidence: { sentence: null, answers: [], distractors: [] } }, reasons: [OVER_MODULE_SHARE] }))] };
}
