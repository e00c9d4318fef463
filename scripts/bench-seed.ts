import pg from "pg";
import { redactUrl } from "@/lib/db/config";
import { applyMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open-database";
import { ensureDatabase, reportsBenchUrl } from "./bench-reports-database";

/**
 * npm run bench:seed — fills the reports bench database with an organisation at scale, in bulk SQL:
 * 10,000 learners in 200 classes, a course of 20 modules × 30 questions, 40 assignments,
 * about 2,000,000 responses, 500,000 cards and 5,000,000 review logs over the last 180 days.
 * Re-running it replaces the earlier bench data.
 */
const LEARNERS = 10_000;
const CLASSES = 200;
const MODULES = 20;
const QUESTIONS_PER_MODULE = 30;
const QUESTIONS = MODULES * QUESTIONS_PER_MODULE;
const ASSIGNMENTS = 40;
const QUIZ_SIZE = 10;
const PRACTICE_ATTEMPTS = 57_500;
const CARDS_PER_LEARNER = 50;
const LOGS_PER_CARD = 10;
const HISTORY_DAYS = 180;

async function main() {
  const url = reportsBenchUrl();
  console.log(`▸ Bench database ${redactUrl(url)}`);
  await ensureDatabase(url);
  const database = await openDatabase({ kind: "postgres", url });
  try {
    const applied = await applyMigrations(database.adapter);
    if (applied.length > 0) console.log(`▸ Applied ${applied.length} migration(s)`);
  } finally {
    await database.close();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  const step = async (label: string, sql: string) => {
    const at = performance.now();
    const result = await client.query(sql);
    console.log(`  ${label}: ${result.rowCount ?? 0} rows, ${Math.round(performance.now() - at)} ms`);
  };
  try {
    // The timestamp columns hold UTC without a zone: NOW is "now" in UTC; the seed is reproducible.
    await client.query(`SET TIME ZONE 'UTC'`);
    await client.query(`SELECT setseed(0.42)`);
    // The rollups (LearnerActivityDay, LearnerModuleMastery) are filled by triggers on the inserts below.
    for (const table of ["ReviewLog", "Card", "Response", "Attempt", "PointsEntry", "LearnerActivityDay", "LearnerModuleMastery", "ClassMember"]) {
      const key = ["ClassMember", "LearnerActivityDay", "LearnerModuleMastery"].includes(table) ? "userId" : "id";
      await step(`clear earlier bench ${table}`, `DELETE FROM "${table}" WHERE "${key}" LIKE 'bench\\_%'`);
    }
    await client.query(`DELETE FROM "User" WHERE "id" LIKE 'bench\\_%'`);
    await client.query(`DELETE FROM "Class" WHERE "id" LIKE 'bench\\_%'`);
    await client.query(`DELETE FROM "Assignment" WHERE "id" LIKE 'bench\\_%'`);
    await client.query(`DELETE FROM "Quiz" WHERE "id" LIKE 'bench\\_%'`);
    await client.query(`DELETE FROM "Course" WHERE "id" LIKE 'bench\\_%'`);

    // Loading millions of rows is far faster without the secondary indexes: drop them, rebuild after.
    const indexes = await client.query<{ def: string; name: string }>(`
      SELECT indexdef AS def, indexname AS name FROM pg_indexes
       WHERE schemaname = current_schema() AND tablename IN ('Response', 'ReviewLog', 'Card', 'Attempt')
         AND indexname NOT LIKE '%_pkey'`);
    for (const index of indexes.rows) await client.query(`DROP INDEX "${index.name}"`);
    await step("course, modules, questions", `
      WITH c AS (INSERT INTO "Course" ("id", "slug", "title", "updatedAt") VALUES ('bench_course', 'bench', '基准课程', now()) RETURNING 1),
      m AS (INSERT INTO "Module" ("id", "courseId", "position", "title", "updatedAt")
            SELECT 'bench_m' || i, 'bench_course', i, '单元 ' || (i + 1), now() FROM generate_series(0, ${MODULES - 1}) i RETURNING 1)
      SELECT (SELECT count(*) FROM c) + (SELECT count(*) FROM m)`);
    await step("questions", `
      INSERT INTO "Question" ("id", "courseId", "moduleId", "type", "stem", "answer", "contentHash", "status", "updatedAt")
      SELECT 'bench_q' || i, 'bench_course', 'bench_m' || (i / ${QUESTIONS_PER_MODULE}), 'TRUE_FALSE', '基准题目 ' || i, 'true', 'bench_q' || i, 'ACTIVE', now()
        FROM generate_series(0, ${QUESTIONS - 1}) i`);
    await step("users", `
      INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "createdAt", "updatedAt")
      SELECT 'bench_u' || i, 'bench-learner-' || i || '@bench.local', '学员' || i, 'x', 'LEARNER'::"Role", now() - interval '200 days', now()
        FROM generate_series(0, ${LEARNERS - 1}) i
      UNION ALL
      SELECT 'bench_i' || i, 'bench-instructor-' || i || '@bench.local', '教员' || i, 'x', 'INSTRUCTOR'::"Role", now() - interval '200 days', now()
        FROM generate_series(0, ${CLASSES - 1}) i
      UNION ALL
      SELECT 'bench_admin', 'bench-admin@bench.local', '基准管理员', 'x', 'ADMIN'::"Role", now() - interval '200 days', now()`);
    await step("classes", `
      INSERT INTO "Class" ("id", "name", "inviteCode", "updatedAt")
      SELECT 'bench_c' || i, '基准支部 ' || lpad((i + 1)::text, 3, '0'), 'BENCH' || i, now() FROM generate_series(0, ${CLASSES - 1}) i`);
    await step("class members", `
      INSERT INTO "ClassMember" ("classId", "userId", "role", "joinedAt")
      SELECT 'bench_c' || (i % ${CLASSES}), 'bench_u' || i, 'LEARNER'::"ClassRole", now() - interval '190 days' FROM generate_series(0, ${LEARNERS - 1}) i
      UNION ALL
      SELECT 'bench_c' || i, 'bench_i' || i, 'INSTRUCTOR'::"ClassRole", now() - interval '190 days' FROM generate_series(0, ${CLASSES - 1}) i`);
    await step("quizzes", `
      INSERT INTO "Quiz" ("id", "courseId", "title", "updatedAt")
      SELECT 'bench_z' || a, 'bench_course', '基准测验 ' || (a + 1), now() FROM generate_series(0, ${ASSIGNMENTS - 1}) a`);
    await step("quiz items", `
      INSERT INTO "QuizItem" ("quizId", "questionId", "position")
      SELECT 'bench_z' || a, 'bench_q' || ((a * 37 + k * 61) % ${QUESTIONS}), k
        FROM generate_series(0, ${ASSIGNMENTS - 1}) a, generate_series(0, ${QUIZ_SIZE - 1}) k`);
    // Assignment a opens (176 − 4.5a) days ago for 10 days: the newest three are open now.
    await step("assignments", `
      INSERT INTO "Assignment" ("id", "quizId", "title", "opensAt", "closesAt", "updatedAt")
      SELECT 'bench_a' || a, 'bench_z' || a, '基准作业 ' || (a + 1),
             now() - (176 - 4.5 * a) * interval '1 day', now() - (166 - 4.5 * a) * interval '1 day', now()
        FROM generate_series(0, ${ASSIGNMENTS - 1}) a`);
    // Each assignment goes to half the classes (by parity).
    await step("assignment classes", `
      INSERT INTO "AssignmentClass" ("assignmentId", "classId")
      SELECT 'bench_a' || a, 'bench_c' || c FROM generate_series(0, ${ASSIGNMENTS - 1}) a, generate_series(0, ${CLASSES - 1}) c WHERE c % 2 = a % 2`);
    // Three in four assigned learners submit, at a random time inside the window (not in the future).
    await step("assignment attempts", `
      INSERT INTO "Attempt" ("id", "userId", "mode", "assignmentId", "quizId", "number", "status", "questionIds", "startedAt", "submittedAt", "maxScore")
      SELECT 'bench_t' || a.n || '_' || l, 'bench_u' || l, 'QUIZ', a.id, a."quizId", 1, 'SUBMITTED', qi.ids, s.at - interval '15 minutes', s.at, ${QUIZ_SIZE}
        FROM (SELECT "id", "quizId", "opensAt", "closesAt", substr("id", 8)::int AS n FROM "Assignment" WHERE "id" LIKE 'bench\\_a%') a
        JOIN (SELECT "quizId", array_agg("questionId" ORDER BY "position") AS ids FROM "QuizItem" WHERE "quizId" LIKE 'bench\\_z%' GROUP BY 1) qi ON qi."quizId" = a."quizId"
        CROSS JOIN generate_series(0, ${LEARNERS - 1}) l
        CROSS JOIN LATERAL (SELECT a."opensAt" + random() * (a."closesAt" - a."opensAt") AS at) s
       WHERE (l % ${CLASSES}) % 2 = a.n % 2 AND ((l / 2) * 7 + a.n * 13) % 4 <> 0 AND s.at < (now() AT TIME ZONE 'UTC')`);
    await step("practice attempts", `
      INSERT INTO "Attempt" ("id", "userId", "mode", "status", "questionIds", "startedAt", "submittedAt")
      SELECT 'bench_p' || i, 'bench_u' || (i % ${LEARNERS}), 'PRACTICE', 'SUBMITTED', ARRAY[]::text[], s.at, s.at + interval '10 minutes'
        FROM generate_series(0, ${PRACTICE_ATTEMPTS - 1}) i
        CROSS JOIN LATERAL (SELECT (now() AT TIME ZONE 'UTC') - random() * interval '${HISTORY_DAYS} days' - interval '1 hour' + i * interval '0 seconds' AS at) s`);
    // Ability per learner between 0.45 and 0.95 decides how often they are right.
    await step("assignment responses", `
      INSERT INTO "Response" ("id", "attemptId", "questionId", "userId", "answer", "correct", "score", "durationMs", "answeredAt")
      SELECT t."id" || '_' || k, t."id", t."questionIds"[k + 1], t."userId", 'true'::jsonb, c.ok, CASE WHEN c.ok THEN 1 ELSE 0 END, 8000, t."startedAt" + k * interval '1 minute'
        FROM "Attempt" t
        CROSS JOIN generate_series(0, ${QUIZ_SIZE - 1}) k
        CROSS JOIN LATERAL (SELECT random() < 0.45 + (substr(t."userId", 8)::int * 37 % 100) / 200.0 + k * 0 AS ok) c
       WHERE t."id" LIKE 'bench\\_t%'`);
    await step("practice responses", `
      INSERT INTO "Response" ("id", "attemptId", "questionId", "userId", "answer", "correct", "score", "durationMs", "answeredAt")
      SELECT t."id" || '_' || k, t."id", 'bench_q' || ((substr(t."id", 8)::int * 11 + k * 53) % ${QUESTIONS}), t."userId", 'true'::jsonb, c.ok, CASE WHEN c.ok THEN 1 ELSE 0 END, 6000, t."startedAt" + k * interval '1 minute'
        FROM "Attempt" t
        CROSS JOIN generate_series(0, 9) k
        CROSS JOIN LATERAL (SELECT random() < 0.45 + (substr(t."userId", 8)::int * 37 % 100) / 200.0 + k * 0 AS ok) c
       WHERE t."id" LIKE 'bench\\_p%'`);
    await step("attempt scores", `
      UPDATE "Attempt" t SET "score" = r.correct
        FROM (SELECT "attemptId", count(*) FILTER (WHERE "correct") AS correct FROM "Response" WHERE "attemptId" LIKE 'bench\\_t%' GROUP BY 1) r
       WHERE r."attemptId" = t."id"`);
    // Cards: 50 questions per learner; the last review up to 60 days ago, due after `stability` days, so many are overdue.
    await step("cards", `
      INSERT INTO "Card" ("id", "userId", "questionId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "reps", "lapses", "state", "lastReview")
      SELECT 'bench_k' || l || '_' || j, 'bench_u' || l, 'bench_q' || ((l * 7 + j * 12) % ${QUESTIONS}),
             s.last + s.stability * interval '1 day', s.stability, 5, 0, round(s.stability), ${LOGS_PER_CARD}, 0,
             CASE WHEN j % 10 = 0 THEN 'RELEARNING'::"CardState" ELSE 'REVIEW'::"CardState" END, s.last
        FROM generate_series(0, ${LEARNERS - 1}) l
        CROSS JOIN generate_series(0, ${CARDS_PER_LEARNER - 1}) j
        CROSS JOIN LATERAL (SELECT (now() AT TIME ZONE 'UTC') - random() * interval '60 days' - (l * 0) * interval '1 day' AS last,
                                   1 + random() * 60 + j * 0 AS stability) s`);
    await step("review logs", `
      INSERT INTO "ReviewLog" ("id", "cardId", "userId", "rating", "stateBefore", "stateAfter", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "reviewedAt")
      SELECT c."id" || '_' || k, c."id", c."userId", 3, 'REVIEW', 'REVIEW', r.at + interval '3 days', c."stability", 5, 3, 3, r.at
        FROM "Card" c
        CROSS JOIN generate_series(0, ${LOGS_PER_CARD - 1}) k
        CROSS JOIN LATERAL (SELECT (now() AT TIME ZONE 'UTC') - random() * interval '${HISTORY_DAYS} days' + k * interval '0 seconds' AS at) r
       WHERE c."id" LIKE 'bench\\_k%'`);
    await step("points entries", `
      INSERT INTO "PointsEntry" ("id", "userId", "activity", "points", "day", "sourceId")
      SELECT 'bench_e' || l || '_' || d, 'bench_u' || l, 'REVIEW', 5, ((now() AT TIME ZONE 'Asia/Shanghai') - d * interval '1 day')::date, 'bench_' || d
        FROM generate_series(0, ${LEARNERS - 1}) l
        CROSS JOIN generate_series(0, ${HISTORY_DAYS - 1}) d
       WHERE (l + d * 7) % 9 = 0`);
    const rebuildAt = performance.now();
    for (const index of indexes.rows) await client.query(index.def);
    console.log(`  rebuild ${indexes.rows.length} indexes: ${Math.round(performance.now() - rebuildAt)} ms`);
    await step("analyze", `ANALYZE`);
    await step("vacuum (visibility map for index-only scans)", `VACUUM "ReviewLog", "Response", "Card", "Attempt", "PointsEntry", "LearnerModuleMastery"`);
    const totals = await client.query(`
      SELECT (SELECT count(*) FROM "User" WHERE "role" = 'LEARNER')::int AS learners,
             (SELECT count(*) FROM "Class")::int AS classes,
             (SELECT count(*) FROM "Response")::int AS responses,
             (SELECT count(*) FROM "Card")::int AS cards,
             (SELECT count(*) FROM "ReviewLog")::int AS review_logs,
             (SELECT count(*) FROM "LearnerModuleMastery")::int AS learner_module_rows,
             (SELECT count(*) FROM "Attempt" WHERE "assignmentId" IS NOT NULL)::int AS assignment_attempts`);
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    console.log(JSON.stringify({ ...totals.rows[0], seed_s: seconds }));
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
