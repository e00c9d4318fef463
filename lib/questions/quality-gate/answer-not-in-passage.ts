import type { QualityRule } from "./rule";

/** Every tested text (blank, correct option, the original of a changed word) must be in the cited span of the passage. */
export const answerNotInPassage: QualityRule = {
  code: "ANSWER_NOT_IN_PASSAGE",
  description: "an answer text does not occur in the cited passage span",
  rejects({ question, evidence }, { index }) {
    if (question.passageId === null) return false;
    const located = index.passage(question.passageId);
    if (!located || !question.span) return true;
    const cited = located.passage.text.slice(question.span.start, question.span.end);
    return evidence.answers.some((answer) => !cited.includes(answer));
  },
};
