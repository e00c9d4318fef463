import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { listCoursesWithProgress } from "@/lib/server/study/list-courses-with-progress";
import { getModuleForReading } from "@/lib/server/study/get-module-for-reading";
import { markSectionStudied } from "@/lib/server/study/mark-section-studied";
import { recordReadingTime } from "@/lib/server/study/record-reading-time";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";

describe("reading progress", () => {
  let testDb: TestDatabase;
  let learner: Actor;
  let other: Actor;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const { db } = testDb;
    learner = await createUser(db, "LEARNER");
    other = await createUser(db, "LEARNER");
    await db.course.create({ data: { id: "crs_1", slug: "c", title: "课程" } });
    await db.module.create({ data: { id: "mod_1", courseId: "crs_1", position: 0, title: "第一单元" } });
    await db.section.createMany({
      data: [
        { id: "sec_1", moduleId: "mod_1", position: 0, depth: 0, title: "一、意义" },
        { id: "sec_2", moduleId: "mod_1", position: 1, depth: 0, title: "二、措施" },
        { id: "sec_old", moduleId: "mod_1", position: 2, depth: 0, title: "旧节", archivedAt: new Date() },
      ],
    });
    await db.passage.createMany({
      data: [
        { id: "psg_1", moduleId: "mod_1", sectionId: "sec_1", position: 0, text: "密切联系群众是党的最大政治优势。" },
        { id: "psg_2", moduleId: "mod_1", sectionId: "sec_2", position: 1, text: "坚持群众路线。" },
      ],
    });
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("marking a section as studied counts for that learner only, and can be taken back", async () => {
    expect(await markSectionStudied(testDb.db, learner, { sectionId: "sec_1", studied: true })).toBe(true);
    const [course] = await listCoursesWithProgress(testDb.db, learner);
    expect(course!.modules[0]).toMatchObject({ sections: 2, sectionsStudied: 1 });
    const [otherCourse] = await listCoursesWithProgress(testDb.db, other);
    expect(otherCourse!.modules[0]).toMatchObject({ sectionsStudied: 0 });
    const reading = await getModuleForReading(testDb.db, learner, "mod_1");
    expect(reading!.sections.map((section) => [section.id, section.studied])).toEqual([["sec_1", true], ["sec_2", false]]);
    await markSectionStudied(testDb.db, learner, { sectionId: "sec_1", studied: false });
    expect((await listCoursesWithProgress(testDb.db, learner))[0]!.modules[0]!.sectionsStudied).toBe(0);
  });

  test("an unknown or archived section cannot be marked", async () => {
    expect(await markSectionStudied(testDb.db, learner, { sectionId: "nope", studied: true })).toBe(false);
    expect(await markSectionStudied(testDb.db, learner, { sectionId: "sec_old", studied: true })).toBe(false);
    expect(await testDb.db.sectionProgress.count({ where: { sectionId: { in: ["nope", "sec_old"] } } })).toBe(0);
  });

  test("reading time is credited for at most the time that passed since the last report", async () => {
    const start = new Date("2026-03-01T08:00:00Z");
    // Before any report the server received there is no time to measure: the first claim earns nothing.
    expect(await recordReadingTime(testDb.db, learner, { moduleId: "mod_1", seconds: 30, now: new Date(start.getTime() - 30_000) })).toBe(0);
    expect(await recordReadingTime(testDb.db, learner, { moduleId: "mod_1", seconds: 30, now: start })).toBe(30);
    // A forged claim of ten minutes five seconds later earns five seconds.
    expect(await recordReadingTime(testDb.db, learner, { moduleId: "mod_1", seconds: 600, now: new Date(start.getTime() + 5_000) })).toBe(5);
    // Never more than a minute per report, however long the gap.
    expect(await recordReadingTime(testDb.db, learner, { moduleId: "mod_1", seconds: 3_000, now: new Date(start.getTime() + 3_600_000) })).toBe(60);
    expect(await recordReadingTime(testDb.db, learner, { moduleId: "mod_1", seconds: -5, now: new Date(start.getTime() + 3_700_000) })).toBe(0);
    expect(await recordReadingTime(testDb.db, learner, { moduleId: "no-such-module", seconds: 30 })).toBe(0);
    const progress = await testDb.db.moduleProgress.findUniqueOrThrow({ where: { userId_moduleId: { userId: learner.id, moduleId: "mod_1" } } });
    expect(progress.secondsRead).toBe(95);
  });
});
