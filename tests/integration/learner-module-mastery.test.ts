import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/prisma";
import { saveExamAnswer } from "@/lib/server/exams/save-exam-answer";
import { startAssignmentAttempt } from "@/lib/server/exams/start-assignment-attempt";
import { submitExamAttempt } from "@/lib/server/exams/submit-exam-attempt";
import { getClassHeatmap } from "@/lib/server/reports/get-class-heatmap";
import { getMasteryHeatmap } from "@/lib/server/reports/get-mastery-heatmap";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createClass, createUser } from "../support/fixtures";
import { createAssignment, seedExamQuestions } from "./exam-fixtures";

const OPENS = new Date("2026-03-01T08:00:00Z");
const CLOSES = new Date("2026-03-01T12:00:00Z");
const at = (minutes: number) => new Date(OPENS.getTime() + minutes * 60_000);

type Counts = Record<string, { responses: number; correct: number }>;

/** The rollup's rows of one learner, keyed by module (rows counting nothing left out). */
async function rollup(db: Db, userId: string): Promise<Counts> {
  const rows = await db.learnerModuleMastery.findMany({ where: { userId } });
  return Object.fromEntries(rows.filter((row) => row.responses !== 0 || row.correct !== 0).map((row) => [row.moduleId, { responses: row.responses, correct: row.correct }]));
}

/** The same figures counted from the responses themselves. */
async function counted(db: Db, userId: string): Promise<Counts> {
  const rows = await db.$queryRaw<Array<{ moduleId: string; responses: number; correct: number }>>`
    SELECT q."moduleId" AS "moduleId", count(*)::int AS responses, count(*) FILTER (WHERE r."correct")::int AS correct
      FROM "Response" r JOIN "Question" q ON q."id" = r."questionId"
     WHERE r."userId" = ${userId} AND r."correct" IS NOT NULL AND q."moduleId" IS NOT NULL
     GROUP BY 1`;
  return Object.fromEntries(rows.map((row) => [row.moduleId, { responses: row.responses, correct: row.correct }]));
}

