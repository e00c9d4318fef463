import { z } from "zod";
import { moodleAnswer } from "../../interchange/moodle-markup";
import type { QuestionTypeDefinition } from "../definition";
import { KEY_TABLE_PAPER, storedOption } from "../choice";

/** 判断题: a statement, true or false; its options are not shown (the player offers 正确 / 错误). */
export const trueFalse: QuestionTypeDefinition<"TRUE_FALSE"> = {
  type: "TRUE_FALSE",
  storedKey: z.object({ type: z.literal("TRUE_FALSE"), options: z.array(storedOption), answer: z.boolean() }),
  response: z.boolean(),
  isComplete: (response) => typeof response === "boolean",
  grade(key, response) {
    const correct = typeof response === "boolean" && response === key.answer;
    return { status: correct ? "correct" : "incorrect", score: correct ? 1 : 0 };
  },
  testedAnswers: (key) => [String(key.answer)],
  learnerFacing: () => ({ options: [], blanks: 0 }),
  correctOptionKeys: () => [],
  // No options to show in another order.
  withOptionOrder: (key) => key,
  keyOfInput: (input) => ({ type: input.type, options: [], answer: input.verdict }),
  answerCell: (key) => (key.answer === true ? "正确" : "错误"),
  answerWords(_key, answer, style) {
    if (typeof answer !== "boolean") return "";
    if (style.verdict === "marks") return answer ? "√" : "×";
    return answer ? "正确" : "错误";
  },
  gift: (key) => ({ answers: key.answer === true ? "TRUE" : "FALSE", feedback: [] }),
  moodleXml: (question) => ({
    type: "truefalse",
    parts: [moodleAnswer(question.answer === true ? "100" : "0", "true", "moodle_auto_format"), moodleAnswer(question.answer === true ? "0" : "100", "false", "moodle_auto_format")],
    questionText: question.stem,
  }),
  paper: KEY_TABLE_PAPER,
};
