import type { QualityRule } from "./rule";

/** 单选题 need four options with one correct; 多选题 four to six with two to four correct. */
export const tooFewOptions: QualityRule = {
  code: "TOO_FEW_OPTIONS",
  description: "the course has too few same-kind distractors for a full set of options",
  rejects({ question }) {
    const correct = Array.isArray(question.answer) ? question.answer.length : 0;
    if (question.type === "SINGLE_CHOICE") return question.options.length !== 4 || correct !== 1;
    if (question.type === "MULTIPLE_CHOICE") return question.options.length < 4 || question.options.length > 6 || correct < 2 || correct > 4 || question.options.length - correct < 2;
    return false;
  },
};
