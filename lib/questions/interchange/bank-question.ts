import { definitionOf, type QuestionKey } from "../types";
import { BLANK_SEPARATOR, KEY_POINTS_COLUMN, OPTION_COLUMNS, type TemplateColumn } from "./columns";
import { TYPE_LABELS } from "./type-labels";

/**
 * A question as the interchange formats carry it: the stored shapes of docs/QUESTIONS.md, with
 * its module by title. The JSON export's objects have this shape (and more).
 */
export type BankQuestion = QuestionKey & {
  id?: string;
  stem: string;
  explanation: string;
  difficulty: number;
  module: string | null;
};

export { blankVariants } from "../types/fill-blank";

/** The template's 答案 cell for a question, as its type writes it. */
export function answerCell(question: QuestionKey): string {
  return definitionOf(question.type).answerCell(question);
}

/** A difficulty as written in a cell: at most three decimals. */
export function difficultyCell(difficulty: number): string {
  return String(Math.round(difficulty * 1000) / 1000);
}

/** A question as one template row's cells (the same for xlsx and CSV). */
export function questionCells(question: BankQuestion): Record<TemplateColumn, string> {
  const options = Object.fromEntries(OPTION_COLUMNS.map((column, index) => [column, question.options[index]?.text ?? ""]));
  return {
    题型: TYPE_LABELS[question.type][0],
    题干: question.stem,
    ...(options as Record<(typeof OPTION_COLUMNS)[number], string>),
    答案: answerCell(question),
    解析: question.explanation,
    难度: difficultyCell(question.difficulty),
    所属模块: question.module ?? "",
    // Only 简答 has key points (the codec gives no other type any).
    [KEY_POINTS_COLUMN]: (question.keyPoints ?? []).join(BLANK_SEPARATOR),
  } as Record<TemplateColumn, string>;
}
