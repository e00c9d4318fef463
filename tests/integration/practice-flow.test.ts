import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { advanceMemorizing } from "@/lib/server/practice/advance-memorizing";
import { getPracticeResults } from "@/lib/server/practice/get-practice-results";
import { getPracticeStep, getResumePosition } from "@/lib/server/practice/get-practice-step";
import { listOpenPractice } from "@/lib/server/practice/list-open-practice";
import { startChallenge, startDailyQuiz, startUnseenFirst } from "@/lib/server/practice/start-daily-quiz";
import { startModulePractice } from "@/lib/server/practice/start-practice";
import { startRedoWrong } from "@/lib/server/practice/start-redo-wrong";
import { submitPracticeAnswer } from "@/lib/server/practice/submit-practice-answer";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";

/**
 * The practice flow (docs/LEARNING.md, Practice modes): one open attempt per mode, enforced by
 * the database; 继续 at the first unanswered question; the results screen's figures from the
 * answers recorded.
 */
describe("the practice flow", () => {
  let testDb: TestDatabase;
  const NOW = new Date("2026-06-10T02:00:00Z");

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const { db } = testDb;
    await db.course.create({ data: { id: "crs_f", slug: "f", title: "课程" } });
    for (const [index, id] of ["mod_f", "mod_g"].entries()) {
      await db.module.create({ data: { id, courseId: "crs_f", position: index, title: `单元${index + 1}` } });
      await db.section.create({ data: { id: `sec_${id}`, moduleId: id, position: 0, depth: 0, title: "节" } });
      await db.passage.create({ data: { id: `psg_${id}`, moduleId: id, sectionId: `sec_${id}`, position: 0, text: "群众路线是我们党的生命线和根本工作路线。" } });
    }
    await db.knowledgePoint.createMany({
      data: [
        { id: "kp_line", moduleId: "mod_f", kind: "TERM", text: "群众路线" },
        { id: "kp_edge", moduleId: "mod_f", kind: "TERM", text: "政治优势" },
      ],
    });
    const tf = (id: string, moduleId: string, spanStart: number, knowledgePointId: string | null, answer: boolean) => ({
      id,
      contentHash: id,
      courseId: "crs_f",
      moduleId,
      sectionId: `sec_${moduleId}`,
      passageId: `psg_${moduleId}`,
      status: "ACTIVE" as const,
      type: "TRUE_FALSE" as const,
      stem: `判断题 ${id}`,
      answer,
      explanation: "解析",
      spanStart,
      spanEnd: spanStart + 4,
      knowledgePointId,
    });
    // mod_f in source order: f1 f2 (群众路线), f3 f4 (政治优势), f5 (none). All keys are true.
    await db.question.createMany({
      data: [
        tf("f1", "mod_f", 0, "kp_line", true),
        tf("f2", "mod_f", 1, "kp_line", true),
        tf("f3", "mod_f", 2, "kp_edge", true),
        tf("f4", "mod_f", 3, "kp_edge", true),
        tf("f5", "mod_f", 4, null, true),
        tf("g1", "mod_g", 0, null, true),
        tf("g2", "mod_g", 1, null, true),
      ],
    });
  });
  afterAll(async () => {
    await testDb.close();
  });

  const answer = (actor: Actor, attemptId: string, questionId: string, response: boolean, durationMs = 4000) =>
    submitPracticeAnswer(testDb.db, actor, { attemptId, questionId, response, durationMs, now: NOW });

  test("tapping a mode again resumes its open attempt, and 继续 opens the first unanswered question", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    const first = (await startModulePractice(testDb.db, learner, { moduleId: "mod_f", order: "source", now: NOW }))!;
    expect(await answer(learner, first, "f1", true)).toMatchObject({ ok: true });
    expect(await answer(learner, first, "f3", false)).toMatchObject({ ok: true });

    expect(await startModulePractice(testDb.db, learner, { moduleId: "mod_f", order: "source", now: NOW })).toBe(first);
    // f1 and f3 are answered: 继续 (no index) is at f2, the second question.
    const resumed = (await getPracticeStep(testDb.db, learner, { attemptId: first, index: null, now: NOW }))!;
    expect([resumed.index, resumed.question.id, resumed.feedback]).toEqual([1, "f2", null]);
    // The page redirects 继续 to that question's address.
    expect(await getResumePosition(testDb.db, learner, { attemptId: first })).toEqual({ index: 1, open: true });
    expect(await getResumePosition(testDb.db, await createUser(testDb.db, "LEARNER"), { attemptId: first })).toBeNull();
    expect((await getPracticeStep(testDb.db, learner, { attemptId: first, index: 2, now: NOW }))!.question.id).toBe("f3");
    expect(await testDb.db.attempt.count({ where: { userId: learner.id } })).toBe(1);
    expect((await listOpenPractice(testDb.db, learner, NOW)).open.get("PRACTICE")).toMatchObject({ attemptId: first, done: 2, total: 5, moduleId: "mod_f" });
  });

  test("another scope in the same mode ends the open attempt: kept with its answers, or gone without any", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    const answered = (await startModulePractice(testDb.db, learner, { moduleId: "mod_f", order: "source", now: NOW }))!;
    await answer(learner, answered, "f1", true);
    const other = (await startModulePractice(testDb.db, learner, { moduleId: "mod_g", order: "source", now: NOW }))!;
    expect(other).not.toBe(answered);
    expect(await testDb.db.attempt.findUniqueOrThrow({ where: { id: answered } })).toMatchObject({ status: "SUBMITTED", score: 1, maxScore: 5 });

    const shuffled = (await startModulePractice(testDb.db, learner, { moduleId: "mod_g", order: "shuffled", now: NOW }))!;
    expect(await testDb.db.attempt.findUnique({ where: { id: other } })).toBeNull();
    const open = await testDb.db.attempt.findMany({ where: { userId: learner.id, status: "IN_PROGRESS" }, select: { id: true } });
    expect(open).toEqual([{ id: shuffled }]);
    // Modes are separate: 背题 and 挑战 open beside it.
    const memorize = (await startModulePractice(testDb.db, learner, { moduleId: "mod_f", order: "source", mode: "MEMORIZE", now: NOW }))!;
    const challenge = (await startChallenge(testDb.db, learner, NOW))!;
    expect(new Set([shuffled, memorize, challenge]).size).toBe(3);
    expect(await startChallenge(testDb.db, learner, NOW)).toBe(challenge);
  });

  test("the same mode started many times at once gives one attempt, and the database refuses a second open one", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    const started = await Promise.all(Array.from({ length: 8 }, () => startModulePractice(testDb.db, learner, { moduleId: "mod_f", order: "shuffled", now: NOW })));
    expect(new Set(started).size).toBe(1);
    expect(started[0]).not.toBeNull();
    expect(await testDb.db.attempt.count({ where: { userId: learner.id, mode: "PRACTICE" } })).toBe(1);
    const challenges = await Promise.all(Array.from({ length: 6 }, () => startChallenge(testDb.db, learner, NOW)));
    expect(new Set(challenges).size).toBe(1);
    expect(await testDb.db.attempt.count({ where: { userId: learner.id, status: "IN_PROGRESS" } })).toBe(2);

    // Written around the services, the rule still holds: the partial unique index refuses it.
    await expect(testDb.db.attempt.create({ data: { userId: learner.id, mode: "PRACTICE", questionIds: ["f1"] } })).rejects.toThrow();
    // A closed attempt in the mode, and assigned quizzes, are not limited.
    await testDb.db.attempt.create({ data: { userId: learner.id, mode: "PRACTICE", status: "SUBMITTED", questionIds: ["f1"] } });
    await testDb.db.attempt.create({ data: { userId: learner.id, mode: "QUIZ", questionIds: ["f1"] } });
    await testDb.db.attempt.create({ data: { userId: learner.id, mode: "QUIZ", questionIds: ["f2"] } });
  });

  test("the results: score, time, points, the streak earned today, and each knowledge point's answers, weakest first", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    const attemptId = (await startModulePractice(testDb.db, learner, { moduleId: "mod_f", order: "source", now: NOW }))!;
    // 群众路线: 2 of 2 right; 政治优势: 0 of 2; no knowledge point: 1 of 1.
    for (const [questionId, response] of [["f1", true], ["f2", true], ["f3", false], ["f4", false], ["f5", true]] as const) {
      expect(await answer(learner, attemptId, questionId, response, 2500)).toMatchObject({ ok: true });
    }
    const results = (await getPracticeResults(testDb.db, learner, { attemptId, now: NOW }))!;
    expect(results).toMatchObject({ finished: true, total: 5, answered: 5, graded: 5, correct: 3, wrong: 2, seconds: 13 });
    // 练习答对: 1 point per right answer; the first study of the day starts a streak of 1.
    expect(results.reward).toEqual({ points: 3, streak: 1, extendedToday: true });
    expect(results.knowledgePoints.map((point) => [point.label, point.correct, point.graded])).toEqual([
      ["政治优势", 0, 2],
      ["群众路线", 2, 2],
      [null, 1, 1],
    ]);

    // A second attempt the same day earns points but no longer makes the day count.
    const again = (await startModulePractice(testDb.db, learner, { moduleId: "mod_g", order: "source", now: NOW }))!;
    await answer(learner, again, "g1", true);
    expect((await getPracticeResults(testDb.db, learner, { attemptId: again, now: NOW }))!.reward).toEqual({ points: 1, streak: 1, extendedToday: false });

    // Someone else's results are not found.
    const other = await createUser(testDb.db, "LEARNER");
    expect(await getPracticeResults(testDb.db, other, { attemptId, now: NOW })).toBeNull();
    expect(await startRedoWrong(testDb.db, other, { attemptId, now: NOW })).toBeNull();

    // 重做错题: a 错题重练 attempt of exactly the two wrong answers, in order; tapped again, the same.
    const redo = (await startRedoWrong(testDb.db, learner, { attemptId, now: NOW }))!;
    expect(await testDb.db.attempt.findUniqueOrThrow({ where: { id: redo } })).toMatchObject({ mode: "MISTAKES", questionIds: ["f3", "f4"] });
    expect(await startRedoWrong(testDb.db, learner, { attemptId, now: NOW })).toBe(redo);
  });

  test("每日一练: today's resumes, an unfinished one of yesterday gives way to today's", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    const yesterday = (await startDailyQuiz(testDb.db, learner, new Date("2026-06-09T02:00:00Z")))!;
    const today = (await startDailyQuiz(testDb.db, learner, NOW))!;
    expect(today).not.toBe(yesterday);
    expect(await startDailyQuiz(testDb.db, learner, NOW)).toBe(today);
    expect(await testDb.db.attempt.findUnique({ where: { id: yesterday } })).toBeNull();
  });

  test("未做优先 serves questions never answered first; 背题模式 remembers how far the learner went", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    const practice = (await startModulePractice(testDb.db, learner, { moduleId: "mod_f", order: "source", now: NOW }))!;
    await answer(learner, practice, "f1", true);
    await answer(learner, practice, "f2", false);
    const unseen = (await startUnseenFirst(testDb.db, learner, NOW))!;
    const { questionIds } = await testDb.db.attempt.findUniqueOrThrow({ where: { id: unseen } });
    expect(questionIds.slice(0, 5)).toEqual(["f3", "f4", "f5", "g1", "g2"]);
    expect(new Set(questionIds.slice(5))).toEqual(new Set(["f1", "f2"]));

    const memorize = (await startModulePractice(testDb.db, learner, { moduleId: "mod_f", order: "source", mode: "MEMORIZE", now: NOW }))!;
    const first = (await getPracticeStep(testDb.db, learner, { attemptId: memorize, index: null, now: NOW }))!;
    // The key is on the page at once, without an answer.
    expect([first.index, first.feedback?.answer]).toEqual([0, true]);
    expect(await advanceMemorizing(testDb.db, learner, { attemptId: memorize, index: 0 })).toEqual({ finished: false });
    expect(await advanceMemorizing(testDb.db, learner, { attemptId: memorize, index: 1 })).toEqual({ finished: false });
    expect((await getPracticeStep(testDb.db, learner, { attemptId: memorize, index: null, now: NOW }))!.index).toBe(2);
    // Nothing is graded: the answer endpoint refuses a 背题 attempt.
    expect(await answer(learner, memorize, "f3", true)).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await advanceMemorizing(testDb.db, learner, { attemptId: memorize, index: 9 })).toBeNull();
    const stranger = await createUser(testDb.db, "LEARNER");
    expect(await advanceMemorizing(testDb.db, stranger, { attemptId: memorize, index: 2 })).toBeNull();
    for (const index of [2, 3]) await advanceMemorizing(testDb.db, learner, { attemptId: memorize, index });
    expect(await advanceMemorizing(testDb.db, learner, { attemptId: memorize, index: 4 })).toEqual({ finished: true });
    expect(await getResumePosition(testDb.db, learner, { attemptId: memorize })).toEqual({ index: 4, open: false });
  });
});
