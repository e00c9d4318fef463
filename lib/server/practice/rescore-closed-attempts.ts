import "server-only";
import type { Db } from "@/lib/db/prisma";
import { attemptScore, type ScoredAttemptMode } from "@/lib/quizzes/attempt-score";

/**
 * Scores closed practice attempts again from their stored answers (lib/quizzes/attempt-score.ts).
 * The answers' statement closes an attempt with the tally its read took; a 简答 rating committed
 * between that read and the write (a second tab) saw the attempt still open and did not score it.
 * Each attempt row is locked before its answers are read, so every rating committed by then is
 * counted, and a rating that commits later finds the attempt closed and scores it itself.
 */
export async function rescoreClosedAttempts(db: Db, attemptIds: readonly string[]): Promise<void> {
  if (attemptIds.length === 0) return;
  await db.$transaction(async (tx) => {
    const attempts = await tx.$queryRaw<Array<{ id: string; mode: ScoredAttemptMode; questionIds: string[]; score: number | null; maxScore: number | null }>>`
      SELECT "id", "mode", "questionIds", "score", "maxScore" FROM "Attempt"
      WHERE "id" = ANY(${[...attemptIds]}::text[]) AND "status" = 'SUBMITTED' AND "mode" <> 'QUIZ'
      ORDER BY "id"
      FOR UPDATE`;
    const responses = await tx.response.findMany({
      where: { attemptId: { in: attempts.map((attempt) => attempt.id) } },
      select: { attemptId: true, questionId: true, correct: true, score: true },
    });
    for (const attempt of attempts) {
      const scored = attemptScore(attempt, responses.filter((response) => response.attemptId === attempt.id));
      if (scored.score !== attempt.score || scored.maxScore !== attempt.maxScore) await tx.attempt.update({ where: { id: attempt.id }, data: scored });
    }
  });
}
