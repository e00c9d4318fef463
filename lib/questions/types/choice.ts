import { z } from "zod";
import { MAX_OPTIONS, MIN_OPTIONS, OPTION_KEYS, OPTION_MAX, questionCommonFields } from "@/lib/validation/question-fields";
import { normalizeAnswer } from "../normalize-answer";
import { textField } from "@/lib/validation/text";
import { OPTION_COLUMNS } from "../interchange/columns";
import { giftEscape } from "../interchange/gift-markup";
import type { KeyCells, TextBankCells, TextBankItem } from "../interchange/key-cells";
import { keyLetters } from "../interchange/text-bank-lines";
import { MOODLE_SHARES, moodleAnswer } from "../interchange/moodle-markup";
import { answerItems, type AnswerWordsStyle } from "./answer-words";
import { responseTexts, type GradeResult, type LearnerResponse, type MoodleXmlQuestion, type PaperLayout } from "./definition";
import type { QuestionOption } from "./question";

/** What single and multiple choice share: options with keys, the correct keys as the answer. */

export const storedOption = z.object({ key: z.string().min(1), text: z.string() });

export const storedOptions = z
  .array(storedOption)
  .min(2)
  .refine((options) => new Set(options.map((option) => option.key)).size === options.length, "duplicate option keys");

/** The correct keys name options that exist, each once. */
export function keysAmongOptions(key: { options: QuestionOption[]; answer: string[] }, context: z.RefinementCtx) {
  const keys = new Set(key.options.map((option) => option.key));
  if (key.answer.some((answer) => !keys.has(answer))) context.addIssue({ code: "custom", path: ["answer"], message: "answer names no option" });
  if (new Set(key.answer).size !== key.answer.length) context.addIssue({ code: "custom", path: ["answer"], message: "answer repeats a key" });
}

export const choiceResponse = z.array(z.string());

/** Exactly the set of correct keys, letter case and spaces aside: no partial credit for 多选题. */
export function gradeChoice(key: { answer: string[] }, response: LearnerResponse): GradeResult {
  const expected = new Set(key.answer.map((answer) => answer.toUpperCase()));
  const given = new Set(responseTexts(response).map((answer) => answer.trim().toUpperCase()));
  const correct = given.size === expected.size && [...given].every((answer) => expected.has(answer));
  return { status: correct ? "correct" : "incorrect", score: correct ? 1 : 0 };
}

/** The correct options' texts, sorted: distractors and option order do not enter a question's identity. */
export function correctOptionTexts(key: { options: QuestionOption[]; answer: string[] }): string[] {
  return key.options.filter((option) => key.answer.includes(option.key)).map((option) => option.text).sort();
}

/** Options in `order`, lettered by position, and the correct keys on those letters (sorted). */
export function reletteredChoice<K extends { options: QuestionOption[]; answer: string[] }>(key: K, order: readonly number[]): K {
  const shown = order.map((position) => key.options[position]!);
  const letters = new Map(shown.map((option, position) => [option.key, String.fromCharCode(65 + position)]));
  return {
    ...key,
    options: shown.map((option) => ({ key: letters.get(option.key)!, text: option.text })),
    answer: key.answer.map((answer) => letters.get(answer) ?? answer).sort(),
  };
}

export function choiceAnswerCell(key: { answer: string[] }): string {
  return [...key.answer].sort().join("");
}

/** Option keys in words: the letters, each letter with its option's text, or the texts alone (a key no option has stands as itself). */
export function choiceAnswerWords(key: { options: QuestionOption[] }, answer: unknown, style: AnswerWordsStyle): string {
  const letters = answerItems(answer);
  if (style.choice === "letters") return letters.join("");
  const textOf = (letter: string) => key.options.find((option) => option.key === letter)?.text;
  if (style.choice === "texts") return letters.map((letter) => textOf(letter) ?? letter).join(style.separator);
  return letters.map((letter) => `${letter}. ${textOf(letter) ?? ""}`).join(style.separator);
}

/** GIFT: 单选 marks the right option `=` and the others `~`; 多选's right options share 100 % and the wrong ones take -100 %. */
export function choiceGift(single: boolean) {
  return (key: { options: QuestionOption[]; answer: string[] }) => {
    const share = MOODLE_SHARES[key.answer.length] ?? "0";
    const mark = (right: boolean) => (single ? (right ? "=" : "~") : `~%${right ? share : "-100"}%`);
    return { answers: key.options.map((option) => `${mark(key.answer.includes(option.key))}${giftEscape(option.text)}`).join(" "), feedback: [] };
  };
}

/** Moodle XML multichoice: single or multiple, the options shuffled by Moodle, fractions as in GIFT. */
export function choiceMoodleXml(single: boolean) {
  return (question: { options: QuestionOption[]; answer: string[]; stem: string }): MoodleXmlQuestion => {
    const right = single ? "100" : (MOODLE_SHARES[question.answer.length] ?? "0");
    const wrong = single ? "0" : "-100";
    return {
      type: "multichoice",
      parts: [
        `    <single>${single}</single>`,
        "    <shuffleanswers>true</shuffleanswers>",
        "    <answernumbering>ABCD</answernumbering>",
        ...question.options.map((option) => moodleAnswer(question.answer.includes(option.key) ? right : wrong, option.text)),
      ],
      questionText: question.stem,
    };
  };
}

/** A key table in the paper's 参考答案 part, nothing to write in. */
export const KEY_TABLE_PAPER: PaperLayout = { answer: "key-table", marker: "", paperLines: 0, sheetLines: 0, markInStem: false };

