import type { Question } from "@/lib/generated/prisma/client";
import type { QuestionKey, QuestionOption } from "@/lib/questions";
import type { QuestionType } from "@/lib/generated/prisma/enums";
import { viewOf } from "@/components/questions/type-views";

/** The question form's fields as strings and lists, the way the inputs hold them. */
export interface QuestionFormValues {
  type: QuestionType;
  stem: string;
  options: QuestionOption[];
  correct: string[];
  verdict: "" | "true" | "false";
  /** Per blank, its accepted answers one per line. */
  blanks: string[];
  modelAnswer: string;
  keyPoints: string;
  explanation: string;
  difficulty: string;
  moduleId: string;
  sourceText: string;
}

export function emptyQuestionFormValues(moduleId = ""): QuestionFormValues {
  return {
    type: "SINGLE_CHOICE",
    stem: "",
    options: ["A", "B", "C", "D"].map((key) => ({ key, text: "" })),
    correct: [],
    verdict: "",
    blanks: [""],
    modelAnswer: "",
    keyPoints: "",
    explanation: "",
    difficulty: "0.5",
    moduleId,
    sourceText: "",
  };
}

/** A stored question in the form's shape, from its row and its key; `quote` is the text of its cited span. */
export function questionFormValues(question: Pick<Question, "type" | "stem" | "moduleId" | "explanation" | "difficulty">, key: QuestionKey, quote: string | null): QuestionFormValues {
  return {
    ...emptyQuestionFormValues(question.moduleId ?? ""),
    type: question.type,
    stem: question.stem,
    // The answer fields of its type (components/questions/types).
    ...viewOf(key.type).formValues(key),
    explanation: question.explanation,
    difficulty: String(question.difficulty),
    sourceText: quote ?? "",
  };
}
