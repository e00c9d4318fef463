import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { attemptScore } from "@/lib/quizzes/attempt-score";
import { newCard } from "@/lib/srs";
import { rateSelfGradedAnswer } from "@/lib/server/practice/rate-self-graded-answer";
import { startDailyQuiz } from "@/lib/server/practice/start-daily-quiz";
import { startModulePractice } from "@/lib/server/practice/start-practice";
import { startReview } from "@/lib/server/practice/start-review";
import { submitPracticeAnswer } from "@/lib/server/practice/submit-practice-answer";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";

/**
 * 复习 and 每日一练 start afresh when what they serve has changed (docs/LEARNING.md, Practice
 * modes): a review session resumes while its unanswered questions are the due queue's, and
 * gives way, kept with its answers and their score, once cards have fallen due since it began;
 * 每日一练 gives way to the next study day's.
 */
describe("review sessions and 每日一练 follow their queue", () => {
  let testDb: TestDatabase;
  const NOW = new Date("2026-06-10T02:00:00Z");
  const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
  const QUESTIONS = ["r1", "r2", "r3", "r4", "r5"];

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const { db } = testDb;
    await db.course.create({ data: { id: "crs_r", slug: "r", title: "课程" } });
    await db.module.create({ data: { id: "mod_r", courseId: "crs_r", position: 0, title: "单元" } });
    const base = { courseId: "crs_r", moduleId: "mod_r", status: "ACTIVE" as const, explanation: "解析" };
    await db.question.createMany({
      data: [
        ...QUESTIONS.map((id, index) => ({ ...base, id, contentHash: id, type: "TRUE_FALSE" as const, stem: `判断题 ${id}`, answer: true, spanStart: index })),
        { ...base, id: "s1", contentHash: "s1", type: "SHORT_ANSWER" as const, stem: "什么是群众路线？", answer: "群众路线是我们党的生命线。", keyPoints: ["生命线"], spanStart: 9 },
      ],
    });
  });
  afterAll(async () => {
    await testDb.close();
  });

  /** A learner whose cards for `due` fall due at the given minutes after NOW (negative: already due). */
  async function learnerWithCards(due: Record<string, number>): Promise<Actor> {
    const learner = await createUser(testDb.db, "LEARNER");
    await testDb.db.card.createMany({
      data: Object.entries(due).map(([questionId, minutes]) => ({
        ...newCard(new Date("2026-06-01T00:00:00Z")),
        state: "REVIEW" as const,
        stability: 3,
        difficulty: 5,
        reps: 2,
        lastReview: new Date("2026-06-01T00:00:00Z"),
        due: later(minutes),
        userId: learner.id,
        questionId,
      })),
    });
    return learner;
  }

  const answer = (learner: Actor, attemptId: string, questionId: string, response: boolean | string, now: Date) =>
    submitPracticeAnswer(testDb.db, learner, { attemptId, questionId, response, durationMs: 3_000, now });
  const attempt = (id: string) => testDb.db.attempt.findUniqueOrThrow({ where: { id } });

  test("an unchanged queue resumes the open session, also after some of it was answered and with a 简答 not yet rated", async () => {
    const learner = await learnerWithCards({ r1: -30, r2: -20, s1: -15, r3: -10 });
    const session = (await startReview(testDb.db, learner, NOW))!;
    expect((await attempt(session)).questionIds).toEqual(["r1", "r2", "s1", "r3"]);
    expect(await startReview(testDb.db, learner, NOW)).toBe(session);

    // Answered cards leave the queue, and the 简答 stays in it until it is rated: the session still serves the queue.
    expect(await answer(learner, session, "r1", true, NOW)).toMatchObject({ ok: true });
    expect(await answer(learner, session, "s1", "生命线", NOW)).toMatchObject({ ok: true });
    expect(await startReview(testDb.db, learner, later(1))).toBe(session);
    expect(await rateSelfGradedAnswer(testDb.db, learner, { attemptId: session, questionId: "s1", rating: "GOOD", now: later(1) })).toMatchObject({ ok: true });
    expect(await startReview(testDb.db, learner, later(2))).toBe(session);
    expect(await testDb.db.attempt.count({ where: { userId: learner.id } })).toBe(1);
  });

  test("a card fallen due since the session began closes it with its answers and their score, and a session of the queue as it is now begins", async () => {
    const learner = await learnerWithCards({ r1: -30, r2: -20, r3: -10, r4: 5 });
    const first = (await startReview(testDb.db, learner, NOW))!;
    expect((await attempt(first)).questionIds).toEqual(["r1", "r2", "r3"]);
    await answer(learner, first, "r1", true, NOW);
    await answer(learner, first, "r2", false, NOW);

    // r4 falls due: the next start holds it with what the first left unanswered.
    const second = (await startReview(testDb.db, learner, later(6)))!;
    expect(second).not.toBe(first);
    const closed = await attempt(first);
    const responses = await testDb.db.response.findMany({ where: { attemptId: first }, select: { questionId: true, correct: true, score: true } });
    expect(responses.map((response) => [response.questionId, response.correct]).sort()).toEqual([["r1", true], ["r2", false]]);
    expect(closed).toMatchObject({ status: "SUBMITTED", submittedAt: later(6), ...attemptScore(closed, responses) });
    expect([closed.score, closed.maxScore]).toEqual([1, 3]);
    // r2, forgotten, may be due again already; r1 is not.
    const { questionIds } = await attempt(second);
    expect(questionIds).toEqual(expect.arrayContaining(["r3", "r4"]));
    expect(questionIds).not.toContain("r1");
    expect(await testDb.db.attempt.count({ where: { userId: learner.id, mode: "REVIEW", status: "IN_PROGRESS" } })).toBe(1);
  });

  test("a session without answers gives way without a trace, and one whose card was answered elsewhere gives way too", async () => {
    const learner = await learnerWithCards({ r1: -30, r2: -20, r3: 5 });
    const untouched = (await startReview(testDb.db, learner, NOW))!;
    const next = (await startReview(testDb.db, learner, later(6)))!;
    expect(next).not.toBe(untouched);
    expect(await testDb.db.attempt.findUnique({ where: { id: untouched } })).toBeNull();

    // r1 answered in 专项练习 leaves the queue: the session no longer serves it.
    const practice = (await startModulePractice(testDb.db, learner, { moduleId: "mod_r", order: "source", now: later(7) }))!;
    expect(await answer(learner, practice, "r1", true, later(7))).toMatchObject({ ok: true });
    const after = (await startReview(testDb.db, learner, later(8)))!;
    expect(after).not.toBe(next);
    expect(new Set((await attempt(after)).questionIds)).toEqual(new Set(["r2", "r3"]));
  });

  test("nothing due leaves the open session alone and starts nothing", async () => {
    const learner = await learnerWithCards({ r1: -30 });
    const session = (await startReview(testDb.db, learner, NOW))!;
    // Its only card is moved elsewhere: the queue is empty, and there is nothing to start.
    const practice = (await startModulePractice(testDb.db, learner, { moduleId: "mod_r", order: "source", now: NOW }))!;
    await answer(learner, practice, "r1", true, NOW);
    expect(await startReview(testDb.db, learner, later(1))).toBeNull();
    expect(await attempt(session)).toMatchObject({ status: "IN_PROGRESS" });
  });

  test("many starts at once, after cards fell due, give one open session: the old one closed once, every start on the new one", async () => {
    const learner = await learnerWithCards({ r1: -30, r2: -20, r3: 5, r4: 6 });
    const first = (await startReview(testDb.db, learner, NOW))!;
    await answer(learner, first, "r1", true, NOW);
    const started = await Promise.all(Array.from({ length: 8 }, () => startReview(testDb.db, learner, later(10))));
    expect(new Set(started).size).toBe(1);
    expect(started[0]).not.toBe(first);
    expect(await attempt(first)).toMatchObject({ status: "SUBMITTED", score: 1, maxScore: 2 });
    const open = await testDb.db.attempt.findMany({ where: { userId: learner.id, mode: "REVIEW", status: "IN_PROGRESS" } });
    expect(open.map((row) => row.id)).toEqual([started[0]]);
    expect(new Set(open[0]!.questionIds)).toEqual(new Set(["r2", "r3", "r4"]));
    expect(await testDb.db.attempt.count({ where: { userId: learner.id } })).toBe(2);
  });

  test("每日一练: today's resumes, with new cards due or not; the next day's closes an unfinished one with its answers and their score", async () => {
    const learner = await learnerWithCards({ r1: -30, r2: -20, r3: 60 });
    const today = (await startDailyQuiz(testDb.db, learner, NOW))!;
    const { questionIds } = await attempt(today);
    expect(questionIds.slice(0, 2)).toEqual(["r1", "r2"]);
    await answer(learner, today, "r1", true, NOW);
    // r3 falls due the same study day: 每日一练 is one set a day, and resumes.
    expect(await startDailyQuiz(testDb.db, learner, later(90))).toBe(today);

    // The next study day (midnight in China, 16:00 UTC), started many times at once.
    const tomorrow = new Date("2026-06-10T17:00:00Z");
    const started = await Promise.all(Array.from({ length: 6 }, () => startDailyQuiz(testDb.db, learner, tomorrow)));
    expect(new Set(started).size).toBe(1);
    expect(started[0]).not.toBe(today);
    const closed = await attempt(today);
    const responses = await testDb.db.response.findMany({ where: { attemptId: today }, select: { questionId: true, correct: true, score: true } });
    expect(responses.map((response) => response.questionId)).toEqual(["r1"]);
    expect(closed).toMatchObject({ status: "SUBMITTED", ...attemptScore(closed, responses) });
    expect([closed.score, closed.maxScore]).toEqual([1, questionIds.length]);
    expect(await testDb.db.attempt.count({ where: { userId: learner.id, mode: "DAILY", status: "IN_PROGRESS" } })).toBe(1);
  });
});
