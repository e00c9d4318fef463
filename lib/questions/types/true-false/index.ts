import { z } from "zod";
import { formText, questionCommonFields } from "@/lib/validation/question-fields";
import { FALSE_WORDS, TRUE_WORDS } from "../../interchange/columns";
import { refuseOptions } from "../../interchange/key-cells";
import { halfWidth, keyLetters } from "../../interchange/text-bank-lines";
import { moodleAnswer } from "../../interchange/moodle-markup";
import type { QuestionTypeDefinition } from "../definition";
import { KEY_TABLE_PAPER, storedOption } from "../choice";

/** A verdict as a cell writes it: 正确/错误, 对/错, √/×, T/F …; undefined, with the reason, for anything else. */
function verdictOf(text: string, reasons: string[]): boolean | undefined {
  const word = halfWidth(text).toUpperCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  reasons.push(text === "" ? "请填写判断题的答案：正确或错误" : `判断题的答案应为“正确”或“错误”（也可写 对/错、√/×），不能是“${text}”`);
  return undefined;
}

const TEMPLATE_LABELS = ["判断题", "判断"] as const;

const input = z.object({
  type: z.literal("TRUE_FALSE"),
  ...questionCommonFields,
  verdict: z.preprocess(
    (value) => (value === "true" ? true : value === "false" ? false : value),
    z.boolean({ error: "请选择判断题的答案：正确或错误" }),
  ),
});

/** 判断题: a statement, true or false; its options are not shown (the player offers 正确 / 错误). */
export const trueFalse: QuestionTypeDefinition<"TRUE_FALSE", typeof input> = {
  type: "TRUE_FALSE",
  label: "判断题",
  templateLabels: TEMPLATE_LABELS,
  paperSection: { title: "判断题", order: 3 },
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
  input,
  inputOfForm: (formData) => ({ verdict: formText(formData, "verdict") }),
  keyOfInput: (input) => ({ type: input.type, options: [], answer: input.verdict }),
  answerCell: (key) => (key.answer === true ? "正确" : "错误"),
  inputOfCells(cells, reasons) {
    // 判断题 are often written with 正确 / 错误 as options A and B: those say nothing more.
    refuseOptions(TEMPLATE_LABELS[0], cells, reasons, (text) => TRUE_WORDS.includes(text) || FALSE_WORDS.includes(text));
    return { verdict: verdictOf(cells.answer, reasons) ?? "none" };
  },
  textBankCells(item) {
    // A verdict may be given as an option's letter (`A. 正确 B. 错误`, 答案：A): the option's text.
    const letter = item.key === undefined ? undefined : keyLetters(item.key);
    const verdict = item.options.find((option) => option.key === letter)?.text ?? item.key;
    if (verdict === undefined) return { ok: false, refusal: "没有找到判断题的答案（√/×、对/错 或 正确/错误）" };
    return { ok: true, cells: { 答案: halfWidth(verdict).trim() } };
  },
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
  paper: { ...KEY_TABLE_PAPER, markInStem: true },
};
