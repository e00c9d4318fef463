import type { QuestionType } from "@/lib/questions/types";

export type PointsByType = Record<QuestionType, number>;

/** Points per question type when the instructor has set none. */
export const DEFAULT_POINTS_BY_TYPE: PointsByType = {
  SINGLE_CHOICE: 2,
  MULTIPLE_CHOICE: 3,
  TRUE_FALSE: 1,
  FILL_BLANK: 2,
  SHORT_ANSWER: 5,
};

/** The quiz's stored points per type (JSON, maybe partial or absent) over the defaults. */
export function resolvePointsByType(stored: unknown): PointsByType {
  const resolved = { ...DEFAULT_POINTS_BY_TYPE };
  if (stored && typeof stored === "object" && !Array.isArray(stored)) {
    for (const type of Object.keys(resolved) as QuestionType[]) {
      const value = (stored as Record<string, unknown>)[type];
      if (typeof value === "number" && Number.isFinite(value) && value > 0) resolved[type] = value;
    }
  }
  return resolved;
}
