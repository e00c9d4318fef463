import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { withOptionOrder, type QuestionKey } from "@/lib/questions";
import { questionKeysOfRows } from "@/lib/server/bank/question-codec";
import type { QuestionType } from "@/lib/generated/prisma/enums";
import { QuizPoolTooSmallError } from "@/lib/quizzes/draw-by-rules";
import { drawQuizQuestions } from "./draw-quiz-questions";
import { scopeFor } from "@/lib/server/authorization/scope";

export interface PreviewQuestion {
  id: string;
  type: QuestionType;
  stem: string;
  /**
   * The key as the learner's draw shows it: options in the order the learner sees them (shuffled
   * when the quiz shuffles options), lettered A, B, … by position, and a choice answer on those letters.
   */
  key: QuestionKey;
  points: number;
  explanation: string;
}

export type QuizPreview =
  | { ok: true; questions: PreviewQuestion[]; totalPoints: number }
  | { ok: false; error: string };

/**
 * A sample draw of the quiz exactly as a learner would get it, with the actor as the learner
 * (no assignment, attempt 1). The answers are included for the instructor's toggle: the page
 * renders them only when asked.
 */
export async function previewQuiz(db: Db, options: { actor: Actor; quizId: string }): Promise<QuizPreview | null> {
  const quiz = await db.quiz.findFirst({ where: scopeFor(options.actor).quiz(options.quizId), select: { id: true } });
  if (!quiz) return null;
  let drawn;
  try {
    drawn = await drawQuizQuestions(db, { quizId: quiz.id, assignmentId: null, userId: options.actor.id, attemptNumber: 1 });
  } catch (error) {
    if (error instanceof QuizPoolTooSmallError) return { ok: false, error: error.message };
    throw error;
  }
  const rows = await db.question.findMany({
    where: { id: { in: drawn.questionIds } },
    select: { id: true, type: true, stem: true, options: true, answer: true, acceptedAnswers: true, keyPoints: true, explanation: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const read = questionKeysOfRows(rows);
  if (!read.ok) return read;
  const questions = drawn.questionIds.map((id, index): PreviewQuestion => {
    const row = byId.get(id)!;
    const key = read.keys.get(id)!;
    return { id, type: row.type, stem: row.stem, key: withOptionOrder(key, drawn.optionOrders?.[id] ?? key.options.map((_, position) => position)), points: drawn.points[index]!, explanation: row.explanation };
  });
  return { ok: true, questions, totalPoints: drawn.points.reduce((sum, points) => sum + points, 0) };
}

