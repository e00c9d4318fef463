import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { assertBankManager } from "./assert-bank-manager";

export interface QuestionStats {
  responses: number;
  /** Responses graded right or wrong (简答题 are graded by the learner and count as none). */
  graded: number;
  correct: number;
  /** Share of graded responses that are correct; null before any. */
  facility: number | null;
  /** Choice questions: how many responses chose each option key (a 多选 response counts for each key it chose). */
  optionCounts: Record<string, number>;
}

/** Item statistics of one question from its recorded responses, computed in SQL. */
export async function getQuestionStats(db: Db, options: { actor: Actor; questionId: string }): Promise<QuestionStats> {
  assertBankManager(options.actor);
  const { questionId } = options;
  const [totals, chosen] = await Promise.all([
    db.$queryRaw<Array<{ responses: number; graded: number; correct: number }>>`
      SELECT count(*)::int AS responses,
             count(*) FILTER (WHERE r."correct" IS NOT NULL)::int AS graded,
             count(*) FILTER (WHERE r."correct")::int AS correct
        FROM "Response" r
       WHERE r."questionId" = ${questionId}`,
    db.$queryRaw<Array<{ key: string; count: number }>>`
      SELECT chosen.key AS key, count(*)::int AS count
        FROM "Response" r
        JOIN "Question" q ON q."id" = r."questionId"
       CROSS JOIN LATERAL jsonb_array_elements_text(
               CASE WHEN jsonb_typeof(r."answer") = 'array' THEN r."answer" ELSE '[]'::jsonb END
             ) AS chosen(key)
       WHERE r."questionId" = ${questionId}
         AND q."type" IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE')
       GROUP BY chosen.key
       ORDER BY chosen.key`,
  ]);
  const { responses, graded, correct } = totals[0] ?? { responses: 0, graded: 0, correct: 0 };
  return {
    responses,
    graded,
    correct,
    facility: graded > 0 ? correct / graded : null,
    optionCounts: Object.fromEntries(chosen.map((row) => [row.key, row.count])),
  };
}
