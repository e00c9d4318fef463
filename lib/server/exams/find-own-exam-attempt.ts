import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";

export const EXAM_ATTEMPT_INCLUDE = {
  assignment: { select: { id: true, title: true, opensAt: true, closesAt: true } },
  quiz: { select: { id: true, title: true, resultPolicy: true, scoring: true, latePolicy: true, attemptsAllowed: true, timeLimitSeconds: true } },
} as const;

export type ExamAttempt = Prisma.AttemptGetPayload<{ include: typeof EXAM_ATTEMPT_INCLUDE }>;

/** The learner's own quiz attempt of an assignment; another learner's is simply not found. */
export function findOwnExamAttempt(db: Db | Prisma.TransactionClient, input: { userId: string; attemptId: string }): Promise<ExamAttempt | null> {
  return db.attempt.findFirst({
    where: { id: input.attemptId, userId: input.userId, mode: "QUIZ", assignmentId: { not: null } },
    include: EXAM_ATTEMPT_INCLUDE,
  });
}

/** The drawn points per question, stored in the attempt's scope at start. */
export function drawnPoints(attempt: { questionIds: string[]; scope: Prisma.JsonValue }): number[] {
  const scope = attempt.scope as { points?: unknown } | null;
  const points = Array.isArray(scope?.points) ? (scope.points as unknown[]) : [];
  return attempt.questionIds.map((_, index) => (typeof points[index] === "number" ? (points[index] as number) : 1));
}

/**
 * A paper's score: each saved answer's fraction (Response.score, 0…1; null while a 简答题 waits
 * for its mark) times its question's drawn points, summed and rounded to hundredths.
 */
export function paperScore(attempt: { questionIds: string[]; scope: Prisma.JsonValue }, responses: ReadonlyArray<{ questionId: string; score: number | null }>): number {
  const points = drawnPoints(attempt);
  const pointsById = new Map(attempt.questionIds.map((id, index) => [id, points[index]!]));
  const total = responses.reduce((sum, response) => sum + (response.score ?? 0) * (pointsById.get(response.questionId) ?? 0), 0);
  return Math.round(total * 100) / 100;
}
