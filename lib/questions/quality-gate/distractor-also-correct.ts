import { kinSetMembers } from "../party-vocabulary";
import { fitsSlotElsewhere } from "../slot-check";
import { isChoice, splitOptions, type QualityRule } from "./rule";

/**
 * A wrong option (or a false statement's replacement) that may be right too: it is a member of the
 * source list, it stands in the stem sentence, or the course says it in the blank's place elsewhere. A member of a set
 * of record kin to the list's (执政考验 beside the 四种危险) that the sentence names but the stem does not show (下列属于
 * “四种危险”的有) is of another set by record, not a right answer.
 */
export const distractorAlsoCorrect: QualityRule = {
  code: "DISTRACTOR_ALSO_CORRECT",
  description: "a distractor belongs to the source list or fits the blank elsewhere in the course",
  rejects({ question, evidence }, { index }) {
    const { sentence, blanks, enumerationItems = [] } = evidence;
    const wrong = isChoice(question) ? splitOptions(question).wrong : evidence.change && evidence.change.kind !== "negation" ? [evidence.change.to] : [];
    const kin = kinSetMembers(enumerationItems);
    const shownAlone = (text: string) => sentence !== null && sentence.includes(text) && !(kin.includes(text) && !question.stem.includes(text));
    return wrong.some(
      (text) =>
        enumerationItems.includes(text) ||
        (question.focus !== "speaker" && shownAlone(text)) ||
        (sentence !== null && blanks !== undefined && blanks.length === 1 && question.focus !== "number" && fitsSlotElsewhere(index, sentence, blanks[0]!, text)),
    );
  },
};
