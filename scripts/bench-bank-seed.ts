import type { BenchDatabase } from "./bench-database";
import { loadCourses } from "./load-courses";

/**
 * Fills a bench database's bank to `target` questions, as bench:bank and bench:search search it:
 * loads the course in content/ (its modules, passages and generated questions), then adds the
 * rest in one INSERT … SELECT whose stems recombine the generated stems with sentences of the
 * course text, and analyzes the table. Returns the course's id and the number of questions.
 */
export async function seedLargeBank({ db, pool }: BenchDatabase, target: number): Promise<{ courseId: string; questions: number }> {
  console.log("▸ Loading the course in content/ (modules, passages, generated bank)…");
  const [course] = await loadCourses(db);
  const courseId = course?.course?.id ?? (await db.course.findFirstOrThrow({ select: { id: true } })).id;
  const started = performance.now();
  const existing = await db.question.count();
  await pool.query(
    `WITH stems AS (SELECT array_agg(stem ORDER BY id) AS a FROM "Question"),
          sentences AS (
            SELECT array_agg(sentence ORDER BY sentence) AS a FROM (
              SELECT DISTINCT btrim(part) AS sentence
              FROM "Passage", regexp_split_to_table(text, '[。；！？]') AS part
              WHERE char_length(btrim(part)) BETWEEN 8 AND 60) parts),
          modules AS (SELECT array_agg(id ORDER BY position) AS a FROM "Module" WHERE "courseId" = $1)
     INSERT INTO "Question" (id, "courseId", "moduleId", type, stem, answer, difficulty, status, origin, "contentHash", flagged, "updatedAt")
     SELECT 'bench' || lpad(g::text, 7, '0'), $1,
            modules.a[1 + g % cardinality(modules.a)],
            (ARRAY['SINGLE_CHOICE','MULTIPLE_CHOICE','TRUE_FALSE','FILL_BLANK','SHORT_ANSWER'])[1 + g % 5]::"QuestionType",
            stems.a[1 + (g * 31) % cardinality(stems.a)] || '（' || sentences.a[1 + (g * 7919) % cardinality(sentences.a)] || '）',
            '["A"]'::jsonb, (g % 97) / 96.0,
            (CASE WHEN g % 20 = 0 THEN 'RETIRED' WHEN g % 4 = 0 THEN 'DRAFT' ELSE 'ACTIVE' END)::"QuestionStatus",
            'IMPORTED', md5('bench-' || g), g % 50 = 0, now()
     FROM generate_series(1, $2::int) AS g, stems, sentences, modules`,
    [courseId, target - existing],
  );
  await pool.query(`VACUUM ANALYZE "Question"`);
  const questions = await db.question.count();
  console.log(`▸ ${questions} questions (${existing} generated, the rest recombined) in ${Math.round(performance.now() - started)} ms`);
  return { courseId, questions };
}
