import { outsideNamedSet } from "../party-vocabulary";
import { fitsSlotElsewhere } from "../slot-check";
import { isChoice, splitOptions, type QualityRule } from "./rule";

/**
 * A wrong option (or a false statement's replacement) that may be right too: it is a member of the
 * source list, it stands in the stem sentence, or the course says it in the blank's place elsewhere. An option the
 * sentence names but that the lexicon puts outside the set the stem asks for by name (执政考验 for 下列属于“四种危险”的有,
 * 权力观 for the 三观: outsideNamedSet) is wrong by record, not a right answer.
 */
export const distractorAlsoCorrect: QualityRule = {
  code: "DISTRACTOR_ALSO_CORRECT",
  description: "a distractor belongs to the source list or fits the blank elsewhere in the course",
  rejects({ question, evidence }, { index }) {
    const { sentence, blanks, enumerationItems = [] } = evidence;
    const wrong = isChoice(question) ? splitOptions(question).wrong : evidence.change && evidence.change.kind !== "negation" ? [evidence.change.to] : [];
    const shownAlone = (text: string) => sentence !== null && sentence.includes(text) && !outsideNamedSet(text, enumerationItems, question.stem);
    return wrong.some(
      (text) =>
        enumerationItems.includes(text) ||
        (question.focus !== "speaker" && shownAlone(text)) ||
        (sentence !== null && blanks !== undefined && blanks.length === 1 && question.focus !== "number" && fitsSlotElsewhere(index, sentence, blanks[0]!, text)),
    );
  },
};
