import { QUESTION_TYPES, type QuestionType } from "../types";
import { goldCoverage, type GoldCoverage } from "./gold-coverage";
import { addTallies, emptyTally, share, tallyLabels, type LabelTally } from "./label-tally";
import { bankSignals, type BankSignals } from "./signals";
import type { EvalCourse, EvalQuestion, GoldFact, Label } from "./types";

export interface DocumentEvaluation {
  doc: string;
  holdout: boolean;
  total: LabelTally;
  byType: Record<QuestionType, LabelTally>;
  gold: GoldCoverage;
  signals: BankSignals;
}

export function evaluateDocument(input: { doc: string; holdout: boolean; course: EvalCourse; questions: EvalQuestion[]; labels: ReadonlyMap<string, Label>; facts: GoldFact[] }): DocumentEvaluation {
  const byType = Object.fromEntries(QUESTION_TYPES.map((type) => [type, tallyLabels(input.questions.filter((item) => item.question.type === type), input.labels, input.doc)])) as Record<QuestionType, LabelTally>;
  return {
    doc: input.doc,
    holdout: input.holdout,
    total: QUESTION_TYPES.reduce((sum, type) => addTallies(sum, byType[type]), emptyTally()),
    byType,
    gold: withheldForHoldout(goldCoverage(input.facts, input.questions), input.holdout),
    signals: bankSignals(input.course, input.questions),
  };
}

/**
 * A holdout's key facts are not to be read by whoever tunes the generator (docs/QUALITY.md): its coverage keeps
 * the counts and drops the descriptions of the missed facts, so neither the plain nor the --json output shows them.
 */
function withheldForHoldout(gold: GoldCoverage, holdout: boolean): GoldCoverage {
  return holdout ? { ...gold, missed: [] } : gold;
}

function sumSignals(all: BankSignals[]): BankSignals {
  const total: BankSignals = { published: 0, keyed: 0, genericKey: 0, repeatedStems: 0, cited: 0, sentenceReuse: 0, dangling: 0, keyOutsideSource: 0, explanationEcho: 0 };
  for (const signals of all) for (const name of Object.keys(total) as Array<keyof BankSignals>) total[name] += signals[name];
  return total;
}

/** Shares are null when there is nothing to divide (no labels, no facts). */
export interface EvalSummary {
  documents: number;
  published: number;
  drafts: number;
  labelled: number;
  unlabelled_published: number;
  stale_labels: number;
  usable_share: number | null;
  needs_edit_share: number | null;
  discard_share: number | null;
  only_explanation_share: number | null;
  holdout_labelled: number;
  holdout_usable_share: number | null;
  holdout_discard_share: number | null;
  gold_facts: number;
  gold_coverage: number | null;
  generic_key_share: number | null;
  repeated_stems: number;
  sentence_reuse_share: number | null;
  dangling_references: number;
  key_outside_source: number;
  explanation_echo_share: number | null;
  documents_without_questions: number;
}

/** The figures of a set of documents as one flat object with snake_case keys: the line runs are compared by. */
export function summarise(documents: DocumentEvaluation[]): EvalSummary {
  const tally = documents.reduce((sum, document) => addTallies(sum, document.total), emptyTally());
  const holdout = documents.filter((document) => document.holdout).reduce((sum, document) => addTallies(sum, document.total), emptyTally());
  const signals = sumSignals(documents.map((document) => document.signals));
  const facts = documents.reduce((sum, document) => sum + document.gold.facts, 0);
  const covered = documents.reduce((sum, document) => sum + document.gold.covered, 0);
  return {
    documents: documents.length,
    published: tally.published,
    drafts: tally.drafts,
    labelled: tally.labelled,
    unlabelled_published: tally.unlabelled,
    stale_labels: tally.stale,
    usable_share: share(tally.usable, tally.labelled),
    needs_edit_share: share(tally.needsEdit, tally.labelled),
    discard_share: share(tally.discard, tally.labelled),
    only_explanation_share: share(tally.onlyExplanation, tally.labelled),
    holdout_labelled: holdout.labelled,
    holdout_usable_share: share(holdout.usable, holdout.labelled),
    holdout_discard_share: share(holdout.discard, holdout.labelled),
    gold_facts: facts,
    gold_coverage: share(covered, facts),
    generic_key_share: share(signals.genericKey, signals.keyed),
    repeated_stems: signals.repeatedStems,
    sentence_reuse_share: share(signals.sentenceReuse, signals.cited),
    dangling_references: signals.dangling,
    key_outside_source: signals.keyOutsideSource,
    explanation_echo_share: share(signals.explanationEcho, signals.published),
    documents_without_questions: documents.filter((document) => document.total.published === 0).length,
  };
}
