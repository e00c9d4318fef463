import type { QuestionType } from "../types";

/** The template's columns, in order: the layout Chinese question banks commonly use. */
export const OPTION_COLUMNS = ["选项A", "选项B", "选项C", "选项D", "选项E", "选项F"] as const;
export const TEMPLATE_COLUMNS = ["题型", "题干", ...OPTION_COLUMNS, "答案", "解析", "难度", "所属模块"] as const;
/** Optional trailing column: a 简答题's key points separated by `|` (exports write it, so a round trip keeps them). */
export const KEY_POINTS_COLUMN = "要点";
export const ALL_COLUMNS = [...TEMPLATE_COLUMNS, KEY_POINTS_COLUMN] as const;

export type TemplateColumn = (typeof ALL_COLUMNS)[number];
/** One data row of the template as text, numbered as the spreadsheet numbers it (the header is row 1). */
export interface TemplateRow {
  row: number;
  cells: Partial<Record<TemplateColumn, string>>;
  /** Text layout only: the lines the question was read from, and their text as written. */
  lines?: { first: number; last: number };
  source?: string;
  /** Text layout only: the chapter heading (`第一章 总纲`) the question stands under. */
  chapter?: string;
  /** Text layout only: why the item could not be read as a question; such a row is refused as it is. */
  refusals?: string[];
}

export const IMPORT_MAX_ROWS = 5000;
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** The type as the template writes it (the first) and the other spellings an import accepts. */
export const TYPE_LABELS: Record<QuestionType, readonly string[]> = {
  SINGLE_CHOICE: ["单选题", "单选", "单项选择题", "单项选择"],
  MULTIPLE_CHOICE: ["多选题", "多选", "多项选择题", "多项选择"],
  TRUE_FALSE: ["判断题", "判断"],
  FILL_BLANK: ["填空题", "填空"],
  SHORT_ANSWER: ["简答题", "简答", "问答题", "问答"],
};

export function typeOfLabel(label: string): QuestionType | undefined {
  const text = label.trim();
  return (Object.keys(TYPE_LABELS) as QuestionType[]).find((type) => TYPE_LABELS[type].includes(text));
}

export const TRUE_WORDS = ["正确", "对", "√", "✓", "✔", "是", "T", "TRUE"];
export const FALSE_WORDS = ["错误", "错", "×", "✗", "✘", "X", "否", "F", "FALSE"];

/** Separates blanks in 答案 (and key points in 要点); `/` separates a blank's accepted variants. */
export const BLANK_SEPARATOR = "|";
export const VARIANT_SEPARATOR = "/";
