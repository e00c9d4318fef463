import { questionInputSchema } from "@/lib/validation/question";
import { questionHash } from "../question-hash";
import { definitionOf, keyOfInput, testedAnswers, type QuestionAnswer, type QuestionInput, type QuestionOption } from "../types";
import { KEY_POINTS_COLUMN, OPTION_COLUMNS, type TemplateRow } from "./columns";
import { TYPE_LABELS, typeOfLabel } from "./type-labels";
import type { KeyCells } from "./key-cells";
import { halfWidth } from "./text-bank-lines";

/** A module of the course being imported into: rows name it by title. */
export interface ImportModule {
  id: string;
  title: string;
}

/** Where a row came from in a text-layout file: its lines and their text (absent for spreadsheets and JSON). */
type RowOrigin = Pick<TemplateRow, "lines" | "source">;

export type ParsedRow =
  | ({ row: number; ok: true; stem: string; input: QuestionInput; id: string; contentHash: string } & RowOrigin)
  | ({ row: number; ok: false; stem: string; reasons: string[] } & RowOrigin);

const DEFAULT_DIFFICULTY = 0.5;
const DIFFICULTY_WORDS: Record<string, number> = { 易: 0.3, 容易: 0.3, 简单: 0.3, 中: 0.5, 中等: 0.5, 一般: 0.5, 难: 0.7, 困难: 0.7, 较难: 0.7 };
const TYPE_NAMES = Object.values(TYPE_LABELS).map((labels) => labels[0]).join("、");

const cell = (row: TemplateRow, column: keyof TemplateRow["cells"]) => (row.cells[column] ?? "").trim();

function difficultyValue(text: string): unknown {
  if (text === "") return DEFAULT_DIFFICULTY;
  if (text in DIFFICULTY_WORDS) return DIFFICULTY_WORDS[text];
  return halfWidth(text);
}

/** The schema's messages, each once. */
function schemaReasons(error: { issues: Array<{ message: string }> }): string[] {
  return [...new Set(error.issues.map((issue) => issue.message))];
}

/**
 * Reads one template row into a question as the bank's forms would send it, validated by the
 * same rules (lib/validation/question.ts); or the row's Chinese reasons for refusing it.
 */
export function parseQuestionRow(row: TemplateRow, modules: readonly ImportModule[]): ParsedRow {
  const origin: RowOrigin = row.lines ? { lines: row.lines, source: row.source } : {};
  if (row.refusals && row.refusals.length > 0) return { row: row.row, ok: false, stem: cell(row, "题干"), reasons: row.refusals, ...origin };
  const parsed = parseCells(row, modules);
  return { ...parsed, ...origin };
}

function parseCells(row: TemplateRow, modules: readonly ImportModule[]): ParsedRow {
  const reasons: string[] = [];
  const stem = cell(row, "题干");
  const typeLabel = cell(row, "题型");
  const type = typeOfLabel(typeLabel);
  if (!type) {
    reasons.push(typeLabel === "" ? `请填写题型（${TYPE_NAMES}）` : `题型“${typeLabel}”无效，应为${TYPE_NAMES}之一`);
  }
  const moduleTitle = cell(row, "所属模块");
  const module = modules.find((candidate) => candidate.title.trim() === moduleTitle);
  if (moduleTitle === "") reasons.push("请填写所属模块（课程中单元的标题）");
  else if (!module) reasons.push(`课程中没有名为“${moduleTitle}”的单元`);
  if (!type) return { row: row.row, ok: false, stem, reasons: [...reasons, ...(stem === "" ? ["请填写题干"] : [])] };

  const candidate: Record<string, unknown> = {
    type,
    stem,
    explanation: cell(row, "解析"),
    difficulty: difficultyValue(cell(row, "难度")),
    // A placeholder keeps the schema's other checks running; the missing module is already a reason.
    moduleId: module?.id ?? "unknown-module",
    sourceText: "",
  };
  // The type reads its own key cells (lib/questions/types: inputOfCells).
  const keyCells: KeyCells = { answer: cell(row, "答案"), options: OPTION_COLUMNS.map((column) => cell(row, column)), keyPoints: cell(row, KEY_POINTS_COLUMN) };
  Object.assign(candidate, definitionOf(type).inputOfCells(keyCells, reasons));
  const parsed = questionInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const reason of schemaReasons(parsed.error)) {
      // 判断's own message about its verdict is already there, more precisely worded.
      if (reason.startsWith("请选择判断题的答案") && reasons.length > 0) continue;
      if (!reasons.includes(reason)) reasons.push(reason);
    }
  }
  if (reasons.length > 0 || !parsed.success) return { row: row.row, ok: false, stem, reasons };
  const input = parsed.data;
  const { id, contentHash } = questionHash(input.type, input.stem, testedAnswers(keyOfInput(input)));
  return { row: row.row, ok: true, stem: input.stem, input, id, contentHash };
}

/** The stored options and answer of a validated question (docs/QUESTIONS.md). */
export function storedAnswer(input: QuestionInput): { options: QuestionOption[]; answer: QuestionAnswer } {
  const { options, answer } = keyOfInput(input);
  return { options, answer };
}

export interface ClassifiedRows {
  valid: Array<Extract<ParsedRow, { ok: true }>>;
  rejected: Array<Extract<ParsedRow, { ok: false }>>;
  /** Already in the bank (`existingId`) or earlier in the same file (`sameAsRow`): reported, not imported twice. */
  duplicates: Array<{ row: number; stem: string; existingId?: string; sameAsRow?: number } & RowOrigin>;
}

/** Sorts parsed rows into those to import, those refused, and duplicates (by content hash). */
export function classifyRows(rows: readonly ParsedRow[], existing: ReadonlyMap<string, string>): ClassifiedRows {
  const result: ClassifiedRows = { valid: [], rejected: [], duplicates: [] };
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (!row.ok) {
      result.rejected.push(row);
      continue;
    }
    const existingId = existing.get(row.contentHash);
    const sameAsRow = seen.get(row.contentHash);
    const origin: RowOrigin = row.lines ? { lines: row.lines, source: row.source } : {};
    if (existingId) result.duplicates.push({ row: row.row, stem: row.stem, existingId, ...origin });
    else if (sameAsRow !== undefined) result.duplicates.push({ row: row.row, stem: row.stem, sameAsRow, ...origin });
    else {
      seen.set(row.contentHash, row.row);
      result.valid.push(row);
    }
  }
  return result;
}
