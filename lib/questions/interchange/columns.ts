/** The template's columns, in order: the layout Chinese question banks commonly use. */
export const OPTION_COLUMNS = ["选项A", "选项B", "选项C", "选项D", "选项E", "选项F"] as const;
export type OptionColumn = (typeof OPTION_COLUMNS)[number];
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

export const TRUE_WORDS = ["正确", "对", "√", "✓", "✔", "是", "T", "TRUE"];
export const FALSE_WORDS = ["错误", "错", "×", "✗", "✘", "X", "否", "F", "FALSE"];

/** Separates blanks in 答案 (and key points in 要点); `/` separates a blank's accepted variants. */
export const BLANK_SEPARATOR = "|";
export const VARIANT_SEPARATOR = "/";
