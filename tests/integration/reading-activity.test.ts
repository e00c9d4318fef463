import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { awardPoints } from "@/lib/server/points/award-points";
import { getPointsSummary } from "@/lib/server/points/get-points-summary";
import { recordReadingTime } from "@/lib/server/study/record-reading-time";
import { createUser } from "../support/fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/** Study days in China Standard Time: 08:00 there is 00:00 UTC. */
const at = (day: string, time = "10:00:00") => new Date(`${day}T${time}+08:00`);
const plus = (moment: Date, seconds: number) => new Date(moment.getTime() + seconds * 1000);

describe("reading counts toward daily activity and the streak", () => {
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    await testDb.db.course.create({ data: { id: "crs_r", slug: "r", title: "课程" } });
    await testDb.db.module.createMany({ data: [0, 1].map((index) => ({ id: `mod_r${index}`, courseId: "crs_r", position: index, title: `单元 ${index}` })) });
  });
  afterAll(async () => {
    await testDb.close();
  });

  const quizPoints = (learner: Actor, day: string) =>
    testDb.db.$transaction((tx) => awardPoints(tx, { userId: learner.id, activity: "QUIZ", sourceId: `quiz:${day}`, now: at(day) }));
  /** The reading page as the browser drives it: a start report, then 30 seconds every 30 seconds. */
  const read = async (learner: Actor, moduleId: string, from: Date, reports: number) => {
    let credited = await recordReadingTime(testDb.db, learner, { moduleId, seconds: 0, now: from });
    for (let index = 1; index <= reports; index += 1) {
      credited += await recordReadingTime(testDb.db, learner, { moduleId, seconds: 30, now: plus(from, 30 * index) });
    }
    return credited;
  };
  const readingOn = async (learner: Actor, day: string) =>
    (await testDb.db.learnerActivityDay.findUnique({ where: { userId_day: { userId: learner.id, day: new Date(`${day}T00:00:00Z`) } } }))?.readingSeconds ?? 0;

  test("a day with only a minute of reading (no answer, no points) keeps the streak going", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    await quizPoints(learner, "2026-06-01");
    expect(await read(learner, "mod_r0", at("2026-06-02"), 2)).toBe(60);
    await quizPoints(learner, "2026-06-03");
    expect(await testDb.db.pointsEntry.count({ where: { userId: learner.id, activity: "READING" } })).toBe(0);
    expect(await readingOn(learner, "2026-06-02")).toBe(60);
    expect((await getPointsSummary(testDb.db, learner, at("2026-06-03", "20:00:00"))).streak).toBe(3);
    // Reading alone today, the day after: the streak goes on.
    await read(learner, "mod_r1", at("2026-06-04"), 1);
    expect((await getPointsSummary(testDb.db, learner, at("2026-06-04", "20:00:00"))).streak).toBe(4);
  });

  test("a forged claim with no earlier report the server received earns nothing, and does not make a study day", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    await quizPoints(learner, "2026-06-01");
    expect(await recordReadingTime(testDb.db, learner, { moduleId: "mod_r0", seconds: 600, now: at("2026-06-02") })).toBe(0);
    await quizPoints(learner, "2026-06-03");
    expect(await readingOn(learner, "2026-06-02")).toBe(0);
    expect((await getPointsSummary(testDb.db, learner, at("2026-06-03", "20:00:00"))).streak).toBe(1);
  });

  test("repeated and forged reports do not credit more reading to the day than the time that passed", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    const start = at("2026-06-10");
    await recordReadingTime(testDb.db, learner, { moduleId: "mod_r0", seconds: 0, now: start });
    // The same 30-second report sent ten times, to both modules, and claims of ten minutes, all 30 s after the start.
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        recordReadingTime(testDb.db, learner, { moduleId: `mod_r${index % 2}`, seconds: index < 10 ? 30 : 600, now: plus(start, 30) }),
      ),
    );
    expect(burst.reduce((sum, seconds) => sum + seconds, 0)).toBe(30);
    // A claim of ten minutes an hour later earns one minute (the most one report earns).
    expect(await recordReadingTime(testDb.db, learner, { moduleId: "mod_r1", seconds: 600, now: plus(start, 3_600) })).toBe(60);
    // Hostile numbers earn nothing and write nothing.
    for (const seconds of [-30, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(await recordReadingTime(testDb.db, learner, { moduleId: "mod_r1", seconds, now: plus(start, 3_630) })).toBe(0);
    }
    expect(await readingOn(learner, "2026-06-10")).toBe(90);
    const progress = await testDb.db.moduleProgress.aggregate({ where: { userId: learner.id }, _sum: { secondsRead: true }, _max: { lastReadAt: true } });
    expect(progress._sum.secondsRead).toBe(90);
    expect(progress._max.lastReadAt).toEqual(plus(start, 3_600));
  });
});
