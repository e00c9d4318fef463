import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import type { QuestionType } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionOption } from "@/lib/questions";
import { questionKeyOfRow } from "@/lib/server/bank/question-codec";
import { difficultyFromFacility, itemFlags, type ItemFlag } from "@/lib/stats/item-statistics";
import { withoutJit } from "@/lib/server/reports/report-scope";
import { findResultsAssignment } from "./find-results-assignment";

export interface ItemAnalysisRow {
  questionId: string;
  type: QuestionType;
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
  /** Option key → how many takers chose it (null when nobody answered a choice question). */
  option_counts: Record<string, number> | null;
}

/**
 * `analyseItems` (lib/stats/item-statistics.ts, the definition) in one statement; proven equal to
 * it on random assignments by tests/integration/item-analysis-parity.test.ts. The takers: each
 * learner's first finished attempt (later attempts have seen the paper), with its total score.
 * Per item, the attempt's item score is the saved Response.score (a fraction 0…1), or 0 when the
 * question was left unanswered. 简答题 are not auto-graded and are left out. Ties in the total
 * break by attempt id in code-point order (COLLATE "C"), as in TypeScript, whatever the
 * database's collation.
 * Plan notes (EXPLAIN on bench:seed's assignment bench_a30, 3,750 takers): the takers' responses
 * are read per attempt through the index Response(attemptId, questionId) — the LATERAL … OFFSET 0
 * keeps PostgreSQL from hashing all 2,000,000 responses instead (2.5 s); the lower 27% is the
 * upper ranking read backwards (up_rank = n + 1 − down_rank: the order total DESC, attempt id ASC
 * reversed), so one sort serves both; `items` is read twice (statistics and option counts) and
 * computed once.
 */
function itemAnalysisSql(assignmentId: string, classIds: string[]): Prisma.Sql {
  return Prisma.sql`
    WITH takers AS (
      SELECT DISTINCT ON (a."userId") a.id, a.score::float8 AS total, a."questionIds"
      FROM "Attempt" a
      WHERE a."assignmentId" = ${assignmentId} AND a.status IN ('SUBMITTED', 'EXPIRED') AND a.score IS NOT NULL
        AND EXISTS (SELECT 1 FROM "ClassMember" m WHERE m."userId" = a."userId" AND m.role = 'LEARNER' AND m."classId" IN (${Prisma.join(classIds)}))
      ORDER BY a."userId", a.number
    ),
    answers AS (
      SELECT r."attemptId", r."questionId", r.score, r.answer
      FROM takers t
      CROSS JOIN LATERAL (SELECT x."attemptId", x."questionId", x.score, x.answer FROM "Response" x WHERE x."attemptId" = t.id OFFSET 0) r
    ),
    items AS MATERIALIZED (
      SELECT t.id AS attempt_id, t.total, q.question_id, item.type::text AS type, COALESCE(r.score, 0)::float8 AS item_score, r.answer
      FROM takers t
      CROSS JOIN LATERAL unnest(t."questionIds") AS q(question_id)
      JOIN "Question" item ON item.id = q.question_id AND item.type::text <> 'SHORT_ANSWER'
      LEFT JOIN answers r ON r."attemptId" = t.id AND r."questionId" = q.question_id
    ),
    ranked AS (
      SELECT question_id, item_score, total, down_rank, count(*) OVER w + 1 - down_rank AS up_rank,
        GREATEST(1, ROUND(0.27 * count(*) OVER w)) AS group_size
      FROM (SELECT items.*, row_number() OVER (PARTITION BY question_id ORDER BY total DESC, attempt_id COLLATE "C" ASC) AS down_rank FROM items) numbered
      WINDOW w AS (PARTITION BY question_id)
    ),
    stats AS (
      SELECT question_id,
        count(*)::int AS takers,
        avg(item_score) AS facility,
        CASE WHEN count(*) < 2 THEN NULL
          ELSE avg(item_score) FILTER (WHERE down_rank <= group_size) - avg(item_score) FILTER (WHERE up_rank <= group_size) END AS discrimination,
        CASE WHEN min(item_score) = max(item_score) OR min(total) = max(total) THEN NULL ELSE corr(item_score, total) END AS point_biserial
      FROM ranked GROUP BY question_id
    ),
    choices AS (
      SELECT i.question_id, k.choice, count(*)::int AS chosen
      FROM items i
      CROSS JOIN LATERAL (SELECT DISTINCT e FROM jsonb_array_elements_text(
        CASE jsonb_typeof(i.answer) WHEN 'array' THEN i.answer ELSE jsonb_build_array(i.answer) END
      ) AS e) AS k(choice)
      WHERE i.answer IS NOT NULL AND i.type IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE')
      GROUP BY i.question_id, k.choice
    )
    SELECT s.question_id, s.takers, s.facility, s.discrimination, s.point_biserial, o.option_counts
    FROM stats s
    LEFT JOIN (SELECT question_id, jsonb_object_agg(choice, chosen) AS option_counts FROM choices GROUP BY question_id) o ON o.question_id = s.question_id`;
}

/**
 * Item analysis of an assignment, aggregated in SQL in one statement (one pass over the
 * assignment's responses, no per-row work in JavaScript): facility, upper−lower 27%
 * discrimination, point-biserial (Pearson corr of item score with total), option counts, flags
 * and the suggested difficulty: `analyseItems` of lib/stats/item-statistics.ts, with that
 * module's flags and difficulty rule; docs/EXAMS.md states the formulas. Runs with JIT off (withoutJit): compiling the plan cost more than
 * running it. An actor who may not read the assignment's results (findResultsAssignment) gets
 * nothing, as for an assignment that does not exist. The takers are the learners the actor may
 * see, as on the results page: the learners of the assigned classes they teach (an administrator:
 * of every assigned class), so another instructor's class — one learner, perhaps — never shows
 * through the option counts.
 */
export async function getItemAnalysis(db: Db, actor: Actor, options: { assignmentId: string }): Promise<ItemAnalysisRow[]> {
  const assignment = await findResultsAssignment(db, actor, options.assignmentId);
  if (!assignment || assignment.classIds.length === 0) return [];
  const stats = await withoutJit(db).$queryRaw<StatsRow[]>`${itemAnalysisSql(assignment.id, assignment.classIds)}`;
  if (stats.length === 0) return [];
  const [items, questions] = await Promise.all([
    db.quizItem.findMany({ where: { quizId: assignment.quiz.id }, select: { questionId: true, position: true } }),
    db.question.findMany({
      where: { id: { in: stats.map((row) => row.question_id) } },
      select: { id: true, type: true, stem: true, options: true, answer: true, acceptedAnswers: true, keyPoints: true, difficulty: true },
    }),
  ]);
  const byId = new Map(questions.map((question) => [question.id, question]));
  const counts = new Map(stats.map((row) => [row.question_id, Object.fromEntries(Object.entries(row.option_counts ?? {}).map(([choice, chosen]) => [choice, Number(chosen)]))]));
  const position = new Map(items.map((item) => [item.questionId, item.position]));

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
          options: questionKeyOfRow(question).options,
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
