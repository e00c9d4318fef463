import { judgeTarget } from "../target-importance";
import { blankTexts, isChoice, splitOptions, type QualityRule } from "./rule";

/**
 * The key is an actor every party-building text names (中国共产党, 人民群众, 群众, 党群关系 …): blanking
 * or swapping it tests nothing, whatever the course.
 */
export const commonActorTarget: QualityRule = {
  code: "COMMON_ACTOR_TARGET",
  description: "the key (blank, correct option, changed term) is an actor common to every passage",
  rejects(candidate, { index }) {
    const { question, evidence } = candidate;
    if (question.focus !== "term" && question.focus !== "enumeration") return false;
    if (question.type === "MULTIPLE_CHOICE" || question.type === "SHORT_ANSWER") return false;
    const tested = evidence.change?.kind === "term-swap" ? [evidence.change.from] : isChoice(question) ? splitOptions(question).correct : blankTexts(candidate);
    return tested.some((text) => judgeTarget(text, index) === "actor");
  },
};
