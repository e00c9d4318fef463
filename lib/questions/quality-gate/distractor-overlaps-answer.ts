import { overlaps } from "../distractors";
import { isChoice, splitOptions, type QualityRule } from "./rule";

/** A wrong option that equals a right one, contains it or is contained in it (after normalizing width and punctuation). */
export const distractorOverlapsAnswer: QualityRule = {
  code: "DISTRACTOR_OVERLAPS_ANSWER",
  description: "a distractor equals, contains or is contained in a correct answer",
  rejects({ question, evidence }) {
    if (isChoice(question)) {
      const { correct, wrong } = splitOptions(question);
      return wrong.some((text) => correct.some((answer) => overlaps(text, answer)));
    }
    const change = evidence.change;
    return change !== undefined && change.kind !== "negation" && overlaps(change.from, change.to);
  },
};
