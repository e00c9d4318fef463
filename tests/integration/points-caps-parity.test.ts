import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { jsonRowsSql } from "@/lib/db/json-rows";
import { POINTS_ACTIVITIES, POINTS_RULES, pointsWithinCap, studyDay, type PointsActivityName } from "@/lib/points/points-rules";
import { POINTS_ENTRY_COLUMNS, awardPoints, claimPointsSql, insertClaimedPointsSql } from "@/lib/server/points/award-points";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const DAYS = [new Date("2026-06-01T03:00:00Z"), new Date("2026-06-02T03:00:00Z")];

/** A step of a learner's day: credits through awardPoints (one transaction each), or one batch statement as the practice answers write them. */
const randomStep = fc.record({
  via: fc.constantFrom("award", "batch"),
  activities: fc.subarray([...POINTS_ACTIVITIES], { minLength: 1 }),
  day: fc.nat({ max: DAYS.length - 1 }),
  /** awardPoints only: send the step's credits again (a retry, which earns nothing). */
  retry: fc.boolean(),
});

/**
 * Daily caps are stated twice: pointsWithinCap (lib/points, used by awardPoints and the practice
 * answers' pre-check) and the least(worth, cap − claimed before) of the batch statement's SQL
 * (insertClaimedPointsSql, with the caps spliced in from POINTS_RULES). Random sequences of
 * credits of every activity, over two study days and both paths, credit exactly what
 * pointsWithinCap gives on the claims made so far.
 */
describe("points caps: the batch statement's SQL equals pointsWithinCap", () => {
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb.close();
  });

  let learners = 0;
  test("random credits through awardPoints and the batch statement credit what pointsWithinCap says, never more than the cap", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(randomStep, { minLength: 1, maxLength: 14 }), async (steps) => {
        learners += 1;
        const user = await testDb.db.user.create({ data: { name: `积分 ${learners}`, email: `points-${learners}@example.com`, role: "LEARNER", passwordHash: "-" } });
        const claimed = new Map<string, number>();
        const expected = new Map<string, number>();
        for (const [index, step] of steps.entries()) {
          const now = DAYS[step.day]!;
          const day = studyDay(now);
          const source = (activity: PointsActivityName) => `step:${index}:${activity}`;
          for (const activity of step.activities) {
            const key = `${day}:${activity}`;
            const before = claimed.get(key) ?? 0;
            const points = pointsWithinCap(activity, before);
            expected.set(source(activity), points);
            // awardPoints claims only what it credits; the batch claims every credit's worth.
            if (step.via === "batch" || points > 0) claimed.set(key, before + POINTS_RULES[activity].points);
          }
          if (step.via === "award") {
            for (const activity of step.activities) await testDb.db.$transaction((tx) => awardPoints(tx, { userId: user.id, activity, sourceId: source(activity), now }));
            if (step.retry) for (const activity of step.activities) await testDb.db.$transaction((tx) => awardPoints(tx, { userId: user.id, activity, sourceId: source(activity), now }));
          } else {
            const rows = step.activities.map((activity) => ({
              pointsId: `${user.id}:${index}:${activity}`,
              userId: user.id,
              activity,
              sourceId: source(activity),
              points: POINTS_RULES[activity].points,
              day,
              at: now,
            }));
            await testDb.db.$queryRaw(Prisma.sql`
              WITH credits AS (${jsonRowsSql(rows, POINTS_ENTRY_COLUMNS)}),
              claims AS (${claimPointsSql(Prisma.sql`SELECT * FROM credits`)}),
              points AS (${insertClaimedPointsSql(Prisma.sql`credits`, Prisma.sql`claims`)})
              SELECT count(*)::int AS "credited" FROM points`);
          }
        }

        const entries = await testDb.db.pointsEntry.findMany({ where: { userId: user.id } });
        const credited = new Map(entries.map((entry) => [entry.sourceId, entry.points]));
        for (const [sourceId, points] of expected) expect(credited.get(sourceId) ?? 0, sourceId).toBe(points);
        expect(entries.every((entry) => entry.points > 0)).toBe(true);
        const days = await testDb.db.pointsDay.findMany({ where: { userId: user.id } });
        expect(new Map(days.map((row) => [`${row.day.toISOString().slice(0, 10)}:${row.activity}`, row.claimed]))).toEqual(
          new Map([...claimed].filter(([, value]) => value > 0)),
        );
        for (const activity of POINTS_ACTIVITIES) {
          for (const now of DAYS) {
            const day = studyDay(now);
            const sum = entries.filter((entry) => entry.activity === activity && entry.day.toISOString().slice(0, 10) === day).reduce((total, entry) => total + entry.points, 0);
            expect(sum).toBeLessThanOrEqual(POINTS_RULES[activity].dailyCap);
          }
        }
      }),
      { numRuns: 30, seed: 20261204 },
    );
  });
});
