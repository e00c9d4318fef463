import type { QuestionAnswer, QuestionOption, QuestionType } from "../types";
import { BLANK_SEPARATOR, KEY_POINTS_COLUMN, OPTION_COLUMNS, TYPE_LABELS, VARIANT_SEPARATOR, type TemplateColumn } from "./columns";

/**
 * A question as the interchange formats carry it: the stored shapes of docs/QUESTIONS.md, with
 * its module by title. The JSON export's objects have this shape (and more).
 */
export interface BankQuestion {
  id?: string;
  type: QuestionType;
  stem: string;
  options: QuestionOption[];
  answer: QuestionAnswer;
  acceptedAnswers?: string[][];
  keyPoints?: string[];
  explanation: string;
  difficulty: number;
  module: string | null;
}

/** A blank's accepted answers: the shown answer first, then the other variants. */
export function blankVariants(question: BankQuestion): string[][] {
  const answers = question.answer as string[];
  return answers.map((answer, index) => {
    const accepted = question.acceptedAnswers?.[index] ?? [];
    return [answer, ...accepted.filter((variant) => variant !== answer)];
  });
}

/** The template's 答案 cell for a question. */
export function answerCell(question: BankQuestion): string {
  switch (question.type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE":
      return [...(question.answer as string[])].sort().join("");
    case "TRUE_FALSE":
      return question.answer === true ? "正确" : "错误";
    case "FILL_BLANK":
      return blankVariants(question)
        .map((variants) => variants.join(VARIANT_SEPARATOR))
        .join(BLANK_SEPARATOR);
    case "SHORT_ANSWER":
      return String(question.answer);
  }
}

/** A difficulty as written in a cell: at most three decimals. */
export function difficultyCell(difficulty: number): string {
  return String(Math.round(difficulty * 1000) / 1000);
}

/** A question as one template row's cells (the same for xlsx and CSV). */
export function questionCells(question: BankQuestion): Record<TemplateColumn, string> {
  const options = Object.fromEntries(OPTION_COLUMNS.map((column, index) => [column, question.options[index]?.text ?? ""]));
  return {
    题型: TYPE_LABELS[question.type][0]!,
    题干: question.stem,
    ...(options as Record<(typeof OPTION_COLUMNS)[number], string>),
    答案: answerCell(question),
    解析: question.explanation,
    难度: difficultyCell(question.difficulty),
    所属模块: question.module ?? "",
    [KEY_POINTS_COLUMN]: question.type === "SHORT_ANSWER" ? (question.keyPoints ?? []).join(BLANK_SEPARATOR) : "",
  } as Record<TemplateColumn, string>;
}
