import type { Question } from "@/lib/generated/prisma/client";
import type { QuestionKey, QuestionOption } from "@/lib/questions";
import { blankVariants } from "@/lib/questions/types/fill-blank";
import type { QuestionType } from "@/lib/generated/prisma/enums";

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
    ...keyFormValues(key),
    explanation: question.explanation,
    difficulty: String(question.difficulty),
    sourceText: quote ?? "",
  };
}

/** The form's answer fields of a key: the options and correct keys, the verdict, each blank's answers one per line, the model answer and key points. */
function keyFormValues(key: QuestionKey): Partial<QuestionFormValues> {
  switch (key.type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE":
      return { options: key.options, correct: key.answer };
    case "TRUE_FALSE":
      return { verdict: key.answer ? "true" : "false" };
    case "FILL_BLANK":
      return { blanks: blankVariants(key).map((answers) => [...new Set(answers.filter(Boolean))].join("\n")) };
    case "SHORT_ANSWER":
      return { modelAnswer: key.answer, keyPoints: (key.keyPoints ?? []).join("\n") };
  }
}
