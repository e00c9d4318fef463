import { QUESTION_TYPE_DEFINITIONS, QUESTION_TYPES, type QuestionType } from "@/lib/questions/types";

/** The Chinese names of the question types (each type's `label`), in the order reports list them (QUESTION_TYPES). */
export const QUESTION_TYPE_LABELS = Object.fromEntries(QUESTION_TYPES.map((type) => [type, QUESTION_TYPE_DEFINITIONS[type].label])) as Record<QuestionType, string>;
