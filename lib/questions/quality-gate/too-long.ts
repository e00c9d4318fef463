import type { QualityRule } from "./rule";

const MAX_STEM = 160;
const MAX_STATEMENT = 75;
const MAX_OPTION = 24;
const MAX_BLANK = 12;
const MAX_MODEL_ANSWER = 300;

/** Too long to read on a phone or to write into a blank. */
export const tooLong: QualityRule = {
  code: "TOO_LONG",
  description: "the stem, an option, a blank's answer or a model answer is too long",
  rejects({ question }) {
    if (question.stem.length > (question.type === "TRUE_FALSE" ? MAX_STATEMENT : MAX_STEM)) return true;
    if (question.options.some((option) => option.text.length > MAX_OPTION)) return true;
    if (question.type === "FILL_BLANK") return question.answer.some((answer) => answer.length > MAX_BLANK);
    if (question.type === "SHORT_ANSWER") return question.answer.length > MAX_MODEL_ANSWER;
    return false;
  },
};
