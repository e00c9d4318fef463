import { fitsSlotElsewhere } from "../slot-check";
import { isChoice, splitOptions, type QualityRule } from "./rule";

/**
 * A wrong option (or a false statement's replacement) that may be right too: it is a member of the
 * source list, it stands in the stem sentence, or the course says it in the blank's place elsewhere.
 */
export const distractorAlsoCorrect: QualityRule = {
  code: "DISTRACTOR_ALSO_CORRECT",
  description: "a distractor belongs to the source list or fits the blank elsewhere in the course",
  rejects({ question, evidence }, { index }) {
    const { sentence, blanks, enumerationItems = [] } = evidence;
    const wrong = isChoice(question) ? splitOptions(question).wrong : evidence.change && evidence.change.kind !== "negation" ? [evidence.change.to] : [];
    return wrong.some(
      (text) =>
        enumerationItems.includes(text) ||
        (question.focus !== "speaker" && sentence !== null && sentence.includes(text)) ||
        (sentence !== null && blanks !== undefined && blanks.length === 1 && question.focus !== "number" && fitsSlotElsewhere(index, sentence, blanks[0]!, text)),
    );
  },
};
