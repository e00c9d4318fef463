import "server-only";
import type { Db } from "@/lib/db/prisma";
import { examMistakesFileable } from "@/lib/quizzes/key-visibility";

/**
 * Files in the learner's 错题本 the wrong answers of exam papers whose answers were hidden at
 * hand-in and are shown now (AFTER_CLOSE, once the window has closed): what a learner expects
 * of an exam whose results are released later — their mistakes appear with the results, not
 * before. Lazy, like the exam's expiry (no background job): the 错题本 calls it before reading.
 *
 * Idempotent across calls and instances: a paper's mistake is filed only onto an entry last
 * wrong before the paper was handed in (the ON CONFLICT … WHERE is re-checked on the row's
 * latest version), so filing twice, or concurrently, counts it once. Right answers on such a
 * paper do not advance the streak of an older entry (that would have told during the window).
 */
export async function fileReleasedExamMistakes(db: Db, userId: string, now = new Date()): Promise<number> {
  const papers = await db.attempt.findMany({
    where: { userId, mode: "QUIZ", status: { in: ["SUBMITTED", "EXPIRED"] }, assignmentId: { not: null }, submittedAt: { not: null } },
    select: { id: true, submittedAt: true, assignment: { select: { closesAt: true, quiz: { select: { resultPolicy: true } } } } },
  });
  const released = papers.filter((paper) => {
    const { closesAt, quiz } = paper.assignment!;
    // Filed at hand-in already (finalize-exam-attempt.ts) or still hidden: nothing to do.
    return !examMistakesFileable(quiz.resultPolicy, closesAt, paper.submittedAt!) && examMistakesFileable(quiz.resultPolicy, closesAt, now);
  });
  if (released.length === 0) return 0;
  const filed = await db.$queryRaw<{ questionId: string }[]>`
    WITH wrong AS (
      SELECT r."questionId", count(*)::int AS "wrongs", max(t."submittedAt") AS "at"
      FROM "Attempt" t JOIN "Response" r ON r."attemptId" = t."id" AND r."correct" = false
      WHERE t."id" = ANY(${released.map((paper) => paper.id)}::text[]) AND t."userId" = ${userId}
        AND NOT EXISTS (SELECT 1 FROM "MistakeEntry" m WHERE m."userId" = ${userId} AND m."questionId" = r."questionId" AND m."lastWrongAt" >= t."submittedAt")
      GROUP BY r."questionId"
    )
    INSERT INTO "MistakeEntry" ("userId", "questionId", "wrongCount", "lastWrongAt")
    SELECT ${userId}, w."questionId", w."wrongs", w."at" FROM wrong w
    ON CONFLICT ("userId", "questionId") DO UPDATE SET
      "wrongCount" = "MistakeEntry"."wrongCount" + EXCLUDED."wrongCount", "correctStreak" = 0, "lastWrongAt" = EXCLUDED."lastWrongAt",
      "resolvedAt" = NULL, "removedAt" = NULL
      WHERE "MistakeEntry"."lastWrongAt" < EXCLUDED."lastWrongAt"
    RETURNING "questionId"`;
  return filed.length;
}
