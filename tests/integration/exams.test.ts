import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { getExamAttempt } from "@/lib/server/exams/get-exam-attempt";
import { getLearnerAssignment, listLearnerAssignments } from "@/lib/server/exams/list-learner-assignments";
import { saveExamAnswer } from "@/lib/server/exams/save-exam-answer";
import { startAssignmentAttempt } from "@/lib/server/exams/start-assignment-attempt";
import { submitExamAttempt } from "@/lib/server/exams/submit-exam-attempt";
import { newCard, scheduleReview } from "@/lib/srs";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";
import { createAssignment, seedExamQuestions } from "./exam-fixtures";

const OPENS = new Date("2026-03-01T08:00:00Z");
const CLOSES = new Date("2026-03-01T12:00:00Z");
const at = (minutes: number) => new Date(OPENS.getTime() + minutes * 60_000);

describe("taking an assigned quiz", () => {
  let testDb: TestDatabase;
  let learner: Actor;
  let other: Actor;
  let outsider: Actor;
  let questionIds: string[];

  beforeAll(async () => {
    testDb = await createTestDatabase();
    learner = await createUser(testDb.db, "LEARNER");
    other = await createUser(testDb.db, "LEARNER");
    outsider = await createUser(testDb.db, "LEARNER");
    questionIds = await seedExamQuestions(testDb.db, "ex");
  });
  afterAll(async () => {
    await testDb.close();
  });

  const setup = (quiz: Parameters<typeof createAssignment>[1]["quiz"] = {}) =>
    createAssignment(testDb.db, { questionIds, learners: [learner, other], opensAt: OPENS, closesAt: CLOSES, quiz: { timeLimitSeconds: 1800, ...quiz } });

  async function start(assignmentId: string, minutes = 10, actor = learner) {
    const started = await startAssignmentAttempt(testDb.db, actor, { assignmentId, now: at(minutes) });
    if (!started.ok) throw new Error(started.reason);
    return started.attemptId;
  }

  test("starting is refused before the window opens, after it closes, and outside the learner's classes", async () => {
    const { assignmentId } = await setup();
    expect(await startAssignmentAttempt(testDb.db, learner, { assignmentId, now: at(-1) })).toEqual({ ok: false, reason: "NOT_OPEN" });
    expect(await startAssignmentAttempt(testDb.db, learner, { assignmentId, now: CLOSES })).toEqual({ ok: false, reason: "CLOSED" });
    expect(await startAssignmentAttempt(testDb.db, outsider, { assignmentId, now: at(1) })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await testDb.db.attempt.count({ where: { assignmentId } })).toBe(0);
    expect(await listLearnerAssignments(testDb.db, outsider, { now: at(1) })).toEqual([]);
  });

  test("starting inside the window stores the draw and the deadline; starting again resumes the same attempt", async () => {
    const { assignmentId } = await setup();
    const first = await startAssignmentAttempt(testDb.db, learner, { assignmentId, now: at(10) });
    expect(first).toMatchObject({ ok: true, resumed: false });
    const attempt = await testDb.db.attempt.findUniqueOrThrow({ where: { id: first.ok ? first.attemptId : "" } });
    expect(attempt).toMatchObject({ mode: "QUIZ", number: 1, status: "IN_PROGRESS", questionIds, scope: { points: [2, 3, 1, 2, 2] } });
    expect(attempt.deadlineAt?.toISOString()).toBe(at(40).toISOString());
    expect(await startAssignmentAttempt(testDb.db, learner, { assignmentId, now: at(12) })).toEqual({ ok: true, attemptId: attempt.id, resumed: true });
    const listed = await getLearnerAssignment(testDb.db, learner, { assignmentId, now: at(12) });
    expect(listed).toMatchObject({ window: "OPEN", attemptsUsed: 1, attemptsAllowed: 1, inProgressAttemptId: attempt.id, canStart: true });
  });

  test("the deadline is the window's close when it comes before the time limit and late work is refused", async () => {
    const { assignmentId } = await setup();
    const attemptId = await start(assignmentId, 230);
    const attempt = await testDb.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.deadlineAt?.toISOString()).toBe(CLOSES.toISOString());
  });

  test("while open, the paper carries no answer or explanation; saved answers come back on resume and can be changed", async () => {
    const { assignmentId } = await setup({ shuffleOptions: true });
    const attemptId = await start(assignmentId);
    expect(await saveExamAnswer(testDb.db, learner, { attemptId, questionId: questionIds[0]!, response: ["B"], now: at(11) })).toMatchObject({ ok: true });
    expect(await saveExamAnswer(testDb.db, learner, { attemptId, questionId: questionIds[0]!, response: ["A"], now: at(12) })).toMatchObject({ ok: true });
    expect(await saveExamAnswer(testDb.db, learner, { attemptId, questionId: questionIds[3]!, response: ["政治优势"], now: at(12) })).toMatchObject({ ok: true });
    const view = await getExamAttempt(testDb.db, learner, { attemptId, now: at(13) });
    expect(view?.open).toBe(true);
    expect(view?.saved).toEqual({ [questionIds[0]!]: ["A"], [questionIds[3]!]: ["政治优势"] });
    const payload = JSON.stringify(view);
    expect(payload).not.toContain('"answer"');
    expect(payload).not.toContain("出自");
    expect(payload).not.toContain("acceptedAnswers");
    expect(payload).not.toContain("依靠群众");
    expect(view?.questions.map((question) => question.points)).toEqual([2, 3, 1, 2, 2]);
    const stored = await testDb.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    const order = (stored.optionOrders as Record<string, number[]>)[questionIds[0]!]!;
    expect(view?.questions[0]?.options.map((option) => option.key)).toEqual(order.map((index) => ["A", "B", "C"][index]));
    expect(await testDb.db.response.count({ where: { attemptId } })).toBe(2);
    // Not graded until submitted.
    expect(await testDb.db.response.count({ where: { attemptId, correct: { not: null } } })).toBe(0);
  });

  test("bad answers are refused with a reason and change nothing", async () => {
    const { assignmentId } = await setup();
    const attemptId = await start(assignmentId);
    expect(await saveExamAnswer(testDb.db, learner, { attemptId, questionId: questionIds[2]!, response: "对", now: at(11) })).toMatchObject({ ok: false, reason: "INVALID_RESPONSE", message: expect.stringContaining("答案") });
    expect(await saveExamAnswer(testDb.db, learner, { attemptId, questionId: "not-in-paper", response: ["A"], now: at(11) })).toMatchObject({ ok: false, reason: "NOT_FOUND" });
    expect(await testDb.db.response.count({ where: { attemptId } })).toBe(0);
  });

  test("another learner can neither read, answer in nor submit someone's attempt", async () => {
    const { assignmentId } = await setup();
    const attemptId = await start(assignmentId);
    expect(await getExamAttempt(testDb.db, other, { attemptId, now: at(11) })).toBeNull();
    expect(await saveExamAnswer(testDb.db, other, { attemptId, questionId: questionIds[0]!, response: ["A"], now: at(11) })).toMatchObject({ ok: false, reason: "NOT_FOUND" });
    expect(await submitExamAttempt(testDb.db, other, { attemptId, now: at(11) })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await testDb.db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ status: "IN_PROGRESS" });
    expect(await testDb.db.response.count({ where: { attemptId } })).toBe(0);
  });

  test("a double submit records one submission, grades with the drawn points and moves each card once", async () => {
    // A learner of no other open assignment of these questions: the ones this file makes for
    // `learner` and `other` would keep the keys hidden (lib/quizzes/key-visibility.ts).
    const other = await createUser(testDb.db, "LEARNER");
    const { assignmentId } = await createAssignment(testDb.db, { questionIds, learners: [other], opensAt: OPENS, closesAt: CLOSES, quiz: { timeLimitSeconds: 1800 } });
    const attemptId = await start(assignmentId, 10, other);
    const answers: [number, string[] | boolean | string][] = [[0, ["A"]], [1, ["A"]], [2, true], [3, ["政治优势"]], [4, "为了群众"]];
    for (const [index, response] of answers) await saveExamAnswer(testDb.db, other, { attemptId, questionId: questionIds[index]!, response, now: at(15) });
    const results = await Promise.all([1, 2, 3].map(() => submitExamAttempt(testDb.db, other, { attemptId, now: at(20) })));
    for (const result of results) expect(result).toMatchObject({ ok: true, status: "SUBMITTED", late: false });
    const again = await submitExamAttempt(testDb.db, other, { attemptId, now: at(25) });
    expect(again).toEqual(results[0]);
    const attempt = await testDb.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    // single 2 + multi 0 (A only) + tf 1 + fill 2 + short 0 (not auto-graded) of 10.
    expect(attempt).toMatchObject({ status: "SUBMITTED", score: 5, maxScore: 10 });
    expect(attempt.submittedAt?.toISOString()).toBe(at(20).toISOString());
    expect(await testDb.db.reviewLog.count({ where: { userId: other.id } })).toBe(4);
    const multiLog = await testDb.db.reviewLog.findFirstOrThrow({ where: { userId: other.id, card: { questionId: questionIds[1]! } } });
    expect(multiLog.rating).toBe(1);
    const singleLog = await testDb.db.reviewLog.findFirstOrThrow({ where: { userId: other.id, card: { questionId: questionIds[0]! } } });
    expect(singleLog.rating).toBe(3);
    expect(await testDb.db.card.count({ where: { userId: other.id, questionId: questionIds[4]! } })).toBe(0);
    expect(await testDb.db.response.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: questionIds[4]! } } })).toMatchObject({ correct: null, score: null });
    expect(await testDb.db.response.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: questionIds[0]! } } })).toMatchObject({ correct: true, score: 1 });
    // The card moved exactly as ts-fsrs moves a new card rated Good at the submission time.
    const singleCard = await testDb.db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: other.id, questionId: questionIds[0]! } } });
    expect(singleCard.due.toISOString()).toBe(scheduleReview(newCard(at(20)), "GOOD", at(20), { desiredRetention: 0.9 }).card.due.toISOString());
    // The wrong answer is filed in the 错题本; the right ones are not.
    const mistakes = await testDb.db.mistakeEntry.findMany({ where: { userId: other.id } });
    expect(mistakes.map((entry) => [entry.questionId, entry.wrongCount])).toEqual([[questionIds[1]!, 1]]);
    expect(await saveExamAnswer(testDb.db, other, { attemptId, questionId: questionIds[1]!, response: ["A", "B"], now: at(21) })).toMatchObject({ ok: false, reason: "CLOSED" });
    const view = await getExamAttempt(testDb.db, other, { attemptId, now: at(21) });
    expect(view?.result).toMatchObject({ visible: true, score: 5, maxScore: 10, percent: 50 });
    expect(view?.result?.feedback?.[1]).toMatchObject({ status: "incorrect", answer: ["A", "B"], points: 3, earned: 0 });
  });

  test("an answer past the deadline is refused and the attempt closes as of the deadline with what was saved in time", async () => {
    const { assignmentId } = await setup({ timeLimitSeconds: 600 });
    const attemptId = await start(assignmentId, 10);
    await saveExamAnswer(testDb.db, learner, { attemptId, questionId: questionIds[0]!, response: ["A"], now: at(19) });
    const late = await saveExamAnswer(testDb.db, learner, { attemptId, questionId: questionIds[3]!, response: ["政治优势"], now: at(21) });
    expect(late).toEqual({ ok: false, reason: "TIME_UP", message: "作答时间已到，答卷已按截止时间自动提交，之后的作答不再保存。" });
    const attempt = await testDb.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt).toMatchObject({ status: "EXPIRED", score: 2, maxScore: 10 });
    expect(attempt.submittedAt?.toISOString()).toBe(at(20).toISOString());
    expect(await testDb.db.response.count({ where: { attemptId } })).toBe(1);
    expect(await submitExamAttempt(testDb.db, learner, { attemptId, now: at(22) })).toMatchObject({ ok: true, status: "EXPIRED" });
  });

  test("an answer that arrives in the grace after the deadline is not counted; the hand-in that arrives then is, as of the deadline", async () => {
    const { assignmentId } = await setup({ timeLimitSeconds: 600 });
    const attemptId = await start(assignmentId, 10);
    const deadline = at(20);
    const inGrace = new Date(deadline.getTime() + 5_000);
    await saveExamAnswer(testDb.db, learner, { attemptId, questionId: questionIds[0]!, response: ["A"], now: deadline });
    // A new answer, a changed answer and a cleared answer after the deadline all change nothing.
    const refused = { ok: false, reason: "DEADLINE_PASSED", message: "作答时间已到，这个答案没有保存；截止前保存的答案照常计分。" };
    expect(await saveExamAnswer(testDb.db, learner, { attemptId, questionId: questionIds[2]!, response: true, now: inGrace })).toEqual(refused);
    expect(await saveExamAnswer(testDb.db, learner, { attemptId, questionId: questionIds[0]!, response: ["B"], now: inGrace })).toEqual(refused);
    expect(await saveExamAnswer(testDb.db, learner, { attemptId, questionId: questionIds[0]!, response: [], now: inGrace })).toEqual(refused);
    expect(await testDb.db.response.findMany({ where: { attemptId }, select: { questionId: true, answer: true } })).toEqual([{ questionId: questionIds[0]!, answer: ["A"] }]);
    // The hand-in sent at zero arrives in the grace: handed in, as of the deadline, not late.
    expect(await submitExamAttempt(testDb.db, learner, { attemptId, now: inGrace })).toMatchObject({ ok: true, status: "SUBMITTED", late: false });
    const attempt = await testDb.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt).toMatchObject({ status: "SUBMITTED", score: 2, maxScore: 10 });
    expect(attempt.submittedAt?.toISOString()).toBe(deadline.toISOString());
  });

  test("an answer stored after the deadline (saved in the grace by an instance still on the old rule) is left out when the paper is graded", async () => {
    const { assignmentId } = await setup({ timeLimitSeconds: 600 });
    const attemptId = await start(assignmentId, 10);
    await saveExamAnswer(testDb.db, learner, { attemptId, questionId: questionIds[0]!, response: ["A"], now: at(15) });
    await testDb.db.response.create({ data: { attemptId, questionId: questionIds[2]!, userId: learner.id, answer: true, answeredAt: new Date(at(20).getTime() + 1_000) } });
    await submitExamAttempt(testDb.db, learner, { attemptId, now: at(19) });
    const attempt = await testDb.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.score).toBe(2);
    expect(await testDb.db.response.count({ where: { attemptId } })).toBe(1);
  });

  test("an attempt read after its deadline is closed lazily, and a submit past the deadline is recorded as expired", async () => {
    const { assignmentId } = await setup({ timeLimitSeconds: 300, attemptsAllowed: 2 });
    const firstId = await start(assignmentId, 10);
    const view = await getExamAttempt(testDb.db, learner, { attemptId: firstId, now: at(30) });
    expect(view).toMatchObject({ open: false, result: { status: "EXPIRED", score: 0 } });
    const secondId = await start(assignmentId, 40);
    expect(secondId).not.toBe(firstId);
    await saveExamAnswer(testDb.db, learner, { attemptId: secondId, questionId: questionIds[0]!, response: ["A"], now: at(41) });
    expect(await submitExamAttempt(testDb.db, learner, { attemptId: secondId, now: at(50) })).toMatchObject({ ok: true, status: "EXPIRED" });
    const second = await testDb.db.attempt.findUniqueOrThrow({ where: { id: secondId } });
    expect(second.submittedAt?.toISOString()).toBe(at(45).toISOString());
    expect(second.score).toBe(2);
  });

  test("when the attempts are used up no new attempt starts", async () => {
    const { assignmentId } = await setup({ attemptsAllowed: 2, scoring: "LAST" });
    for (const minute of [10, 20]) {
      const attemptId = await start(assignmentId, minute);
      await saveExamAnswer(testDb.db, learner, { attemptId, questionId: questionIds[0]!, response: minute === 10 ? ["A"] : ["B"], now: at(minute + 1) });
      await submitExamAttempt(testDb.db, learner, { attemptId, now: at(minute + 2) });
    }
    expect(await startAssignmentAttempt(testDb.db, learner, { assignmentId, now: at(30) })).toEqual({ ok: false, reason: "NO_ATTEMPTS_LEFT" });
    expect(await testDb.db.attempt.count({ where: { assignmentId, userId: learner.id } })).toBe(2);
    const listed = await getLearnerAssignment(testDb.db, learner, { assignmentId, now: at(30) });
    // LAST counts the second attempt (0 of 10), not the better first (2 of 10).
    expect(listed).toMatchObject({ attemptsUsed: 2, canStart: false, counted: 0 });
  });

  test("AFTER_CLOSE hides the score and the answers until the window closes; NEVER hides them for good", async () => {
    for (const resultPolicy of ["AFTER_CLOSE", "NEVER"] as const) {
      const { assignmentId } = await setup({ resultPolicy });
      const attemptId = await start(assignmentId);
      await saveExamAnswer(testDb.db, learner, { attemptId, questionId: questionIds[0]!, response: ["A"], now: at(11) });
      await submitExamAttempt(testDb.db, learner, { attemptId, now: at(12) });
      const during = await getExamAttempt(testDb.db, learner, { attemptId, now: at(13) });
      expect(during?.result).toMatchObject({ status: "SUBMITTED", visible: false, score: null, maxScore: null, feedback: null });
      expect(JSON.stringify(during)).not.toContain('"answer"');
      expect((await getLearnerAssignment(testDb.db, learner, { assignmentId, now: at(13) }))?.counted).toBeNull();
      const after = await getExamAttempt(testDb.db, learner, { attemptId, now: CLOSES });
      if (resultPolicy === "AFTER_CLOSE") {
        expect(after?.result).toMatchObject({ visible: true, score: 2, percent: 20 });
        expect((await getLearnerAssignment(testDb.db, learner, { assignmentId, now: CLOSES }))?.counted).toBe(20);
      } else {
        expect(after?.result).toMatchObject({ visible: false, score: null });
      }
    }
  });

  test("with ACCEPT_MARKED_LATE an attempt may run past the close and is marked late", async () => {
    const { assignmentId } = await setup({ latePolicy: "ACCEPT_MARKED_LATE", timeLimitSeconds: 1800 });
    const attemptId = await start(assignmentId, 235);
    const attempt = await testDb.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.deadlineAt?.toISOString()).toBe(at(265).toISOString());
    await saveExamAnswer(testDb.db, learner, { attemptId, questionId: questionIds[2]!, response: true, now: at(245) });
    expect(await submitExamAttempt(testDb.db, learner, { attemptId, now: at(250) })).toMatchObject({ ok: true, status: "SUBMITTED", late: true });
  });
});
