import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildFeedback, type AnswerFeedback } from "@/lib/server/practice/answer-feedback";
import { drawnPoints } from "./find-own-exam-attempt";

export type PaperFeedbackItem = AnswerFeedback & {
  /** 1-based place in the paper. */
  position: number;
  /** The question as it was asked. */
  stem: string;
  points: number;
  earned: number;
  /** The saved answer's id; null when the question was left unanswered. */
  responseId: string | null;
  /** An answered 简答题 an instructor has not marked yet (its points are not in the score). */
  awaitingMark: boolean;
};

/** Every question of a closed attempt in the paper's order: the answer given, the right one, the points earned. */
export async function paperFeedback(db: Db, attempt: { id: string; questionIds: string[]; scope: Prisma.JsonValue; userId: string }, responses: Prisma.ResponseGetPayload<object>[]): Promise<PaperFeedbackItem[]> {
  const questions = await db.question.findMany({ where: { id: { in: attempt.questionIds } }, include: { passage: { select: { text: true } } } });
  const byId = new Map(questions.map((question) => [question.id, question]));
  const responseById = new Map(responses.map((response) => [response.questionId, response]));
  const points = drawnPoints(attempt);
  return attempt.questionIds.flatMap((id, index) => {
    const question = byId.get(id);
    if (!question) return [];
    const response = responseById.get(id) ?? unanswered(attempt, id);
    const answered = response.id !== "";
    return [
      {
        ...buildFeedback(question, response),
        position: index + 1,
        stem: question.stem,
        points: points[index]!,
        earned: Math.round((response.score ?? 0) * points[index]! * 100) / 100,
        responseId: answered ? response.id : null,
        awaitingMark: answered && question.type === "SHORT_ANSWER" && response.score === null,
      },
    ];
  });
}

function unanswered(attempt: { id: string; userId: string }, questionId: string): Prisma.ResponseGetPayload<object> {
  return { id: "", attemptId: attempt.id, questionId, userId: attempt.userId, answer: null, correct: false, score: 0, selfGrade: null, durationMs: null, answeredAt: new Date(0) };
}
