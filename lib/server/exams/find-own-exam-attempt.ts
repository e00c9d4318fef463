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
