import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/prisma";
import { learnerInScopeSql, type ReportScope } from "./report-scope";

export interface WeakQuestion {
  id: string;
  stem: string;
  moduleId: string | null;
  responses: number;
  accuracy: number;
}

/** A question needs this many graded answers in scope before its accuracy says anything. */
export const WEAK_QUESTION_MIN_RESPONSES = 5;

/**
 * The questions the learners in scope get wrong most (lowest share of right answers among
 * graded responses, at least WEAK_QUESTION_MIN_RESPONSES of them), optionally of one module.
 */
export async function weakQuestions(db: Db, options: { scope: ReportScope; moduleId?: string; limit?: number }): Promise<WeakQuestion[]> {
  const inModule = options.moduleId ? Prisma.sql`AND x."questionId" IN (SELECT m."id" FROM "Question" m WHERE m."moduleId" = ${options.moduleId})` : Prisma.empty;
  return db.$queryRaw<WeakQuestion[]>`
    SELECT q."id", q."stem", q."moduleId", w.responses, w.accuracy
      FROM (
        SELECT x."questionId", count(*)::int AS responses, (count(*) FILTER (WHERE x."correct"))::float8 / count(*) AS accuracy
          FROM "Response" x
         WHERE x."correct" IS NOT NULL AND ${learnerInScopeSql(Prisma.sql`x."userId"`, options.scope)} ${inModule}
         GROUP BY x."questionId"
        HAVING count(*) >= ${WEAK_QUESTION_MIN_RESPONSES}
      ) w
      JOIN "Question" q ON q."id" = w."questionId"
     ORDER BY w.accuracy, w.responses DESC, q."id"
     LIMIT ${options.limit ?? 10}`;
}
