import { BLANK_SEPARATOR } from "./columns";

/** The cells of a template row that carry a question's key, trimmed: 答案, the option columns in order, 要点. */
export interface KeyCells {
  answer: string;
  options: string[];
  keyPoints: string;
}

/** A cell's list: blanks and key points by `|` (or a full-width `｜`), a blank's variants by `/`. */
export function splitList(text: string, separator: string): string[] {
  return text.split(separator === BLANK_SEPARATOR ? /[|｜]/ : separator).map((part) => part.trim());
}

/** A type without options (named as the template writes it) refuses a row whose option columns are filled, unless every text is `harmless`. */
export function refuseOptions(templateLabel: string, cells: KeyCells, reasons: string[], harmless: (text: string) => boolean = () => false) {
  const filled = cells.options.filter(Boolean);
  if (filled.length > 0 && !filled.every(harmless)) reasons.push(`${templateLabel}不填写选项，请清空选项列`);
}
