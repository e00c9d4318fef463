import type { QuestionOption } from "../types/question";
import { BLANK_SEPARATOR, type OptionColumn } from "./columns";

/** The cells of a template row that carry a question's key, trimmed: 答案, the option columns in order, 要点. */
export interface KeyCells {
  answer: string;
  options: string[];
  keyPoints: string;
}

/**
 * A question as the text layout (read-text-bank.ts) read it, as much as its type needs to write
 * its key cells: a read-only view, the layout (lines, sections, key tables, the type) already done.
 */
export interface TextBankItem {
  /** The options as written (`A. …`), in order; none for a question written without. */
  readonly options: ReadonlyArray<Readonly<QuestionOption>>;
  /** The key as written: in brackets in the stem, on its 答案 line or in a key table (for a question without options, else its answer lines); undefined when none. */
  readonly key: string | undefined;
  /** Its answer lines (a model answer) joined and trimmed; "" when none. */
  readonly answerText: string;
  /** How many blanks its stem has (`______`, `（　）`). */
  readonly blanks: number;
}

/** A text-layout item's key cells (答案, and a choice question's 选项A…F), or, in Chinese, why they cannot be written. */
export type TextBankCells = { ok: true; cells: Partial<Record<"答案" | OptionColumn, string>> } | { ok: false; refusal: string };

/** A cell's list: blanks and key points by `|` (or a full-width `｜`), a blank's variants by `/`. */
export function splitList(text: string, separator: string): string[] {
  return text.split(separator === BLANK_SEPARATOR ? /[|｜]/ : separator).map((part) => part.trim());
}

/** A type without options (named as the template writes it) refuses a row whose option columns are filled, unless every text is `harmless`. */
export function refuseOptions(templateLabel: string, cells: KeyCells, reasons: string[], harmless: (text: string) => boolean = () => false) {
  const filled = cells.options.filter(Boolean);
  if (filled.length > 0 && !filled.every(harmless)) reasons.push(`${templateLabel}不填写选项，请清空选项列`);
}
