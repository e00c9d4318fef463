// npm run bench:queue [-- --learners N --cards N --reads N] — times reading one learner's 复习
// queue with 1,000,000 FSRS cards in the table. In a throwaway database on the PostgreSQL server
// DATABASE_URL names (default: the local server), it seeds N learners (default 1,000) × N
// questions (default 1,000) = one card per pair in bulk SQL: a fifth still NEW, the rest in
// learning or review with due dates from a month ago to half a year ahead, and some reviews
// logged today. It then calls the app's own dueReviewQueue for learners picked at random and
// reports the latency. The database is dropped at the end. Last line: one JSON object.
import type { Actor } from "@/lib/auth/roles";
import { dueReviewQueue } from "@/lib/server/practice/due-review-queue";
import { parseOptions } from "./bank-cli-options";
import { quantile, round1, withBenchDatabase } from "./bench-database";
import { runCli } from "./run-cli";

const options = parseOptions("npm run bench:queue [-- --learners N --cards N --reads N]", {
  learners: { type: "string", default: "1000" },
  cards: { type: "string", default: "1000" },
  reads: { type: "string", default: "300" },
});
const learners = Math.max(1, Number(options.learners) || 1000);
const perLearner = Math.max(1, Number(options.cards) || 1000);
const reads = Math.max(10, Number(options.reads) || 300);

runCli(async () => {
  const summary = await withBenchDatabase("bench_queue", async ({ db, pool }) => {
    let started = performance.now();
    await pool.query(`INSERT INTO "Course" (id, slug, title, "updatedAt") VALUES ('bench-course', 'bench', '基准课程', now())`);
    await pool.query(`INSERT INTO "Module" (id, "courseId", position, title, "updatedAt") VALUES ('bench-module', 'bench-course', 0, '基准模块', now())`);
    await pool.query(
      `INSERT INTO "Question" (id, "courseId", "moduleId", type, stem, answer, status, "contentHash", "updatedAt")
       SELECT 'q' || lpad(g::text, 5, '0'), 'bench-course', 'bench-module', 'TRUE_FALSE', '第' || g || '题：坚持党的全面领导。', 'true'::jsonb,
              (CASE WHEN g % 20 = 0 THEN 'RETIRED' ELSE 'ACTIVE' END)::"QuestionStatus", md5('q' || g), now()
       FROM generate_series(1, $1::int) AS g`,
      [perLearner],
    );
    await pool.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
       SELECT 'u' || lpad(g::text, 5, '0'), 'learner' || g || '@bench.local', '学员' || g, 'x', now() FROM generate_series(1, $1::int) AS g`,
      [learners],
    );
    // One card per learner × question; hashtext spreads states and due dates evenly but reproducibly.
    await pool.query(
      `INSERT INTO "Card" (id, "userId", "questionId", due, stability, difficulty, reps, state, "lastReview")
       SELECT 'c' || u || '-' || q, 'u' || lpad(u::text, 5, '0'), 'q' || lpad(q::text, 5, '0'),
              now() + ((abs(hashtext(u || ':' || q)) % 210) - 30) * interval '1 day' + (abs(hashtext(q || ':' || u)) % 86400) * interval '1 second',
              5, 5, 3,
              (CASE WHEN abs(hashtext(u || '/' || q)) % 5 = 0 THEN 'NEW' WHEN abs(hashtext(u || '/' || q)) % 5 = 1 THEN 'LEARNING' ELSE 'REVIEW' END)::"CardState",
              now() - interval '3 days'
       FROM generate_series(1, $1::int) AS u, generate_series(1, $2::int) AS q`,
      [learners, perLearner],
    );
    await pool.query(
      `INSERT INTO "ReviewLog" (id, "cardId", "userId", rating, "stateBefore", "stateAfter", due, stability, difficulty, "elapsedDays", "scheduledDays", "reviewedAt")
       SELECT 'r' || u || '-' || q, 'c' || u || '-' || q, 'u' || lpad(u::text, 5, '0'), 3, 'REVIEW', 'REVIEW', now() + interval '5 days', 5, 5, 3, 5, now() - q * interval '1 minute'
       FROM generate_series(1, $1::int) AS u, generate_series(1, 20) AS q`,
      [learners],
    );
    await pool.query(`VACUUM ANALYZE`);
    const cards = await db.card.count();
    console.log(`▸ Seeded ${learners} learners × ${perLearner} questions = ${cards} cards in ${Math.round(performance.now() - started)} ms`);

    // The queue reads only the actor's id.
    const learner = (index: number): Actor => ({ id: `u${String(index).padStart(5, "0")}`, name: "", email: "", role: "LEARNER" });
    const pick = () => learner(1 + Math.floor(Math.random() * learners));
    for (let index = 0; index < 20; index += 1) await dueReviewQueue(db, pick()); // warm-up
    const times: number[] = [];
    let queued = 0;
    started = performance.now();
    for (let index = 0; index < reads; index += 1) {
      const begin = performance.now();
      const queue = await dueReviewQueue(db, pick());
      times.push(performance.now() - begin);
      queued += queue.questionIds.length;
    }
    console.log(`▸ ${reads} due queues of random learners read one after another in ${Math.round(performance.now() - started)} ms, ${Math.round(queued / reads)} due cards per queue on average`);
    // The floor under any query on this machine at this moment: one round trip through the same client.
    const floor: number[] = [];
    for (let index = 0; index < reads; index += 1) {
      const begin = performance.now();
      await db.$queryRaw`SELECT 1`;
      floor.push(performance.now() - begin);
    }
    const result = {
      cards,
      due_queue_p95_ms: round1(quantile(times, 0.95)),
      due_queue_p50_ms: round1(quantile(times, 0.5)),
      select1_p50_ms: round1(quantile(floor, 0.5)),
      select1_p95_ms: round1(quantile(floor, 0.95)),
    };
    console.log(`  p50 ${result.due_queue_p50_ms} ms, p95 ${result.due_queue_p95_ms} ms, max ${Math.max(...times).toFixed(1)} ms`);
    console.log(`  for comparison, SELECT 1 through the same client: p50 ${result.select1_p50_ms} ms, p95 ${result.select1_p95_ms} ms`);
    return result;
  });
  console.log(JSON.stringify(summary));
});
