import type { Question } from "@/lib/generated/prisma/client";
import type { QuestionOption } from "@/lib/questions";
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

/** A stored question in the form's shape; `quote` is the text of its cited span. */
export function questionFormValues(question: Question, quote: string | null): QuestionFormValues {
  const answer = question.answer as unknown;
  const choice = question.type === "SINGLE_CHOICE" || question.type === "MULTIPLE_CHOICE";
  return {
    ...emptyQuestionFormValues(question.moduleId ?? ""),
    type: question.type,
    stem: question.stem,
    options: choice ? (question.options as unknown as QuestionOption[]) : emptyQuestionFormValues().options,
    correct: choice ? (answer as string[]) : [],
    verdict: question.type === "TRUE_FALSE" ? (answer === true ? "true" : "false") : "",
    blanks:
      question.type === "FILL_BLANK"
        ? ((question.acceptedAnswers as string[][] | null) ?? (answer as string[]).map((text) => [text])).map((answers, position) =>
            [...new Set([(answer as string[])[position] ?? "", ...answers].filter(Boolean))].join("\n"),
          )
        : [""],
    modelAnswer: question.type === "SHORT_ANSWER" ? String(answer) : "",
    keyPoints: ((question.keyPoints as string[] | null) ?? []).join("\n"),
    explanation: question.explanation,
    difficulty: String(question.difficulty),
    sourceText: quote ?? "",
  };
}
