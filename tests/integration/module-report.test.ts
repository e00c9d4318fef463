import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { forgettingDecay, recallProbability } from "@/lib/srs";
import { ForbiddenError } from "@/lib/server/authz";
import { getClassHeatmap } from "@/lib/server/reports/get-class-heatmap";
import { getModuleReport } from "@/lib/server/reports/get-module-report";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createClass, createUser } from "../support/fixtures";

const DAY = 86_400_000;

/**
 * Module mod_a (questions qa1, qa2) and mod_b (qb). Class A: learners p, r; class B: learner s.
 * p answers qa1 five times (2 right), r answers qa1 once (wrong) and qa2 once (right); s answers
 * qb. p has read mod_a; p's card for qa1 was reviewed 4 days ago with stability 8.
 */
describe("the module drill-down report", () => {
  let testDb: TestDatabase;
  let now: Date;
  let admin: Actor, instructorA: Actor, instructorB: Actor;
  let p: Actor, r: Actor, s: Actor;
  let classA: string, classB: string;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const { db } = testDb;
    now = new Date("2026-06-10T04:00:00Z");
    admin = await createUser(db, "ADMIN");
    instructorA = await createUser(db, "INSTRUCTOR");
    instructorB = await createUser(db, "INSTRUCTOR");
    [p, r, s] = [await createUser(db, "LEARNER"), await createUser(db, "LEARNER"), await createUser(db, "LEARNER")];
    classA = (await createClass(db, { instructors: [instructorA], learners: [p, r] })).id;
    classB = (await createClass(db, { instructors: [instructorB], learners: [s] })).id;
    await db.course.create({ data: { id: "crs_m", slug: "m", title: "党章课程" } });
    await db.module.createMany({ data: [
      { id: "mod_a", courseId: "crs_m", position: 0, title: "党的纪律" },
      { id: "mod_b", courseId: "crs_m", position: 1, title: "党的作风" },
    ] });
    const question = (id: string, moduleId: string) => ({ id, courseId: "crs_m", moduleId, type: "TRUE_FALSE" as const, stem: `题目 ${id}`, answer: true, contentHash: id, status: "ACTIVE" as const });
    await db.question.createMany({ data: [question("qa1", "mod_a"), question("qa2", "mod_a"), question("qb", "mod_b")] });
    const answer = async (user: Actor, questionId: string, correct: boolean) => {
      const attempt = await db.attempt.create({ data: { userId: user.id, mode: "PRACTICE", status: "SUBMITTED", questionIds: [questionId], startedAt: now } });
      await db.response.create({ data: { attemptId: attempt.id, questionId, userId: user.id, answer: true, correct, answeredAt: now } });
    };
    for (const correct of [true, false, true, false, false]) await answer(p, "qa1", correct);
    await answer(r, "qa1", false);
    await answer(r, "qa2", true);
    await answer(s, "qb", true);
    await db.moduleProgress.create({ data: { userId: p.id, moduleId: "mod_a", secondsRead: 120 } });
    await db.card.create({ data: { userId: p.id, questionId: "qa1", stability: 8, lastReview: new Date(now.getTime() - 4 * DAY), due: now, state: "REVIEW", reps: 1, difficulty: 5 } });
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("an administrator sees every class: readers, retention and accuracy in the module, and its weakest question", async () => {
    const report = await getModuleReport(testDb.db, { actor: admin, moduleId: "mod_a", now });
    expect(report?.module).toEqual({ id: "mod_a", title: "党的纪律", courseTitle: "党章课程" });
    const rowA = report!.rows.find((row) => row.classId === classA)!;
    const rowB = report!.rows.find((row) => row.classId === classB)!;
    expect(rowA).toMatchObject({ learners: 2, readers: 1 });
    expect(rowA.cell).toMatchObject({ cards: 1, notReviewed: 3, overdue: 0, responses: 7 });
    expect(rowA.cell!.accuracy).toBeCloseTo(3 / 7, 10);
    expect(rowA.cell!.retention).toBeCloseTo(recallProbability(4, 8, forgettingDecay()), 8);
    // Class B answered only the other module: no cell here.
    expect(rowB).toMatchObject({ learners: 1, readers: 0, cell: null });
    // qa1 has six graded answers (two right); qa2 has one, too few to judge.
    expect(report!.weakQuestions).toEqual([{ id: "qa1", stem: "题目 qa1", moduleId: "mod_a", responses: 6, accuracy: 2 / 6 }]);
  });

  test("an instructor sees only the classes they teach, and the weak questions of their learners", async () => {
    const report = await getModuleReport(testDb.db, { actor: instructorB, moduleId: "mod_a", now });
    expect(report!.rows.map((row) => row.classId)).toEqual([classB]);
    expect(report!.weakQuestions).toEqual([]);
    const other = await getModuleReport(testDb.db, { actor: instructorB, moduleId: "mod_b", now });
    expect(other!.rows[0]!.cell).toMatchObject({ responses: 1, accuracy: 1 });
  });

  test("a learner is refused; a module that does not exist is not found", async () => {
    await expect(getModuleReport(testDb.db, { actor: p, moduleId: "mod_a", now })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getModuleReport(testDb.db, { actor: admin, moduleId: "no-such-module", now })).toBeNull();
  });

  test("the class page lists the class's weak questions across modules with the same rule", async () => {
    const heatmap = await getClassHeatmap(testDb.db, { actor: instructorA, classId: classA, now });
    expect(heatmap!.weakQuestions.map((question) => [question.id, question.responses])).toEqual([["qa1", 6]]);
  });
});
