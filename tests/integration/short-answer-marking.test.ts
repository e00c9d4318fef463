import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { getExamAttempt } from "@/lib/server/exams/get-exam-attempt";
import { saveExamAnswer } from "@/lib/server/exams/save-exam-answer";
import { startAssignmentAttempt } from "@/lib/server/exams/start-assignment-attempt";
import { submitExamAttempt } from "@/lib/server/exams/submit-exam-attempt";
import { getAssignmentResults } from "@/lib/server/results/get-assignment-results";
import { getLearnerAnswers } from "@/lib/server/results/get-learner-answers";
import { markShortAnswer } from "@/lib/server/results/mark-short-answer";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";
import { createAssignment, seedExamQuestions } from "./exam-fixtures";

const OPENS = new Date("2026-04-01T08:00:00Z");
const CLOSES = new Date("2026-04-01T12:00:00Z");
const at = (minutes: number) => new Date(OPENS.getTime() + minutes * 60_000);

/**
 * A paper of the single choice (2 points, answered right) and the 简答题 (4 points): handed in,
 * it scores 2 of 6 with the short answer waiting; marked 3, it scores 5.
 */
describe("marking 简答题 of handed-in papers", () => {
  let testDb: TestDatabase;
  let learner: Actor;
  let instructor: Actor;
  let otherInstructor: Actor;
  let admin: Actor;
  let assignmentId: string;
  let attemptId: string;
  let shortResponseId: string;
  let choiceResponseId: string;
  let questionIds: string[];

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const { db } = testDb;
    learner = await createUser(db, "LEARNER");
    instructor = await createUser(db, "INSTRUCTOR");
    otherInstructor = await createUser(db, "INSTRUCTOR");
    admin = await createUser(db, "ADMIN");
    const ids = await seedExamQuestions(db, "mk");
    questionIds = [ids[0]!, ids[4]!];
    ({ assignmentId } = await createAssignment(db, { questionIds, points: [2, 4], learners: [learner], instructors: [instructor], opensAt: OPENS, closesAt: CLOSES }));
    const started = await startAssignmentAttempt(db, learner, { assignmentId, now: at(1) });
    if (!started.ok) throw new Error(started.reason);
    attemptId = started.attemptId;
    await saveExamAnswer(db, learner, { attemptId, questionId: questionIds[0]!, response: ["A"], now: at(2) });
    await saveExamAnswer(db, learner, { attemptId, questionId: questionIds[1]!, response: "一切为了群众，一切依靠群众，从群众中来，到群众中去。", now: at(3) });
  });
  afterAll(async () => {
    await testDb.close();
  });

  const attempt = () => testDb.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  const markCount = () => testDb.db.auditLog.count({ where: { action: "response.mark" } });

  test("an answer cannot be marked while the paper is still being written", async () => {
    const responses = await testDb.db.response.findMany({ where: { attemptId }, include: { question: { select: { type: true } } } });
    shortResponseId = responses.find((response) => response.question.type === "SHORT_ANSWER")!.id;
    choiceResponseId = responses.find((response) => response.question.type === "SINGLE_CHOICE")!.id;
    expect(await markShortAnswer(testDb.db, instructor, { assignmentId, responseId: shortResponseId, points: "3" })).toEqual({ ok: false, error: "学员还没有交卷，交卷后才能评分" });
    expect((await testDb.db.response.findUniqueOrThrow({ where: { id: shortResponseId } })).score).toBeNull();
  });

  test("handed in, the short answer waits for its mark: the score leaves it out and the results count it", async () => {
    expect(await submitExamAttempt(testDb.db, learner, { attemptId, now: at(5) })).toMatchObject({ ok: true });
    expect(await attempt()).toMatchObject({ status: "SUBMITTED", score: 2, maxScore: 6 });
    const results = await getAssignmentResults(testDb.db, instructor, { assignmentId, now: at(6) });
    expect(results?.awaitingMarks).toBe(1);
    expect(results?.learners[0]?.awaitingMarks).toBe(1);
    const answers = await getLearnerAnswers(testDb.db, instructor, { assignmentId, userId: learner.id });
    const short = answers!.attempts[0]!.answers[1]!;
    expect(short).toMatchObject({ stem: "什么是群众路线？", status: "self-graded", awaitingMark: true, responseId: shortResponseId, earned: 0, points: 4 });
    expect(answers!.attempts[0]!.answers[0]).toMatchObject({ status: "correct", awaitingMark: false, earned: 2 });
  });

  test("bad marks are refused in Chinese and change nothing", async () => {
    const before = await markCount();
    const refusals: [string, string][] = [
      ["", "请填写得分"],
      ["三分", "得分应为数字"],
      ["9".repeat(5000), "得分应为数字"],
      ["1.2", "得分应为 0.5 的整数倍"],
      ["-1", "得分应在 0–4 分之间"],
      ["4.5", "得分应在 0–4 分之间"],
    ];
    for (const [points, error] of refusals) {
      expect(await markShortAnswer(testDb.db, instructor, { assignmentId, responseId: shortResponseId, points }), points).toEqual({ ok: false, error });
    }
    expect(await markShortAnswer(testDb.db, instructor, { assignmentId, responseId: choiceResponseId, points: "1" })).toEqual({ ok: false, error: "只有简答题需要教员评分" });
    expect(await markShortAnswer(testDb.db, instructor, { assignmentId, responseId: "no-such-response", points: "1" })).toEqual({ ok: false, error: "找不到这份答卷" });
    expect((await testDb.db.response.findUniqueOrThrow({ where: { id: shortResponseId } })).score).toBeNull();
    expect(await attempt()).toMatchObject({ score: 2 });
    expect(await markCount()).toBe(before);
  });

  test("only staff who see the results may mark: the learner and another class's instructor are refused", async () => {
    for (const actor of [learner, otherInstructor]) {
      expect(await markShortAnswer(testDb.db, actor, { assignmentId, responseId: shortResponseId, points: "4" })).toEqual({ ok: false, error: "找不到这份答卷" });
    }
    expect((await testDb.db.response.findUniqueOrThrow({ where: { id: shortResponseId } })).score).toBeNull();
  });

  test("marked 3 of 4, the paper scores 5 of 6, the learner sees it, and the mark is audited", async () => {
    expect(await markShortAnswer(testDb.db, instructor, { assignmentId, responseId: shortResponseId, points: " 3 " })).toEqual({ ok: true, earned: 3, attemptScore: 5 });
    expect(await attempt()).toMatchObject({ score: 5, maxScore: 6 });
    const response = await testDb.db.response.findUniqueOrThrow({ where: { id: shortResponseId } });
    expect(response.score).toBe(0.75);
    expect(response.correct).toBeNull();
    const results = await getAssignmentResults(testDb.db, instructor, { assignmentId, now: at(7) });
    expect(results?.awaitingMarks).toBe(0);
    expect(results?.learners[0]?.counted).toBeCloseTo((5 / 6) * 100, 0);

    const view = await getExamAttempt(testDb.db, learner, { attemptId, now: at(8) });
    expect(view?.result).toMatchObject({ score: 5, maxScore: 6 });
    expect(view?.result?.feedback?.[1]).toMatchObject({ awaitingMark: false, earned: 3 });

    const entry = await testDb.db.auditLog.findFirstOrThrow({ where: { action: "response.mark", entityId: shortResponseId } });
    expect(entry).toMatchObject({ actorId: instructor.id, entityType: "Response", before: { points: null }, after: { points: 3, maxPoints: 4, attemptScore: 5 } });
  });

  test("an administrator changes the mark: it replaces the first one, and the audit keeps both", async () => {
    expect(await markShortAnswer(testDb.db, admin, { assignmentId, responseId: shortResponseId, points: "1.5" })).toEqual({ ok: true, earned: 1.5, attemptScore: 3.5 });
    expect(await attempt()).toMatchObject({ score: 3.5 });
    const entries = await testDb.db.auditLog.findMany({ where: { action: "response.mark", entityId: shortResponseId }, orderBy: { createdAt: "asc" } });
    expect(entries.map((entry) => entry.after)).toEqual([
      { points: 3, maxPoints: 4, attemptScore: 5 },
      { points: 1.5, maxPoints: 4, attemptScore: 3.5 },
    ]);
    expect(entries[1]!.before).toEqual({ points: 3 });
  });
});
