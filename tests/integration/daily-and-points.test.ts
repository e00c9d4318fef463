import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { getPointsLedger } from "@/lib/server/points/get-points-ledger";
import { getPointsSummary } from "@/lib/server/points/get-points-summary";
import { bestChallengeRun, dailyQuizId, startChallenge, startDailyQuiz } from "@/lib/server/practice/start-daily-quiz";
import { setFavorite, listFavorites } from "@/lib/server/practice/favorites";
import { submitPracticeAnswer } from "@/lib/server/practice/submit-practice-answer";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";

describe("daily quiz, challenge, favourites and points", () => {
  let testDb: TestDatabase;
  let learner: Actor;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const { db } = testDb;
    learner = await createUser(db, "LEARNER");
    await db.course.create({ data: { id: "crs_d", slug: "d", title: "课程" } });
    await db.module.create({ data: { id: "mod_d", courseId: "crs_d", position: 0, title: "单元" } });
    await db.question.createMany({
      data: Array.from({ length: 14 }, (_, index) => ({
        id: `q_${index}`,
        courseId: "crs_d",
        moduleId: "mod_d",
        contentHash: `h${index}`,
        type: "TRUE_FALSE" as const,
        stem: `判断 ${index}`,
        answer: true,
        status: "ACTIVE" as const,
      })),
    });
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("the daily quiz is one set of ten per study day, and a second start resumes it", async () => {
    const now = new Date("2026-04-01T02:00:00Z");
    const first = await startDailyQuiz(testDb.db, learner, now);
    expect(first).toBe(dailyQuizId(learner.id, now));
    expect(await startDailyQuiz(testDb.db, learner, new Date("2026-04-01T10:00:00Z"))).toBe(first);
    const attempt = await testDb.db.attempt.findUniqueOrThrow({ where: { id: first! } });
    expect(attempt.questionIds).toHaveLength(10);
    expect(await startDailyQuiz(testDb.db, learner, new Date("2026-04-02T02:00:00Z"))).not.toBe(first);
  });

  test("finishing the daily quiz earns its points once, and right answers earn practice points within the cap", async () => {
    const now = new Date("2026-04-05T02:00:00Z");
    const attemptId = (await startDailyQuiz(testDb.db, learner, now))!;
    const attempt = await testDb.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    for (const questionId of attempt.questionIds) {
      await submitPracticeAnswer(testDb.db, learner, { attemptId, questionId, response: true, durationMs: 1_000, now });
    }
    expect((await testDb.db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).status).toBe("SUBMITTED");
    const entries = await testDb.db.pointsEntry.groupBy({ by: ["activity"], where: { userId: learner.id }, _sum: { points: true } });
    const byActivity = Object.fromEntries(entries.map((entry) => [entry.activity, entry._sum.points]));
    expect(byActivity).toMatchObject({ DAILY_QUIZ: 5, PRACTICE: 10 });
    const summary = await getPointsSummary(testDb.db, learner, now);
    expect(summary).toMatchObject({ total: 15, today: 15, streak: 1 });
  });

  test("the points ledger shows today's points per activity against its cap, recent days and credits — the learner's own only", async () => {
    const [owner, other] = [await createUser(testDb.db, "LEARNER"), await createUser(testDb.db, "LEARNER")];
    const now = new Date("2026-05-10T03:00:00Z");
    const entry = (userId: string, activity: "PRACTICE" | "READING" | "DAILY_QUIZ", points: number, day: string, at: string, sourceId: string) => ({
      userId,
      activity,
      points,
      day: new Date(`${day}T00:00:00Z`),
      createdAt: new Date(at),
      sourceId,
    });
    await testDb.db.pointsEntry.createMany({
      data: [
        entry(owner.id, "PRACTICE", 1, "2026-05-10", "2026-05-10T01:00:00Z", "a"),
        entry(owner.id, "PRACTICE", 1, "2026-05-10", "2026-05-10T01:05:00Z", "b"),
        entry(owner.id, "DAILY_QUIZ", 5, "2026-05-10", "2026-05-10T02:00:00Z", "c"),
        entry(owner.id, "READING", 2, "2026-05-08", "2026-05-08T09:00:00Z", "d"),
        entry(owner.id, "READING", 3, "2026-04-01", "2026-04-01T09:00:00Z", "e"),
        entry(other.id, "PRACTICE", 1, "2026-05-10", "2026-05-10T02:30:00Z", "f"),
      ],
    });
    const ledger = await getPointsLedger(testDb.db, owner, { now, entries: 4 });
    expect(Object.fromEntries(ledger.today.map((row) => [row.activity, `${row.earned}/${row.dailyCap}`]))).toEqual({
      DAILY_QUIZ: "5/5",
      READING: "0/6",
      PRACTICE: "2/10",
      REVIEW: "0/10",
      CHALLENGE: "0/5",
      QUIZ: "0/20",
    });
    // Fourteen study days back from 2026-05-10: 2026-04-01 is outside.
    expect(ledger.days).toEqual([
      { day: "2026-05-10", points: 7 },
      { day: "2026-05-08", points: 2 },
    ]);
    expect(ledger.entries.map((credit) => [credit.label, credit.points, credit.day])).toEqual([
      ["完成每日一练", 5, "2026-05-10"],
      ["练习答对", 1, "2026-05-10"],
      ["练习答对", 1, "2026-05-10"],
      ["阅读（每 5 分钟）", 2, "2026-05-08"],
    ]);
    const empty = await getPointsLedger(testDb.db, await createUser(testDb.db, "LEARNER"), { now });
    expect(empty.days).toEqual([]);
    expect(empty.entries).toEqual([]);
    expect(empty.today.every((row) => row.earned === 0)).toBe(true);
  });

  test("a challenge run ends at the first mistake and keeps the best run", async () => {
    const attemptId = (await startChallenge(testDb.db, learner))!;
    const attempt = await testDb.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    const [first, second, third] = attempt.questionIds;
    await submitPracticeAnswer(testDb.db, learner, { attemptId, questionId: first!, response: true, durationMs: 1_000 });
    await submitPracticeAnswer(testDb.db, learner, { attemptId, questionId: second!, response: false, durationMs: 1_000 });
    expect(await submitPracticeAnswer(testDb.db, learner, { attemptId, questionId: third!, response: true, durationMs: 1_000 })).toEqual({ ok: false, reason: "ATTEMPT_CLOSED" });
    expect(await bestChallengeRun(testDb.db, learner)).toBe(1);
  });

  test("a question can be starred and unstarred, and a draft cannot be starred", async () => {
    expect(await setFavorite(testDb.db, learner, { questionId: "q_1", starred: true })).toBe(true);
    expect(await setFavorite(testDb.db, learner, { questionId: "q_1", starred: true })).toBe(true);
    expect((await listFavorites(testDb.db, learner)).map((entry) => entry.questionId)).toEqual(["q_1"]);
    expect(await setFavorite(testDb.db, learner, { questionId: "q_1", starred: false })).toBe(false);
    expect(await listFavorites(testDb.db, learner)).toEqual([]);
    expect(await setFavorite(testDb.db, learner, { questionId: "no-question", starred: true })).toBe(false);
  });
});
