import type { Candidate } from "../types";
import { ambiguousBlank } from "./ambiguous-blank";
import { answerInStem } from "./answer-in-stem";
import { answerNotInPassage } from "./answer-not-in-passage";
import { blankSplitsWord } from "./blank-splits-word";
import { brokenSentence } from "./broken-sentence";
import { commonActorTarget } from "./common-actor-target";
import { contextDependent } from "./context-dependent";
import { distractorAlsoCorrect } from "./distractor-also-correct";
import { distractorOverlapsAnswer } from "./distractor-overlaps-answer";
import { functionWordBlank } from "./function-word-blank";
import { noisyEnumerationItem } from "./noisy-enumeration-item";
import { notATerm } from "./not-a-term";
import type { GateContext, QualityRule } from "./rule";
import { tooFewOptions } from "./too-few-options";
import { tooLittleContext } from "./too-little-context";
import { tooLong } from "./too-long";
import { unevenOptions } from "./uneven-options";

export { isNoisyItem } from "./noisy-enumeration-item";
export type { GateContext, QualityRule } from "./rule";

/** Reason codes the gate gives at bank level, beyond the per-candidate rules. */
export const DUPLICATE = "DUPLICATE";
export const OVER_MODULE_SHARE = "OVER_MODULE_SHARE";
/** A true 判断 held back so that the published ones stay at least a quarter false. */
export const TRUE_SURPLUS = "TRUE_SURPLUS";
/** A false 判断 that gave its sentence to the confident true statement of it, so that the published ones are not more than three quarters false. */
export const FALSE_SURPLUS = "FALSE_SURPLUS";
export const SENTENCE_ALREADY_TESTED = "SENTENCE_ALREADY_TESTED";
/** Same type and the same stem once blanks, markers and punctuation are taken out. */
export const DUPLICATE_STEM = "DUPLICATE_STEM";
/** The same key already tested from the same source sentence by another question. */
export const SAME_SPAN_AND_TARGET = "SAME_SPAN_AND_TARGET";

export const QUALITY_RULES: QualityRule[] = [
  functionWordBlank,
  notATerm,
  commonActorTarget,
  blankSplitsWord,
  noisyEnumerationItem,
  answerNotInPassage,
  answerInStem,
  ambiguousBlank,
  distractorOverlapsAnswer,
  distractorAlsoCorrect,
  tooFewOptions,
  unevenOptions,
  tooLittleContext,
  contextDependent,
  brokenSentence,
  tooLong,
];

/** The reason codes of every rule the candidate breaks; empty when it passes. */
export function checkCandidate(candidate: Candidate, context: GateContext): string[] {
  return QUALITY_RULES.filter((rule) => rule.rejects(candidate, context)).map((rule) => rule.code);
}
