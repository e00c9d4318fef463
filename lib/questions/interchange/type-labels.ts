import { QUESTION_TYPE_DEFINITIONS, QUESTION_TYPES, type QuestionType } from "../types";

/** The type as the template writes it (the first) and the other spellings an import accepts: each type's `templateLabels`. */
export const TYPE_LABELS = Object.fromEntries(QUESTION_TYPES.map((type) => [type, QUESTION_TYPE_DEFINITIONS[type].templateLabels])) as Record<QuestionType, readonly [string, ...string[]]>;

export function typeOfLabel(label: string): QuestionType | undefined {
  const text = label.trim();
  return QUESTION_TYPES.find((type) => TYPE_LABELS[type].includes(text));
}
