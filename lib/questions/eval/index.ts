/** bank:eval: the measurement of the generated bank against readers' labels, key facts and automatic signals. Pure. */
export { describeBank } from "./describe-bank";
export { evaluateDocument, summarise, type DocumentEvaluation, type EvalSummary } from "./evaluate";
export { goldCoverage, type GoldCoverage } from "./gold-coverage";
export { labelKey, readableAnswer, shownFingerprint } from "./label-key";
export { findLabel, indexLabels, labelSchema, mergeLabels, parseLabelLines } from "./label-file";
export { addTallies, emptyTally, share, tallyLabels, type LabelTally } from "./label-tally";
export { sampleUnlabelled } from "./sample";
export { bankSignals, genericKeyTest, isExplanationEcho, keyTexts, normalizedStem, type BankSignals } from "./signals";
export { hasDanglingReference, statementOf } from "../dangling-reference";
export type * from "./types";
