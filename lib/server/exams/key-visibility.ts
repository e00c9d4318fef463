import "server-only";
import type { Db } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { learnerMaySeeKey, type KeyQuestionStatus, type OpenExamExposure } from "@/lib/quizzes/key-visibility";
import type { ResultPolicy } from "@/lib/stats/score-policy";

type Tx = Db | Prisma.TransactionClient;

/** How openExamExposuresSql's jsonb reads before parsing: times as epoch milliseconds. */
export interface StoredExposure {
  resultPolicy: ResultPolicy;
  closesAtMs: number;
  handedInWithQuestion: boolean;
}

/**
 * A jsonb array (never null) of the open assignments of a learner that hold a question, with
 * what lib/quizzes/key-visibility.ts decides on — the SQL half of the rule, for statements that
 * read questions anyway (the practice answer read keeps it in its one statement).
 *
 * "Of the learner": given to a class they are a learner of, or one they already have an
 * attempt on (a learner who left the class keeps the exam they took). "Holds the question": a
 * FIXED quiz's item, or drawn into a paper of the assignment — the learner's own, or anyone's
 * when the quiz draws one paper for everyone. Open: `closesAt` after `now`.
 * Usually empty: the learner's memberships lead to no open assignment holding the question.
 */
export function openExamExposuresSql(userId: Prisma.Sql, questionId: Prisma.Sql, now: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    SELECT coalesce(jsonb_agg(jsonb_build_object(
             'resultPolicy', xz."resultPolicy",
             'closesAtMs', (extract(epoch FROM xa."closesAt") * 1000)::float8,
             'handedInWithQuestion', EXISTS (
               SELECT 1 FROM "Attempt" xt
               WHERE xt."assignmentId" = xa."id" AND xt."userId" = ${userId} AND xt."status" <> 'IN_PROGRESS' AND ${questionId} = ANY(xt."questionIds")))),
           '[]'::jsonb)
    FROM "Assignment" xa JOIN "Quiz" xz ON xz."id" = xa."quizId"
    WHERE xa."closesAt" > ${now}
      AND xa."id" IN (
        SELECT xac."assignmentId" FROM "ClassMember" xm JOIN "AssignmentClass" xac ON xac."classId" = xm."classId"
        WHERE xm."userId" = ${userId} AND xm."role" = 'LEARNER'
        UNION ALL
        SELECT xt."assignmentId" FROM "Attempt" xt WHERE xt."userId" = ${userId} AND xt."mode" = 'QUIZ' AND xt."assignmentId" IS NOT NULL)
      AND ${assignmentHoldsQuestionSql(questionId, Prisma.sql`(xt."userId" = ${userId} OR NOT xz."drawPerLearner")`)})`;
}

/**
 * SQL condition: the assignment `xa` holds the question — an item of its quiz, or drawn into
 * one of its papers that `drawnInPaper` (a condition on attempt `xt`) accepts. The x-prefixed
 * aliases keep clear of the aliases of the statements these fragments are spliced into.
 */
export function assignmentHoldsQuestionSql(questionId: Prisma.Sql, drawnInPaper: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(EXISTS (SELECT 1 FROM "QuizItem" xi WHERE xi."quizId" = xa."quizId" AND xi."questionId" = ${questionId})
           OR EXISTS (SELECT 1 FROM "Attempt" xt WHERE xt."assignmentId" = xa."id" AND ${questionId} = ANY(xt."questionIds") AND ${drawnInPaper}))`;
}

/** The instant as a zone-less UTC timestamp, as the columns store it, whatever the session's zone. */
export function sqlInstant(at: Date): Prisma.Sql {
  return Prisma.sql`(to_timestamp(${at.getTime() / 1000}::float8) AT TIME ZONE 'UTC')`;
}

/**
 * The assignments not yet closed that hold the question for anyone (any class, any paper),
 * soonest closing first: while there is one, the question's content is frozen
 * (lib/server/bank-admin/update-question.ts), so every paper is graded against the key it was
 * shown with.
 */
export async function openAssignmentsHoldingQuestion(db: Tx, questionId: string, now = new Date()): Promise<Array<{ title: string; closesAt: Date }>> {
  return db.$queryRaw<Array<{ title: string; closesAt: Date }>>`
    SELECT xa."title", xa."closesAt" FROM "Assignment" xa JOIN "Quiz" xz ON xz."id" = xa."quizId"
    WHERE xa."closesAt" > ${sqlInstant(now)} AND ${assignmentHoldsQuestionSql(Prisma.sql`${questionId}`, Prisma.sql`true`)}
    ORDER BY xa."closesAt", xa."id"`;
}

export function parseExposures(stored: readonly StoredExposure[]): OpenExamExposure[] {
  return stored.map((exposure) => ({
    resultPolicy: exposure.resultPolicy,
    closesAt: new Date(Number(exposure.closesAtMs)),
    handedInWithQuestion: exposure.handedInWithQuestion,
  }));
}

/** The rule applied to one question row read with openExamExposuresSql. */
export function keyVisibleFromRow(status: KeyQuestionStatus, exposures: readonly StoredExposure[], now: Date): boolean {
  return learnerMaySeeKey({ status }, parseExposures(exposures), now);
}

/** Of the given questions, those whose key the learner may see now, by id (unknown ids are left out). */
export async function questionsWithVisibleKeys(db: Tx, userId: string, questionIds: readonly string[], now = new Date()): Promise<Set<string>> {
  if (questionIds.length === 0) return new Set();
  const rows = await db.$queryRaw<Array<{ id: string; status: KeyQuestionStatus; exposures: StoredExposure[] }>>`
    SELECT q."id", q."status"::text AS "status", ${openExamExposuresSql(Prisma.sql`${userId}`, Prisma.sql`q."id"`, sqlInstant(now))} AS "exposures"
    FROM "Question" q WHERE q."id" = ANY(${[...new Set(questionIds)]}::text[])`;
  return new Set(rows.filter((row) => keyVisibleFromRow(row.status, row.exposures, now)).map((row) => row.id));
}

/** The given question ids, in order, without those whose key the learner may not see now. */
export async function withoutHiddenKeys(db: Tx, userId: string, questionIds: readonly string[], now = new Date()): Promise<string[]> {
  const visible = await questionsWithVisibleKeys(db, userId, questionIds, now);
  return questionIds.filter((id) => visible.has(id));
}

export async function learnerMaySeeKeyOf(db: Tx, userId: string, questionId: string, now = new Date()): Promise<boolean> {
  return (await questionsWithVisibleKeys(db, userId, [questionId], now)).has(questionId);
}
