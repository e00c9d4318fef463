import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { saveExamAnswer } from "@/lib/server/exams/save-exam-answer";
import { startAssignmentAttempt } from "@/lib/server/exams/start-assignment-attempt";
import { submitExamAttempt } from "@/lib/server/exams/submit-exam-attempt";
import { getAssignmentResults } from "@/lib/server/results/get-assignment-results";
import { getStaffWorkbench } from "@/lib/server/home/get-staff-workbench";
import { markShortAnswer } from "@/lib/server/results/mark-short-answer";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";
import { createAssignment, seedExamQuestions } from "./exam-fixtures";

const HOUR = 3_600_000;

/**
 * The staff home (工作台): two instructors, each with an open quiz for their own class with a
 * 简答题; one handed-in answer waits in each, one paper is still being written; a closed quiz;
 * one question in review. Each sees their own; the administrator sees all.
 */
describe("the staff workbench counts what waits for each staff member", () => {
  let testDb: TestDatabase;
  let instructor: Actor;
  let otherInstructor: Actor;
  let admin: Actor;
  let learner: Actor;
  let ownAssignment: string;
  let otherAssignment: string;
  let shortQuestion: string;
  const now = new Date();

  async function handIn(who: Actor, assignmentId: string, submit: boolean): Promise<void> {
    const started = await startAssignmentAttempt(testDb.db, who, { assignmentId, now });
    if (!started.ok) throw new Error(started.reason);
    await saveExamAnswer(testDb.db, who, { attemptId: started.attemptId, questionId: shortQuestion, response: "一切为了群众，一切依靠群众。", now });
    if (submit) expect(await submitExamAttempt(testDb.db, who, { attemptId: started.attemptId, now })).toMatchObject({ ok: true });
  }

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const { db } = testDb;
    [instructor, otherInstructor, admin] = [await createUser(db, "INSTRUCTOR"), await createUser(db, "INSTRUCTOR"), await createUser(db, "ADMIN")];
    learner = await createUser(db, "LEARNER");
    const writing = await createUser(db, "LEARNER");
    const otherLearner = await createUser(db, "LEARNER");
    const ids = await seedExamQuestions(db, "wb");
    shortQuestion = ids[4]!;
    const open = { opensAt: new Date(now.getTime() - HOUR), closesAt: new Date(now.getTime() + 24 * HOUR) };
    ({ assignmentId: ownAssignment } = await createAssignment(db, { questionIds: [ids[0]!, shortQuestion], learners: [learner, writing], instructors: [instructor], ...open }));
    ({ assignmentId: otherAssignment } = await createAssignment(db, { questionIds: [shortQuestion], learners: [otherLearner], instructors: [otherInstructor], ...open }));
    await createAssignment(db, { questionIds: [ids[0]!], learners: [learner], instructors: [instructor], opensAt: new Date(now.getTime() - 48 * HOUR), closesAt: new Date(now.getTime() - 24 * HOUR) });
    await handIn(learner, ownAssignment, true);
    await handIn(writing, ownAssignment, false);
    await handIn(otherLearner, otherAssignment, true);
    await db.question.update({ where: { id: ids[1]! }, data: { status: "DRAFT" } });
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("an instructor sees the classes they teach, their open quiz, its answer to mark and the review queue", async () => {
    const workbench = await getStaffWorkbench(testDb.db, instructor, { now });
    expect(workbench.classes.map((taught) => taught.learners)).toEqual([2, 1]);
    expect(workbench.openAssignments).toEqual({ total: 1, shown: [expect.objectContaining({ id: ownAssignment, title: "第一次测验" })] });
    expect(workbench.awaitingMarks).toEqual({ total: 1, byAssignment: [{ assignmentId: ownAssignment, title: "第一次测验", count: 1 }] });
    expect(workbench.questionsInReview).toBe(1);
    // The same count as the quiz's results page.
    expect((await getAssignmentResults(testDb.db, instructor, { assignmentId: ownAssignment, now }))?.awaitingMarks).toBe(1);
  });

  test("another class's instructor sees only their own; the administrator sees every class and answer", async () => {
    const other = await getStaffWorkbench(testDb.db, otherInstructor, { now });
    expect(other.classes).toHaveLength(1);
    expect(other.openAssignments.shown.map((assignment) => assignment.id)).toEqual([otherAssignment]);
    expect(other.awaitingMarks.byAssignment).toEqual([{ assignmentId: otherAssignment, title: "第一次测验", count: 1 }]);
    const all = await getStaffWorkbench(testDb.db, admin, { now });
    expect(all.classes).toHaveLength(3);
    expect(all.openAssignments.total).toBe(2);
    expect(all.awaitingMarks.total).toBe(2);
  });

  test("a learner manages nothing", async () => {
    expect(await getStaffWorkbench(testDb.db, learner, { now })).toEqual({ classes: [], openAssignments: { total: 0, shown: [] }, awaitingMarks: { total: 0, byAssignment: [] }, questionsInReview: 1 });
  });

  test("marked, the answer leaves the count", async () => {
    const response = await testDb.db.response.findFirstOrThrow({ where: { userId: learner.id, questionId: shortQuestion, attempt: { assignmentId: ownAssignment } } });
    expect(await markShortAnswer(testDb.db, instructor, { assignmentId: ownAssignment, responseId: response.id, points: "2" })).toMatchObject({ ok: true });
    expect((await getStaffWorkbench(testDb.db, instructor, { now })).awaitingMarks).toEqual({ total: 0, byAssignment: [] });
    expect((await getStaffWorkbench(testDb.db, admin, { now })).awaitingMarks.total).toBe(1);
  });
});
