import { judgeTerm } from "../term-quality";
import { blankTexts, type QualityRule } from "./rule";

/** A "term" the extractor found that is no key term: a fragment (关系党, 党领导), a verb (营造), a word met once (民谣). */
export const notATerm: QualityRule = {
  code: "NOT_A_TERM",
  description: "the blanked or swapped term is not a key term of the course (fragment, verb, generic or one-off word)",
  rejects(candidate, { index }) {
    const { question, evidence } = candidate;
    if (question.focus !== "term") return false;
    const change = evidence.change;
    const tested = change?.kind === "term-swap" ? [change.from, change.to] : blankTexts(candidate);
    return tested.some((text) => judgeTerm(text, index) === "NOT_A_TERM");
  },
};
