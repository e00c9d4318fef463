import { normalizeAnswer } from "./normalize-answer";
import type { Question } from "./types";

export type GradeStatus = "correct" | "partial" | "incorrect" | "self-graded";

export interface GradeResult {
  status: GradeStatus;
  /** 0 … 1; null for self-graded answers. */
  score: number | null;
  /** FILL_BLANK: whether each blank is right. */
  blanks?: boolean[];
}

/** What a learner submits: option keys, a verdict, one text per blank, or free text. */
export type LearnerResponse = string[] | string | boolean;

function asList(response: LearnerResponse): string[] {
  if (Array.isArray(response)) return response;
  return typeof response === "string" ? [response] : [];
}

/**
 * Grades a response against a question. Choice questions need exactly the set of correct keys
 * (no partial credit for 多选题); 填空题 compare each blank to its accepted answers after
 * normalizing width, punctuation and spaces; 简答题 are graded by the learner against the model answer.
 */
export function gradeAnswer(question: Question, response: LearnerResponse): GradeResult {
  switch (question.type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE": {
      const expected = new Set((question.answer as string[]).map((key) => key.toUpperCase()));
      const given = new Set(asList(response).map((key) => key.trim().toUpperCase()));
      const correct = given.size === expected.size && [...given].every((key) => expected.has(key));
      return { status: correct ? "correct" : "incorrect", score: correct ? 1 : 0 };
    }
    case "TRUE_FALSE": {
      const correct = typeof response === "boolean" && response === question.answer;
      return { status: correct ? "correct" : "incorrect", score: correct ? 1 : 0 };
    }
    case "FILL_BLANK": {
      const given = asList(response);
      const accepted = question.acceptedAnswers ?? (question.answer as string[]).map((answer) => [answer]);
      const blanks = accepted.map((variants, at) => {
        const text = normalizeAnswer(given[at] ?? "");
        return text !== "" && variants.some((variant) => normalizeAnswer(variant) === text);
      });
      const right = blanks.filter(Boolean).length;
      const status = right === blanks.length ? "correct" : right > 0 ? "partial" : "incorrect";
      return { status, score: blanks.length ? right / blanks.length : 0, blanks };
    }
    case "SHORT_ANSWER":
      return { status: "self-graded", score: null };
  }
}
