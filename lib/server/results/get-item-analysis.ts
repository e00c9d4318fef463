import type { Db } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionOption } from "@/lib/questions";
import { difficultyFromFacility, itemFlags, type ItemFlag } from "@/lib/stats/item-statistics";

export interface ItemAnalysisRow {
  questionId: string;
  type: string;
  stem: string;
  options: QuestionOption[];
  /** Attempts that held the question (one per learner: their first finished attempt). */
  takers: number;
  facility: number | null;
  /** Upper minus lower 27% (within the takers of this item). */
  discrimination: number | null;
  pointBiserial: number | null;
  /** Option key (or "true"/"false" for 判断题) → how many takers chose it. */
  optionCounts: Record<string, number>;
  flags: ItemFlag[];
  difficulty: number;
  /** Difficulty learned from the facility (null below the minimum of takers). */
  suggestedDifficulty: number | null;
}

interface StatsRow {
  question_id: string;
  takers: number;
  facility: number | null;
  discrimination: number | null;
  point_biserial: number | null;
}

/**
 * The takers: each learner's first finished attempt (later attempts have seen the paper), with
 * its total score. Per item, the attempt's item score is the saved Response.score (a fraction
 * 0…1), or 0 when the question was left unanswered. 简答题 are not auto-graded and are left out.
 */
function itemsCte(assignmentId: string): Prisma.Sql {
  return Prisma.sql`
    WITH takers AS (
      SELECT DISTINCT ON (a."userId") a.id, a.score::float8 AS total, a."questionIds"
      FROM "Attempt" a
      WHERE a."assignmentId" = ${assignmentId} AND a.status IN ('SUBMITTED', 'EXPIRED') AND a.score IS NOT NULL
      ORDER BY a."userId", a.number
    ),
    items AS (
      SELECT t.id AS attempt_id, t.total, q.question_id, COALESCE(r.score, 0)::float8 AS item_score, r.answer
      FROM takers t
      CROSS JOIN LATERAL unnest(t."questionIds") AS q(question_id)
      JOIN "Question" item ON item.id = q.question_id AND item.type::text <> 'SHORT_ANSWER'
      LEFT JOIN "Response" r ON r."attemptId" = t.id AND r."questionId" = q.question_id
    ),
    ranked AS (
      SELECT items.*,
        row_number() OVER (PARTITION BY question_id ORDER BY total DESC, attempt_id ASC) AS down_rank,
        row_number() OVER (PARTITION BY question_id ORDER BY total ASC, attempt_id DESC) AS up_rank,
        GREATEST(1, ROUND(0.27 * count(*) OVER (PARTITION BY question_id))) AS group_size
      FROM items
    )`;
}

/**
 * Item analysis of an assignment, aggregated in SQL (one pass over the assignment's responses,
 * no per-row work in JavaScript): facility, upper−lower 27% discrimination, point-biserial
 * (Pearson corr of item score with total), option counts, flags and the suggested difficulty.
 * The formulas are those of lib/stats/item-statistics.ts; docs/EXAMS.md states them.
 */
export async function getItemAnalysis(db: Db, options: { assignmentId: string }): Promise<ItemAnalysisRow[]> {
  const cte = itemsCte(options.assignmentId);
  const [stats, choices] = await Promise.all([
    db.$queryRaw<StatsRow[]>`${cte}
      SELECT question_id,
        count(*)::int AS takers,
        avg(item_score) AS facility,
        CASE WHEN count(*) < 2 THEN NULL
          ELSE avg(item_score) FILTER (WHERE down_rank <= group_size) - avg(item_score) FILTER (WHERE up_rank <= group_size) END AS discrimination,
        corr(item_score, total) AS point_biserial
      FROM ranked GROUP BY question_id`,
    db.$queryRaw<{ question_id: string; choice: string; chosen: number }[]>`${cte}
      SELECT i.question_id, k.choice, count(*)::int AS chosen
      FROM items i
      JOIN "Question" qq ON qq.id = i.question_id AND qq.type::text IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE')
      CROSS JOIN LATERAL jsonb_array_elements_text(
        CASE jsonb_typeof(i.answer) WHEN 'array' THEN i.answer ELSE jsonb_build_array(i.answer) END
      ) AS k(choice)
      WHERE i.answer IS NOT NULL
      GROUP BY i.question_id, k.choice`,
  ]);
  if (stats.length === 0) return [];
  const assignment = await db.assignment.findUnique({ where: { id: options.assignmentId }, select: { quiz: { select: { items: { select: { questionId: true, position: true } } } } } });
  const questions = await db.question.findMany({
    where: { id: { in: stats.map((row) => row.question_id) } },
    select: { id: true, type: true, stem: true, options: true, difficulty: true },
  });
  const byId = new Map(questions.map((question) => [question.id, question]));
  const counts = new Map<string, Record<string, number>>();
  for (const row of choices) counts.set(row.question_id, { ...counts.get(row.question_id), [row.choice]: Number(row.chosen) });
  const position = new Map((assignment?.quiz.items ?? []).map((item) => [item.questionId, item.position]));

  return stats
    .flatMap((row) => {
      const question = byId.get(row.question_id);
      if (!question) return [];
      const facility = toNumber(row.facility);
      const discrimination = toNumber(row.discrimination);
      const takers = Number(row.takers);
      return [
        {
          questionId: question.id,
          type: question.type,
          stem: question.stem,
          options: question.options as unknown as QuestionOption[],
          takers,
          facility,
          discrimination,
          pointBiserial: toNumber(row.point_biserial),
          optionCounts: counts.get(question.id) ?? {},
          flags: itemFlags({ facility, discrimination }),
          difficulty: question.difficulty,
          suggestedDifficulty: difficultyFromFacility(facility, takers),
        },
      ];
    })
    .sort((a, b) => (position.get(a.questionId) ?? Infinity) - (position.get(b.questionId) ?? Infinity) || a.questionId.localeCompare(b.questionId));
}

function toNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}
