import "server-only";
import type { Question as QuestionRow } from "@/lib/generated/prisma/client";
import { learnerFacing, parseStoredKey, StoredQuestionError, storedKeyColumns, type Question, type QuestionFocus, type QuestionKey, type QuestionOption } from "@/lib/questions";

/**
 * The one codec between a stored question row and lib/questions' Question: the key columns
 * (options, answer, acceptedAnswers, keyPoints) are read through the type's schema
 * (lib/questions/types), never by a cast. A row that does not fit its type throws
 * StoredQuestionError, which names the row; the app shows its Chinese message, not a stack.
 */

/** The columns a key is read from. */
export type StoredKeyRow = Pick<QuestionRow, "id" | "type" | "options" | "answer" | "acceptedAnswers" | "keyPoints">;

export function questionKeyOfRow(row: StoredKeyRow): QuestionKey {
  const parsed = parseStoredKey(row);
  if (!parsed.ok) throw new StoredQuestionError(row.id, parsed.issues);
  return parsed.key;
}

/**
 * The keys of several rows by id, or the Chinese message naming the first row that does not fit
 * its type: for a use-case that answers with a refusal rather than an error page.
 */
export function questionKeysOfRows(rows: readonly StoredKeyRow[]): { ok: true; keys: Map<string, QuestionKey> } | { ok: false; error: string } {
  const keys = new Map<string, QuestionKey>();
  for (const row of rows) {
    const parsed = parseStoredKey(row);
    if (!parsed.ok) {
      const error = new StoredQuestionError(row.id, parsed.issues);
      console.error(error.message);
      return { ok: false, error: error.userMessage };
    }
    keys.set(row.id, parsed.key);
  }
  return { ok: true, keys };
}

/** The columns a whole question is read from. */
export type QuestionRowFields = StoredKeyRow &
  Pick<QuestionRow, "focus" | "stem" | "explanation" | "difficulty" | "moduleId" | "sectionId" | "passageId" | "spanStart" | "spanEnd" | "contentHash" | "generatorVersion"> &
  Partial<Pick<QuestionRow, "knowledgePointId">>;

/** A stored question in the shape lib/questions works with (grading, reports). */
export function questionOfRow(row: QuestionRowFields): Question {
  return {
    id: row.id,
    ...questionKeyOfRow(row),
    // Hand-written questions have no focus; "term" counts for nothing special (出处 counts "speaker").
    focus: (row.focus ?? "term") as QuestionFocus,
    stem: row.stem,
    explanation: row.explanation,
    difficulty: row.difficulty,
    moduleId: row.moduleId ?? "",
    sectionId: row.sectionId ?? "",
    passageId: row.passageId,
    ...(row.knowledgePointId != null && { knowledgePointId: row.knowledgePointId }),
    span: row.spanStart !== null && row.spanEnd !== null ? { start: row.spanStart, end: row.spanEnd } : null,
    contentHash: row.contentHash,
    generatorVersion: row.generatorVersion ?? "",
  };
}

/** What a learner may see of a question before answering it: never the answer. */
export interface QuestionView {
  id: string;
  type: QuestionRow["type"];
  stem: string;
  options: QuestionOption[];
  /** 填空题: how many blanks to fill. */
  blanks: number;
}

export function questionViewOfRow(row: StoredKeyRow & Pick<QuestionRow, "stem">): QuestionView {
  return { id: row.id, type: row.type, stem: row.stem, ...learnerFacing(questionKeyOfRow(row)) };
}

/** A key as its row's columns are written. */
export { storedKeyColumns };
