import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Db } from "@/lib/db/prisma";
import { POINTS_RULES } from "@/lib/points/points-rules";
import { awardPoints } from "@/lib/server/points/award-points";
import { submitPracticeAnswer, submitPracticeAnswers } from "@/lib/server/practice/submit-practice-answer";
import { recordReadingTime } from "@/lib/server/study/record-reading-time";
import { createTestDatabase, openSecondInstance, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";

/**
 * Counts that must hold when several app instances share one database: on PostgreSQL each
 * "instance" is its own Prisma client with its own connection pool; PGlite has one connection,
 * so there the same bursts run one after another and the tests check the rules alone.
 */
describe("counting that holds across instances", () => {
  let testDb: TestDatabase;
  let second: { db: Db; close(): Promise<void> };
  let instances: Db[];

  beforeAll(async () => {
    testDb = await createTestDatabase();
    second = await openSecondInstance(testDb);
    instances = [testDb.db, second.db];
    const { db } = testDb;
    await db.course.create({ data: { id: "crs_n", slug: "n", title: "课程" } });
    await db.module.createMany({ data: Array.from({ length: 15 }, (_, index) => ({ id: `mod_n${index}`, courseId: "crs_n", position: index, title: `单元 ${index}` })) });
    await db.question.createMany({
      data: Array.from({ length: 40 }, (_, index) => ({
        id: `qn_${index}`,
        courseId: "crs_n",
        moduleId: "mod_n0",
        contentHash: `n${index}`,
        type: "TRUE_FALSE" as const,
        stem: `判断 ${index}`,
        answer: true,
        status: "ACTIVE" as const,
      })),
    });
  });
  afterAll(async () => {
    await second?.close();
    await testDb?.close();
  });

  const instance = (index: number) => instances[index % 2]!;
  const pointsOf = async (userId: string, activity: keyof typeof POINTS_RULES) =>
    (await testDb.db.pointsEntry.aggregate({ where: { userId, activity }, _sum: { points: true } }))._sum.points ?? 0;

  test("thirty right practice answers at once on two instances earn the daily cap of 10 practice points, not more", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    const now = new Date("2026-05-04T03:00:00Z");
    // One attempt (a learner has one open per mode) whose answers are each sent on their own, all at the same moment.
    const attempt = await testDb.db.attempt.create({ data: { userId: learner.id, mode: "PRACTICE", questionIds: Array.from({ length: 40 }, (_, index) => `qn_${index}`) } });
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        submitPracticeAnswers(instance(index), [{ learner, attemptId: attempt.id, questionId: `qn_${index}`, response: true, durationMs: 2_000, now }]),
      ),
    );
    expect(results.flat().every((result) => result.ok)).toBe(true);
    expect(await testDb.db.response.count({ where: { userId: learner.id } })).toBe(30);
    expect(await pointsOf(learner.id, "PRACTICE")).toBe(POINTS_RULES.PRACTICE.dailyCap);
    // The next study day starts afresh.
    const tomorrow = new Date("2026-05-05T03:00:00Z");
    await submitPracticeAnswer(testDb.db, learner, { attemptId: attempt.id, questionId: "qn_39", response: true, durationMs: 2_000, now: tomorrow });
    expect(await pointsOf(learner.id, "PRACTICE")).toBe(POINTS_RULES.PRACTICE.dailyCap + 1);
  });

  test("credits through awardPoints on two instances at once stop at the cap, and the practice statement counts them", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    const now = new Date("2026-05-06T03:00:00Z");
    const credited = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        instance(index).$transaction((tx) => awardPoints(tx, { userId: learner.id, activity: "READING", sourceId: `burst:${index}`, now })),
      ),
    );
    expect(credited.reduce((sum, points) => sum + points, 0)).toBe(POINTS_RULES.READING.dailyCap);
    expect(await pointsOf(learner.id, "READING")).toBe(POINTS_RULES.READING.dailyCap);
    // A retry of a credited event earns nothing again, even on another day. (Which of the burst
    // was credited depends on how the two instances interleaved: retry one that was.)
    const creditedSource = `burst:${credited.findIndex((points) => points > 0)}`;
    expect(await testDb.db.$transaction((tx) => awardPoints(tx, { userId: learner.id, activity: "READING", sourceId: creditedSource, now: new Date("2026-05-07T03:00:00Z") }))).toBe(0);

    // Self-rated 简答 credits (awardPoints) and auto-graded answers (the batch statement) share one cap.
    const attempt = await testDb.db.attempt.create({ data: { userId: learner.id, mode: "PRACTICE", questionIds: Array.from({ length: 9 }, (_, index) => `qn_${index}`) } });
    const mixed = await Promise.all([
      ...Array.from({ length: 8 }, (_, index) =>
        instance(index).$transaction((tx) => awardPoints(tx, { userId: learner.id, activity: "PRACTICE", sourceId: `self:${index}`, now })),
      ),
      ...Array.from({ length: 8 }, async (_, index) => {
        await submitPracticeAnswer(instance(index + 1), learner, { attemptId: attempt.id, questionId: `qn_${index}`, response: true, durationMs: 2_000, now });
        return 0;
      }),
    ]);
    expect(mixed.length).toBe(16);
    expect(await pointsOf(learner.id, "PRACTICE")).toBe(POINTS_RULES.PRACTICE.dailyCap);
  });

  test("a partial credit takes only what is left under the cap", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    const now = new Date("2026-05-08T03:00:00Z");
    const first = await testDb.db.$transaction((tx) => awardPoints(tx, { userId: learner.id, activity: "QUIZ", sourceId: "quiz:1", now }));
    const second = await testDb.db.$transaction((tx) => awardPoints(tx, { userId: learner.id, activity: "QUIZ", sourceId: "quiz:2", now, units: 0.5 }));
    const third = await testDb.db.$transaction((tx) => awardPoints(tx, { userId: learner.id, activity: "QUIZ", sourceId: "quiz:3", now }));
    expect([first, second, third]).toEqual([10, 5, 5]);
    expect(await pointsOf(learner.id, "QUIZ")).toBe(POINTS_RULES.QUIZ.dailyCap);
  });

  test("reading reports for 15 modules at the same moment credit at most the time that passed, not 15 times it", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    const start = new Date("2026-05-10T08:00:00Z");
    // The page started showing a module two minutes earlier.
    await recordReadingTime(testDb.db, learner, { moduleId: "mod_n0", seconds: 0, now: new Date(start.getTime() - 120_000) });
    const credited: number[] = [];
    for (let index = 0; index < 15; index += 1) {
      credited.push(await recordReadingTime(testDb.db, learner, { moduleId: `mod_n${index}`, seconds: 600, now: start }));
    }
    // The first report earns a minute (the most one report earns); the others, sent in the same second, nothing.
    expect(credited.reduce((sum, seconds) => sum + seconds, 0)).toBe(60);
    // Ten seconds later, on another module: ten seconds.
    expect(await recordReadingTime(testDb.db, learner, { moduleId: "mod_n3", seconds: 30, now: new Date(start.getTime() + 10_000) })).toBe(10);
    const read = await testDb.db.moduleProgress.aggregate({ where: { userId: learner.id }, _sum: { secondsRead: true } });
    expect(read._sum.secondsRead).toBe(70);
  });

  test("reading reports sent at once to two instances credit at most the time that passed across all modules", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    const start = new Date("2026-05-11T08:00:00Z");
    await recordReadingTime(testDb.db, learner, { moduleId: "mod_n0", seconds: 0, now: start });
    const later = new Date(start.getTime() + 30_000);
    const credited = await Promise.all(
      Array.from({ length: 30 }, (_, index) => recordReadingTime(instance(index), learner, { moduleId: `mod_n${index % 15}`, seconds: 30, now: later })),
    );
    expect(credited.reduce((sum, seconds) => sum + seconds, 0)).toBe(30);
    const read = await testDb.db.moduleProgress.aggregate({ where: { userId: learner.id }, _sum: { secondsRead: true } });
    expect(read._sum.secondsRead).toBe(30);
    // The day's reading, which makes it a study day, holds the same 30 seconds.
    const day = await testDb.db.learnerActivityDay.findUniqueOrThrow({ where: { userId_day: { userId: learner.id, day: new Date("2026-05-11T00:00:00Z") } } });
    expect(day.readingSeconds).toBe(30);
  });

  test("ten minutes of reading spread over modules earn the reading points of ten minutes, and a forged burst earns none", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    const start = new Date("2026-05-12T08:00:00Z");
    await recordReadingTime(testDb.db, learner, { moduleId: "mod_n1", seconds: 0, now: start });
    // Thirty seconds every thirty seconds for ten minutes, alternating between two modules.
    for (let tick = 1; tick <= 20; tick += 1) {
      await recordReadingTime(testDb.db, learner, { moduleId: tick % 2 ? "mod_n1" : "mod_n2", seconds: 30, now: new Date(start.getTime() + tick * 30_000) });
    }
    // Each module holds five minutes: one point each.
    expect(await pointsOf(learner.id, "READING")).toBe(2);
    const burst = new Date(start.getTime() + 21 * 30_000);
    await Promise.all(Array.from({ length: 30 }, (_, index) => recordReadingTime(instance(index), learner, { moduleId: index % 2 ? "mod_n1" : "mod_n2", seconds: 600, now: burst })));
    expect(await pointsOf(learner.id, "READING")).toBe(2);
  });
});
