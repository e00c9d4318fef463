import { isFunctionTag, judgeTerm, taggedSpans } from "../term-quality";
import { blankTexts, type QualityRule } from "./rule";

/** The blank (or the word a false statement swaps) is, starts or ends with a function word: 一定, 对党, 使党, 于民 … */
export const functionWordBlank: QualityRule = {
  code: "FUNCTION_WORD_BLANK",
  description: "the tested text is or contains a function word (adverb, preposition, conjunction, particle, pronoun)",
  rejects(candidate, { index }) {
    const { question, evidence } = candidate;
    const tested = evidence.change?.kind === "term-swap" ? [evidence.change.from] : blankTexts(candidate);
    if (question.focus === "term") return tested.some((text) => judgeTerm(text, index) === "FUNCTION_WORD_BLANK");
    if (question.focus !== "enumeration") return false;
    return tested.some((text) => {
      const words = taggedSpans(text);
      return words.length > 0 && (isFunctionTag(words[0]!.tag) || isFunctionTag(words[words.length - 1]!.tag));
    });
  },
};
