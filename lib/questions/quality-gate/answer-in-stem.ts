import { normalizeAnswer } from "../normalize-answer";
import { splitOptions, type QualityRule } from "./rule";

/** The stem gives the answer away: a blank's answer or a correct option still reads in the stem. */
export const answerInStem: QualityRule = {
  code: "ANSWER_IN_STEM",
  description: "the stem contains the answer",
  rejects({ question }) {
    const stem = normalizeAnswer(question.stem);
    const answers =
      question.type === "FILL_BLANK" ? question.answer : question.type === "SINGLE_CHOICE" || question.type === "MULTIPLE_CHOICE" ? splitOptions(question).correct : [];
    return answers.some((answer) => stem.includes(normalizeAnswer(answer)));
  },
};
