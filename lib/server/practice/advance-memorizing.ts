import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";

/**
 * 背题模式: the learner has gone through question `index` of their own open 背题 attempt. The
 * attempt remembers the furthest point reached (so 继续 resumes after it) and closes once every
 * question has been gone through. Returns whether the attempt is now finished, or null when the
 * learner has no such open attempt or the index is not one of its questions.
 */
export async function advanceMemorizing(db: Db, actor: Pick<Actor, "id">, input: { attemptId: string; index: number; now?: Date }): Promise<{ finished: boolean } | null> {
  const now = input.now ?? new Date();
  const rows = await db.$queryRaw<{ finished: boolean }[]>`
    UPDATE "Attempt" SET
      "position" = greatest("position", ${input.index + 1}),
      "status" = CASE WHEN greatest("position", ${input.index + 1}) >= cardinality("questionIds") THEN 'SUBMITTED'::"AttemptStatus" ELSE "status" END,
      "submittedAt" = CASE WHEN greatest("position", ${input.index + 1}) >= cardinality("questionIds") THEN ${now} ELSE "submittedAt" END,
      "maxScore" = cardinality("questionIds")
    WHERE "id" = ${input.attemptId} AND "userId" = ${actor.id} AND "mode" = 'MEMORIZE' AND "status" = 'IN_PROGRESS'
      AND ${input.index} >= 0 AND ${input.index} < cardinality("questionIds")
    RETURNING "status" = 'SUBMITTED' AS "finished"`;
  return rows[0] ?? null;
}