describe("the learner × module rollup of graded responses", () => {
  let testDb: TestDatabase;
  let learner: Actor, other: Actor, admin: Actor;
  let questionIds: string[];

  beforeAll(async () => {
    testDb = await createTestDatabase();
    admin = await createUser(testDb.db, "ADMIN");
    learner = await createUser(testDb.db, "LEARNER");
    other = await createUser(testDb.db, "LEARNER");
    questionIds = await seedExamQuestions(testDb.db, "lm");
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("exam answers count only once graded: saving adds nothing, finalisation adds the graded ones (简答 stays out)", async () => {
    const { db } = testDb;
    const { assignmentId, classId } = await createAssignment(db, { questionIds, learners: [learner], opensAt: OPENS, closesAt: CLOSES });
    const started = await startAssignmentAttempt(db, learner, { assignmentId, now: at(10) });
    if (!started.ok) throw new Error(started.reason);
    const attemptId = started.attemptId;
    const answers: Array<[number, unknown]> = [[0, ["A"]], [1, ["A"]], [2, true], [3, ["政治优势"]], [4, "依靠群众"]];
    for (const [index, response] of answers) {
      expect(await saveExamAnswer(db, learner, { attemptId, questionId: questionIds[index]!, response: response as never, now: at(11) })).toMatchObject({ ok: true });
    }
    // Changing an answer (an UPDATE of the ungraded row) and clearing one (a DELETE) change nothing either.
    await saveExamAnswer(db, learner, { attemptId, questionId: questionIds[2]!, response: false, now: at(12) });
    await saveExamAnswer(db, learner, { attemptId, questionId: questionIds[2]!, response: true, now: at(13) });
    expect(await rollup(db, learner.id)).toEqual({});

    expect(await submitExamAttempt(db, learner, { attemptId, now: at(20) })).toMatchObject({ ok: true, status: "SUBMITTED" });
    // single right, multiple wrong (A only), true/false right, fill right; the short answer is ungraded.
    expect(await rollup(db, learner.id)).toEqual({ mod_lm: { responses: 4, correct: 3 } });
    expect(await rollup(db, learner.id)).toEqual(await counted(db, learner.id));

    const heatmap = await getMasteryHeatmap(db, { actor: admin, now: at(30) });
    const row = heatmap.rows.find((candidate) => candidate.id === classId)!;
    expect(row.cells.mod_lm).toMatchObject({ responses: 4, accuracy: 0.75 });
    const inside = await getClassHeatmap(db, { actor: admin, classId, now: at(30) });
    expect(inside!.rows.find((candidate) => candidate.id === learner.id)!.cells.mod_lm).toMatchObject({ responses: 4, accuracy: 0.75 });
  });

  test("inserts, regrades, deletes, a question moved to another module and a deleted question keep the rollup equal to the responses", async () => {
    const { db } = testDb;
    await createClass(db, { learners: [other] });
    await db.module.create({ data: { id: "mod_lm2", courseId: "crs_lm", position: 1, title: "第二单元" } });
    await db.question.create({ data: { id: "lm_extra", courseId: "crs_lm", moduleId: "mod_lm", type: "TRUE_FALSE", stem: "额外题目", answer: true, contentHash: "lm_extra", status: "ACTIVE" } });
    const practice = await db.attempt.create({ data: { userId: other.id, mode: "PRACTICE", questionIds: [...questionIds, "lm_extra"] } });
    // One statement of several rows: graded right, graded wrong, and not yet graded.
    await db.response.createMany({ data: [
      { attemptId: practice.id, questionId: questionIds[0]!, userId: other.id, answer: ["A"], correct: true },
      { attemptId: practice.id, questionId: questionIds[1]!, userId: other.id, answer: ["C"], correct: false },
      { attemptId: practice.id, questionId: questionIds[2]!, userId: other.id, answer: true, correct: true },
      { attemptId: practice.id, questionId: questionIds[4]!, userId: other.id, answer: "自评", correct: null },
      { attemptId: practice.id, questionId: "lm_extra", userId: other.id, answer: true, correct: true },
    ] });
    expect(await rollup(db, other.id)).toEqual({ mod_lm: { responses: 4, correct: 3 } });

    // The self grade sets `correct` later (an UPDATE from null), a regrade flips one.
    await db.response.updateMany({ where: { attemptId: practice.id, questionId: questionIds[4]! }, data: { correct: false, selfGrade: 1 } });
    await db.response.updateMany({ where: { attemptId: practice.id, questionId: questionIds[1]! }, data: { correct: true } });
    expect(await rollup(db, other.id)).toEqual({ mod_lm: { responses: 5, correct: 4 } });

    // A question moved to another module takes its responses along, and back again.
    await db.question.update({ where: { id: questionIds[0]! }, data: { moduleId: "mod_lm2" } });
    expect(await rollup(db, other.id)).toEqual({ mod_lm: { responses: 4, correct: 3 }, mod_lm2: { responses: 1, correct: 1 } });
    await db.question.update({ where: { id: questionIds[0]! }, data: { moduleId: null } });
    expect(await rollup(db, other.id)).toEqual({ mod_lm: { responses: 4, correct: 3 } });
    await db.question.update({ where: { id: questionIds[0]! }, data: { moduleId: "mod_lm" } });
    expect(await rollup(db, other.id)).toEqual({ mod_lm: { responses: 5, correct: 4 } });

    // Deleting a response, and a question (its responses go by cascade), subtract once.
    await db.response.deleteMany({ where: { attemptId: practice.id, questionId: questionIds[2]! } });
    expect(await rollup(db, other.id)).toEqual({ mod_lm: { responses: 4, correct: 3 } });
    await db.question.delete({ where: { id: "lm_extra" } });
    expect(await rollup(db, other.id)).toEqual({ mod_lm: { responses: 3, correct: 2 } });
    expect(await rollup(db, other.id)).toEqual(await counted(db, other.id));
    expect(await rollup(db, learner.id)).toEqual(await counted(db, learner.id));

    // A deleted module takes its rows along.
    await db.question.update({ where: { id: questionIds[0]! }, data: { moduleId: "mod_lm2" } });
    await db.module.delete({ where: { id: "mod_lm2" } });
    expect(await db.learnerModuleMastery.count({ where: { moduleId: "mod_lm2" } })).toBe(0);
    expect(await rollup(db, other.id)).toEqual(await counted(db, other.id));
  });
});
