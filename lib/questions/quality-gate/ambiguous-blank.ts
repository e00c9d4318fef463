import { blankTexts, type QualityRule } from "./rule";

/** The blanked text occurs more than once in its sentence, so which occurrence is meant (and what remains) is unclear. */
export const ambiguousBlank: QualityRule = {
  code: "AMBIGUOUS_BLANK",
  description: "the answer occurs twice in the stem sentence",
  rejects(candidate) {
    const sentence = candidate.evidence.sentence;
    if (!sentence || candidate.question.type === "TRUE_FALSE") return false;
    return blankTexts(candidate).some((text) => sentence.indexOf(text) !== sentence.lastIndexOf(text));
  },
};