/** A template row's options, filled from 选项A on without a gap, and its 答案 as option letters (`ABD`). */
export function choiceInputOfCells(cells: KeyCells, reasons: string[]): { options: QuestionOption[]; correct: string[] } {
  const last = cells.options.findLastIndex((text) => text !== "");
  const options: QuestionOption[] = [];
  for (let index = 0; index <= last; index++) {
    if (cells.options[index] === "") {
      reasons.push(`选项要从选项A 起连续填写，${OPTION_COLUMNS[index]} 是空的`);
      break;
    }
    options.push({ key: OPTION_COLUMNS[index]!.slice(-1), text: cells.options[index]! });
  }
  const answer = keyLetters(cells.answer);
  if (answer === "") {
    reasons.push("请填写答案（选项字母，如 A 或 ABD）");
    return { options, correct: [] };
  }
  if (!/^[A-F]+$/.test(answer)) {
    reasons.push(`答案“${cells.answer}”无效：选择题的答案是选项字母，如 A 或 ABD`);
    return { options, correct: [] };
  }
  const correct = [...answer];
  for (const key of new Set(correct)) {
    if (!options.some((option) => option.key === key)) reasons.push(`答案中的 ${key} 没有对应的选项（选项${key} 是空的）`);
  }
  return { options, correct };
}

/** A text-layout choice question's options in 选项A… and its key as letters in 答案; refused without a key or with more options than columns. */
export function choiceTextBankCells(item: TextBankItem): TextBankCells {
  if (item.key === undefined) return { ok: false, refusal: "没有找到答案：题干括号中的字母（如（C））、“答案：”行或题后的答案表（如 1-5 CABDA）都没有" };
  if (item.options.length > OPTION_COLUMNS.length) return { ok: false, refusal: `选项最多 ${OPTION_COLUMNS.length} 个（A 到 F），这里有 ${item.options.length} 个` };
  const options = Object.fromEntries(item.options.map((option, position) => [OPTION_COLUMNS[position]!, option.text]));
  return { ok: true, cells: { ...options, 答案: keyLetters(item.key) } };
}

/** The key of a choice question written in the bank form or imported: the correct keys sorted. */
export function choiceKeyOfInput<T extends "SINGLE_CHOICE" | "MULTIPLE_CHOICE">(input: { type: T; options: QuestionOption[]; correct: string[] }) {
  return { type: input.type, options: input.options, answer: [...input.correct].sort() };
}

const inputOption = z.object({
  key: textField({ error: "选项编号无效" }),
  text: textField({ error: "请填写选项内容" }).trim().min(1, "选项内容不能为空").max(OPTION_MAX, `选项不能超过 ${OPTION_MAX} 个字`),
});

const inputOptions = z
  .array(inputOption, { error: "请填写选项" })
  .min(MIN_OPTIONS, `选择题需要 ${MIN_OPTIONS} 到 ${MAX_OPTIONS} 个选项`)
  .max(MAX_OPTIONS, `选择题需要 ${MIN_OPTIONS} 到 ${MAX_OPTIONS} 个选项`)
  .superRefine((list, context) => {
    if (list.some((item, position) => item.key !== OPTION_KEYS[position])) {
      context.addIssue({ code: "custom", message: "选项编号无效" });
    }
    const texts = list.map((item) => normalizeAnswer(item.text) || item.text);
    if (new Set(texts).size !== texts.length) context.addIssue({ code: "custom", message: "选项内容不能重复" });
  });

const correctKeys = z.array(textField({ error: "正确答案无效" }), { error: "请选择正确答案" });

/**
 * A choice question as the bank form or an import writes it: options keyed A, B, … in order,
 * the correct keys among them, each once, and as many as `countRule` allows (its message otherwise).
 */
export function choiceInput<T extends "SINGLE_CHOICE" | "MULTIPLE_CHOICE">(type: T, countRule: (count: number) => string | undefined) {
  return z.object({ type: z.literal(type), ...questionCommonFields, options: inputOptions, correct: correctKeys }).superRefine((value, context) => {
    // Correct keys must name options that exist: a forged key changes nothing.
    const keys = new Set(value.options.map((item) => item.key));
    if (value.correct.some((key) => !keys.has(key))) {
      context.addIssue({ code: "custom", path: ["correct"], message: "正确答案必须是已有的选项" });
    }
    if (new Set(value.correct).size !== value.correct.length) {
      context.addIssue({ code: "custom", path: ["correct"], message: "正确答案重复" });
    }
    const wrongCount = countRule(value.correct.length);
    if (wrongCount) context.addIssue({ code: "custom", path: ["correct"], message: wrongCount });
  });
}

/** The bank form's options (aligned `optionKey` and `optionText` fields) and correct keys (`correct`). */
export function choiceInputOfForm(formData: FormData): Record<string, unknown> {
  const optionTexts = formData.getAll("optionText");
  return {
    options: formData.getAll("optionKey").map((key, position) => ({ key, text: optionTexts[position] ?? "" })),
    correct: formData.getAll("correct"),
  };
}

/** What single and multiple choice define alike: all but the stored key's and the response's rules. */
export const choiceBehaviour = {
  grade: gradeChoice,
  testedAnswers: correctOptionTexts,
  learnerFacing: (key: { options: QuestionOption[] }) => ({ options: key.options, blanks: 0 }),
  correctOptionKeys: (key: { answer: string[] }) => key.answer,
  withOptionOrder: reletteredChoice,
  inputOfForm: choiceInputOfForm,
  keyOfInput: choiceKeyOfInput,
  answerCell: choiceAnswerCell,
  inputOfCells: choiceInputOfCells,
  textBankCells: choiceTextBankCells,
  answerWords: choiceAnswerWords,
  paper: KEY_TABLE_PAPER,
};
