import fs from "node:fs";
import path from "node:path";
import { parseQuestionRow, readQuestionFile, type ParsedRow, type SkippedText } from "@/lib/questions/interchange";

/** The real banks kept as fixtures, with their independent key files (tests/fixtures/banks/README.md). */
export const BANKS_FOLDER = path.join(import.meta.dirname, "../../fixtures/banks");

/** A bank's key file: per section, the key of each question number as the source states it. */
export function readKeys(file: string): Record<string, Record<string, string>> {
  return JSON.parse(fs.readFileSync(path.join(BANKS_FOLDER, file), "utf8")) as Record<string, Record<string, string>>;
}

export interface BankItem<Section extends string> {
  section: Section;
  number: number;
  row: ParsedRow;
}

/** A row parsed as a question of one module, the way an import of the bank into one module reads it. */
export function parseInModule(row: Parameters<typeof parseQuestionRow>[0], moduleTitle: string): ParsedRow {
  return parseQuestionRow({ ...row, cells: { ...row.cells, 所属模块: moduleTitle } }, [{ id: "m", title: moduleTitle }]);
}

/**
 * Reads a bank whose sections each number their questions from 1. The section of an item is told
 * from the numbering alone (a question numbered 1 opens the next section), not from the type the
 * reader gave it: a misread heading then shows as a mismatch in the tests.
 */
export async function readNumberedBank<Section extends string>(
  file: string,
  sections: readonly Section[],
  numberOf: (source: string) => number,
  moduleTitle: string,
): Promise<{ items: Array<BankItem<Section>>; skipped: SkippedText[] }> {
  const read = await readQuestionFile(file, new Uint8Array(fs.readFileSync(path.join(BANKS_FOLDER, file))));
  if (!read.ok) throw new Error(read.error);
  let section = -1;
  const items = read.rows.map((row) => {
    const number = numberOf(row.source!);
    if (number === 1) section += 1;
    return { section: sections[section]!, number, row: parseInModule(row, moduleTitle) };
  });
  return { items, skipped: read.skipped ?? [] };
}

/** The key of a choice or 判断 question as a source's answer column writes it: letters, and A (对) or B (错) for 判断. */
export function choiceKey(row: ParsedRow): string | null {
  if (!row.ok) return null;
  const { input } = row;
  if (input.type === "SINGLE_CHOICE" || input.type === "MULTIPLE_CHOICE") return [...input.correct].sort().join("");
  if (input.type === "TRUE_FALSE") return input.verdict ? "A" : "B";
  return null;
}
