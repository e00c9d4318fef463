import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { newCard, retrievability, scheduleReview } from "@/lib/srs";
import { getLearnerToday } from "@/lib/server/home/get-learner-today";
import { getAttemptReview } from "@/lib/server/history/get-attempt-review";
import { listAttemptHistory } from "@/lib/server/history/list-attempt-history";
import { dueReviewQueue } from "@/lib/server/practice/due-review-queue";
import { applyReview } from "@/lib/server/practice/apply-review";
import { startDailyQuiz } from "@/lib/server/practice/start-daily-quiz";
import { startModulePractice, startQuestionSetPractice } from "@/lib/server/practice/start-practice";
import { startReview } from "@/lib/server/practice/start-review";
import { submitPracticeAnswer } from "@/lib/server/practice/submit-practice-answer";
import { getProgressReport } from "@/lib/server/progress/get-progress-report";
import { getLearnerSettings } from "@/lib/server/settings/get-learner-settings";
import { updateLearnerSettings } from "@/lib/server/settings/update-learner-settings";
import { optimizeLearnerParameters } from "@/lib/server/srs/optimize-learner-parameters";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createClass, createUser } from "../support/fixtures";

const QUESTIONS = 30;

describe("learner today, settings, limits, history and progress", () => {
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const { db } = testDb;
    await db.course.create({ data: { id: "crs_l", slug: "l", title: "课程" } });
    await db.module.createMany({
      data: [
        { id: "mod_a", courseId: "crs_l", position: 0, title: "第一单元" },
        { id: "mod_b", courseId: "crs_l", position: 1, title: "第二单元" },
      ],
    });
    await db.question.createMany({
      data: Array.from({ length: QUESTIONS }, (_, index) => ({
        id: `lq_${String(index).padStart(2, "0")}`,
        courseId: "crs_l",
        moduleId: index < 20 ? "mod_a" : "mod_b",
        contentHash: `lh${index}`,
        type: "TRUE_FALSE" as const,
        stem: `判断 ${index}`,
        answer: true,
        explanation: `解析 ${index}`,
        status: "ACTIVE" as const,
      })),
    });
  });
  afterAll(async () => {
    await testDb.close();
  });

  describe("settings", () => {
    test("valid settings are saved and read back; retention may be given in percent", async () => {
      const learner = await createUser(testDb.db, "LEARNER");
      expect(await getLearnerSettings(testDb.db, learner)).toMatchObject({ desiredRetention: 0.9, newCardsPerDay: 20, reviewsPerDay: 200, dailyQuizSize: 10 });
      const saved = await updateLearnerSettings(testDb.db, { actor: learner, input: { desiredRetention: "93", newCardsPerDay: "5", reviewsPerDay: "100", dailyQuizSize: "12" } });
      expect(saved).toEqual({ ok: true, settings: { desiredRetention: 0.93, newCardsPerDay: 5, reviewsPerDay: 100, dailyQuizSize: 12 } });
      expect(await getLearnerSettings(testDb.db, learner)).toMatchObject({ desiredRetention: 0.93, newCardsPerDay: 5, reviewsPerDay: 100, dailyQuizSize: 12 });
    });

    test("invalid input is refused in Chinese and changes nothing", async () => {
      const learner = await createUser(testDb.db, "LEARNER");
      await updateLearnerSettings(testDb.db, { actor: learner, input: { desiredRetention: "0.85", newCardsPerDay: "7", reviewsPerDay: "70", dailyQuizSize: "8" } });
      const before = await testDb.db.learnerSettings.findUniqueOrThrow({ where: { userId: learner.id } });
      const cases: [Record<string, string>, string, string][] = [
        [{ desiredRetention: "0.99", newCardsPerDay: "20", reviewsPerDay: "200", dailyQuizSize: "10" }, "desiredRetention", "目标记忆保持率应在 80%–97% 之间"],
        [{ desiredRetention: "0.5", newCardsPerDay: "1", reviewsPerDay: "1", dailyQuizSize: "10" }, "desiredRetention", "目标记忆保持率应在 80%–97% 之间"],
        [{ desiredRetention: "abc", newCardsPerDay: "1", reviewsPerDay: "1", dailyQuizSize: "10" }, "desiredRetention", "请输入目标记忆保持率"],
        [{ desiredRetention: "0.9", newCardsPerDay: "-1", reviewsPerDay: "1", dailyQuizSize: "10" }, "newCardsPerDay", "每日新题数应在 0–200 之间"],
        [{ desiredRetention: "0.9", newCardsPerDay: "2.5", reviewsPerDay: "1", dailyQuizSize: "10" }, "newCardsPerDay", "每日新题数必须是整数"],
        [{ desiredRetention: "0.9", newCardsPerDay: "2", reviewsPerDay: "", dailyQuizSize: "10" }, "reviewsPerDay", "请输入每日复习上限"],
        [{ desiredRetention: "0.9", newCardsPerDay: "2", reviewsPerDay: "5", dailyQuizSize: "1000" }, "dailyQuizSize", "每日一练题数应在 5–50 之间"],
      ];
      for (const [input, field, message] of cases) {
        const result = await updateLearnerSettings(testDb.db, { actor: learner, input });
        expect(result).toMatchObject({ ok: false, errors: { [field]: message } });
      }
      expect(await testDb.db.learnerSettings.findUniqueOrThrow({ where: { userId: learner.id } })).toEqual(before);
    });

    test("the scheduler honours the desired retention: higher retention, shorter interval", async () => {
      const now = new Date("2026-05-01T02:00:00Z");
      const intervals: number[] = [];
      for (const retention of ["0.8", "0.97"]) {
        const learner = await createUser(testDb.db, "LEARNER");
        await updateLearnerSettings(testDb.db, { actor: learner, input: { desiredRetention: retention, newCardsPerDay: "20", reviewsPerDay: "200", dailyQuizSize: "10" } });
        const card = await testDb.db.$transaction(async (tx) => {
          await applyReview(tx, { userId: learner.id, questionId: "lq_00", rating: "GOOD", now });
          await applyReview(tx, { userId: learner.id, questionId: "lq_00", rating: "GOOD", now: new Date(now.getTime() + 600_000) });
          return applyReview(tx, { userId: learner.id, questionId: "lq_00", rating: "GOOD", now: new Date(now.getTime() + 3 * 86_400_000) });
        });
        // The same sequence through ts-fsrs with that retention gives the same card.
        let expected = newCard(now);
        for (const at of [now, new Date(now.getTime() + 600_000), new Date(now.getTime() + 3 * 86_400_000)]) {
          expected = scheduleReview(expected, "GOOD", at, { desiredRetention: Number(retention) }).card;
        }
        expect(card.due).toEqual(expected.due);
        intervals.push(card.scheduledDays);
      }
      expect(intervals[1]!).toBeLessThan(intervals[0]!);
    });
  });

  describe("daily new-card limit", () => {
    test("the daily quiz takes no more new questions than the new-card limit leaves", async () => {
      const learner = await createUser(testDb.db, "LEARNER");
      await updateLearnerSettings(testDb.db, { actor: learner, input: { desiredRetention: "0.9", newCardsPerDay: "3", reviewsPerDay: "200", dailyQuizSize: "10" } });
      const now = new Date("2026-06-01T01:00:00Z");
      const attemptId = (await startDailyQuiz(testDb.db, learner, now))!;
      const attempt = await testDb.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
      expect(attempt.questionIds).toHaveLength(3);
      for (const questionId of attempt.questionIds) await submitPracticeAnswer(testDb.db, learner, { attemptId, questionId, response: true, durationMs: 1_000, now });
      // Three new cards introduced today: nothing new is left until the next study day (midnight UTC+8).
      expect(await dueReviewQueue(testDb.db, learner, new Date("2026-06-01T15:59:00Z"))).toMatchObject({ newLeftToday: 0 });
      expect(await dueReviewQueue(testDb.db, learner, new Date("2026-06-01T16:01:00Z"))).toMatchObject({ newLeftToday: 3 });
      const tomorrow = (await startDailyQuiz(testDb.db, learner, new Date("2026-06-02T01:00:00Z")))!;
      const next = await testDb.db.attempt.findUniqueOrThrow({ where: { id: tomorrow } });
      // Yesterday's three are in learning and due again; three new ones join them.
      expect(next.questionIds.filter((id) => !attempt.questionIds.includes(id))).toHaveLength(3);
    });

    test("new cards practised by choice do not count; the review queue serves NEW cards up to what is left", async () => {
      const learner = await createUser(testDb.db, "LEARNER");
      await updateLearnerSettings(testDb.db, { actor: learner, input: { desiredRetention: "0.9", newCardsPerDay: "2", reviewsPerDay: "200", dailyQuizSize: "10" } });
      const now = new Date("2026-07-01T03:00:00Z");
      const practice = (await startModulePractice(testDb.db, learner, { moduleId: "mod_b", order: "source" }))!;
      await submitPracticeAnswer(testDb.db, learner, { attemptId: practice, questionId: "lq_20", response: true, durationMs: 1_000, now });
      expect((await dueReviewQueue(testDb.db, learner, now)).newLeftToday).toBe(2);
      // Cards met but never reviewed (state NEW), e.g. imported.
      await testDb.db.card.createMany({
        data: ["lq_01", "lq_02", "lq_03"].map((questionId, index) => ({ ...newCard(new Date(now.getTime() - (3 - index) * 1000)), userId: learner.id, questionId })),
      });
      const queue = await dueReviewQueue(testDb.db, learner, now);
      expect(queue.newQuestionIds).toEqual(["lq_01", "lq_02"]);
      const review = (await startReview(testDb.db, learner, now))!;
      expect((await testDb.db.attempt.findUniqueOrThrow({ where: { id: review } })).questionIds).toEqual(["lq_01", "lq_02"]);
      await submitPracticeAnswer(testDb.db, learner, { attemptId: review, questionId: "lq_01", response: true, durationMs: 1_000, now });
      expect(await dueReviewQueue(testDb.db, learner, now)).toMatchObject({ newLeftToday: 1, newQuestionIds: ["lq_02"] });
      await submitPracticeAnswer(testDb.db, learner, { attemptId: review, questionId: "lq_02", response: true, durationMs: 1_000, now });
      expect(await dueReviewQueue(testDb.db, learner, now)).toMatchObject({ newLeftToday: 0, newQuestionIds: [] });
      // And the daily quiz then brings no new question at all.
      const daily = await startDailyQuiz(testDb.db, learner, now);
      if (daily) {
        const attempt = await testDb.db.attempt.findUniqueOrThrow({ where: { id: daily } });
        const cards = await testDb.db.card.findMany({ where: { userId: learner.id, questionId: { in: attempt.questionIds } } });
        expect(cards).toHaveLength(attempt.questionIds.length);
      }
    });
  });

  describe("history", () => {
    let owner: Actor;
    let stranger: Actor;
    let finished: string;
    let open: string;

    beforeAll(async () => {
      owner = await createUser(testDb.db, "LEARNER");
      stranger = await createUser(testDb.db, "LEARNER");
      const now = new Date("2026-08-01T03:00:00Z");
      finished = (await startQuestionSetPractice(testDb.db, owner, { mode: "FAVORITES", questionIds: ["lq_04", "lq_05"] }))!;
      await submitPracticeAnswer(testDb.db, owner, { attemptId: finished, questionId: "lq_04", response: true, durationMs: 2_000, now });
      await submitPracticeAnswer(testDb.db, owner, { attemptId: finished, questionId: "lq_05", response: false, durationMs: 2_000, now });
      open = (await startQuestionSetPractice(testDb.db, owner, { mode: "FAVORITES", questionIds: ["lq_06", "lq_07"] }))!;
      await submitPracticeAnswer(testDb.db, owner, { attemptId: open, questionId: "lq_06", response: true, durationMs: 2_000, now });
    });

    test("lists the learner's own attempts with mode, score and counts", async () => {
      const rows = await listAttemptHistory(testDb.db, owner);
      expect(rows.map((row) => row.id).sort()).toEqual([finished, open].sort());
      expect(rows.find((row) => row.id === finished)).toMatchObject({ mode: "FAVORITES", status: "SUBMITTED", score: 1, maxScore: 2, answered: 2, questionCount: 2, reviewable: true });
      expect(rows.find((row) => row.id === open)).toMatchObject({ status: "IN_PROGRESS", answered: 1, reviewable: false });
      expect(await listAttemptHistory(testDb.db, stranger)).toEqual([]);
    });

    test("the review of a finished attempt shows each answer, the right answer and the explanation", async () => {
      const review = await getAttemptReview(testDb.db, owner, { attemptId: finished });
      expect(review).toMatchObject({ score: 1, maxScore: 2 });
      expect(review!.questions.map((question) => [question.questionId, question.feedback?.status, question.feedback?.given, question.feedback?.answer, question.feedback?.explanation])).toEqual([
        ["lq_04", "correct", true, true, "解析 4"],
        ["lq_05", "incorrect", false, true, "解析 5"],
      ]);
    });

    test("another learner's attempt and an attempt still in progress are not reviewable", async () => {
      expect(await getAttemptReview(testDb.db, stranger, { attemptId: finished })).toBeNull();
      expect(await getAttemptReview(testDb.db, owner, { attemptId: open })).toBeNull();
      expect(await getAttemptReview(testDb.db, owner, { attemptId: "no-such-attempt" })).toBeNull();
    });
  });

  describe("progress and today", () => {
    test("progress counts answers, reviews per day, the due forecast and retention per module", async () => {
      const learner = await createUser(testDb.db, "LEARNER");
      const day1 = new Date("2026-09-01T01:00:00Z"); // 09:00 in China
      const day2 = new Date("2026-09-02T15:30:00Z"); // 23:30 in China, still 2026-09-02
      const a = (await startQuestionSetPractice(testDb.db, learner, { mode: "FAVORITES", questionIds: ["lq_10", "lq_11", "lq_21"] }))!;
      await submitPracticeAnswer(testDb.db, learner, { attemptId: a, questionId: "lq_10", response: true, durationMs: 10_000, now: day1 });
      await submitPracticeAnswer(testDb.db, learner, { attemptId: a, questionId: "lq_11", response: false, durationMs: 20_000, now: day1 });
      await submitPracticeAnswer(testDb.db, learner, { attemptId: a, questionId: "lq_21", response: true, durationMs: 30_000, now: day2 });
      await testDb.db.moduleProgress.create({ data: { userId: learner.id, moduleId: "mod_a", secondsRead: 600 } });
      const now = new Date("2026-09-03T02:00:00Z");
      const report = await getProgressReport(testDb.db, learner, { now });
      expect(report.today).toBe("2026-09-03");
      expect(report.totals).toMatchObject({ answered: 3, correct: 2, reviews: 3, cards: 3 });
      expect(report.reviewsPerDay).toHaveLength(30);
      expect(report.reviewsPerDay.slice(-3)).toEqual([
        { day: "2026-09-01", value: 2 },
        { day: "2026-09-02", value: 1 },
        { day: "2026-09-03", value: 0 },
      ]);
      expect(report.accuracyByDay.slice(-3).map((day) => [day.day, day.answered, day.correct])).toEqual([
        ["2026-09-01", 2, 1],
        ["2026-09-02", 1, 1],
        ["2026-09-03", 0, 0],
      ]);
      expect(report.accuracyByWeek.at(-1)).toEqual({ start: "2026-08-31", answered: 3, correct: 2, accuracy: 2 / 3 });
      expect(report.time).toMatchObject({ readingSeconds: 600, answeringSeconds: 60 });
      expect(report.time.answeringSecondsPerDay.slice(-3).map((day) => day.value)).toEqual([30, 30, 0]);
      // All three cards are due within the forecast window; the forecast adds up to them.
      expect(report.forecast).toHaveLength(30);
      const cards = await testDb.db.card.findMany({ where: { userId: learner.id }, include: { question: { select: { moduleId: true } } } });
      expect(report.forecast.reduce((sum, day) => sum + day.value, 0)).toBe(cards.filter((card) => card.due < new Date("2026-10-02T16:00:00Z")).length);
      const expectedA = cards.filter((card) => card.question.moduleId === "mod_a").map((card) => retrievability(card, now, { desiredRetention: 0.9 }));
      expect(report.retentionByModule.map((module) => module.moduleId)).toEqual(["mod_a", "mod_b"]);
      expect(report.retentionByModule[0]!.retention).toBeCloseTo(expectedA.reduce((sum, value) => sum + value, 0) / expectedA.length, 10);
      expect(report.retentionByModule[0]).toMatchObject({ reviewed: 2, notReviewed: 18, overdue: cards.filter((card) => card.question.moduleId === "mod_a" && card.due < now).length });
    });

    test("today shows due reviews, the daily quiz, reading to continue, open assignments and points", async () => {
      const learner = await createUser(testDb.db, "LEARNER");
      const instructor = await createUser(testDb.db, "INSTRUCTOR");
      const klass = await createClass(testDb.db, { learners: [learner], instructors: [instructor] });
      const now = new Date("2026-10-10T02:00:00Z");
      const quiz = await testDb.db.quiz.create({ data: { title: "第一次测验", attemptsAllowed: 2 } });
      const open = await testDb.db.assignment.create({ data: { quizId: quiz.id, title: "十月测验", opensAt: new Date("2026-10-01T00:00:00Z"), closesAt: new Date("2026-10-20T00:00:00Z") } });
      const closed = await testDb.db.assignment.create({ data: { quizId: quiz.id, title: "九月测验", opensAt: new Date("2026-09-01T00:00:00Z"), closesAt: new Date("2026-09-20T00:00:00Z") } });
      const otherClass = await testDb.db.assignment.create({ data: { quizId: quiz.id, title: "别班测验", opensAt: new Date("2026-10-01T00:00:00Z"), closesAt: new Date("2026-10-20T00:00:00Z") } });
      const elsewhere = await createClass(testDb.db, {});
      await testDb.db.assignmentClass.createMany({
        data: [
          { assignmentId: open.id, classId: klass.id },
          { assignmentId: closed.id, classId: klass.id },
          { assignmentId: otherClass.id, classId: elsewhere.id },
        ],
      });
      await testDb.db.attempt.create({ data: { userId: learner.id, mode: "QUIZ", assignmentId: open.id, quizId: quiz.id, number: 1, status: "SUBMITTED", questionIds: [] } });
      await testDb.db.card.create({ data: { ...newCard(now), state: "REVIEW", stability: 2, difficulty: 5, reps: 2, lastReview: new Date("2026-10-07T00:00:00Z"), userId: learner.id, questionId: "lq_12", due: new Date("2026-10-09T00:00:00Z") } });
      // Mastered (lib/srs/retention): in long-term review and not overdue; lq_12 is overdue, lq_13 is not.
      await testDb.db.card.create({ data: { ...newCard(now), state: "REVIEW", stability: 9, difficulty: 5, reps: 3, lastReview: new Date("2026-10-06T00:00:00Z"), userId: learner.id, questionId: "lq_13", due: new Date("2026-10-15T00:00:00Z") } });
      const section = await testDb.db.section.create({ data: { id: "sec_a1", moduleId: "mod_a", position: 0, depth: 1, title: "一、总则" } });
      await testDb.db.passage.create({ data: { id: "psg_a1", moduleId: "mod_a", sectionId: section.id, position: 0, text: "正文" } });
      await testDb.db.moduleProgress.create({ data: { userId: learner.id, moduleId: "mod_a", secondsRead: 120, lastReadAt: now } });

      let today = await getLearnerToday(testDb.db, learner, now);
      expect(today.reviews).toMatchObject({ due: 1, available: 1 });
      expect(today.dailyQuiz).toMatchObject({ status: "NOT_STARTED" });
      expect(today.continueReading).toMatchObject({ moduleId: "mod_a", sectionsStudied: 0, sections: 1 });
      expect(today.assignments).toEqual([
        { assignmentId: open.id, title: "十月测验", opensAt: open.opensAt, closesAt: open.closesAt, attemptsUsed: 1, attemptsAllowed: 2, inProgress: false },
      ]);
      expect(today.modules.find((module) => module.id === "mod_a")).toMatchObject({ questions: 20, mastered: 1 });

      const daily = (await startDailyQuiz(testDb.db, learner, now))!;
      for (const questionId of (await testDb.db.attempt.findUniqueOrThrow({ where: { id: daily } })).questionIds) {
        await submitPracticeAnswer(testDb.db, learner, { attemptId: daily, questionId, response: true, durationMs: 1_000, now });
      }
      today = await getLearnerToday(testDb.db, learner, now);
      expect(today.dailyQuiz).toMatchObject({ status: "DONE", attemptId: daily });
      expect(today.points!.today).toBeGreaterThan(0);
      expect(today.points).toMatchObject({ streak: 1 });
      expect(today.points!.total).toBe(today.points!.today);
    });
  });

  test("optimisation needs 400 reviews, then keeps new parameters only when their log loss is lower", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    expect(await optimizeLearnerParameters(testDb.db, learner)).toEqual({ ok: false, reason: "NOT_ENOUGH_REVIEWS", reviewCount: 0 });
    // A synthetic history: 30 cards × 15 reviews, remembered 85 % of the time at growing intervals.
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const logs = [];
    for (let index = 0; index < QUESTIONS; index += 1) {
      const card = await testDb.db.card.create({ data: { ...newCard(new Date("2025-01-01T00:00:00Z")), userId: learner.id, questionId: `lq_${String(index).padStart(2, "0")}` } });
      let at = Date.UTC(2025, 0, 1) + index * 3_600_000;
      let interval = 1;
      for (let review = 0; review < 15; review += 1) {
        const recalled = random() < 0.85;
        logs.push({ cardId: card.id, userId: learner.id, rating: recalled ? 3 : 1, stateBefore: review === 0 ? ("NEW" as const) : ("REVIEW" as const), stateAfter: "REVIEW" as const, due: new Date(at), stability: 1, difficulty: 5, elapsedDays: interval, scheduledDays: interval, reviewedAt: new Date(at) });
        interval = recalled ? Math.ceil(interval * 2.2) : 1;
        at += interval * 86_400_000;
      }
    }
    await testDb.db.reviewLog.createMany({ data: logs });
    const first = await optimizeLearnerParameters(testDb.db, learner, { now: new Date("2026-01-01T00:00:00Z") });
    expect(first).toMatchObject({ ok: true, reviewCount: 450, kept: "candidate" });
    if (!first.ok) throw new Error("unreachable");
    expect(first.candidateLogLoss).toBeLessThan(first.currentLogLoss);
    const stored = await testDb.db.learnerSettings.findUniqueOrThrow({ where: { userId: learner.id } });
    expect(stored.fsrsParameters).toHaveLength(first.parameters.length);
    expect(stored.fsrsParameters[0]).toBeCloseTo(first.parameters[0]!, 6);
    expect(stored.parametersUpdatedAt).toEqual(new Date("2026-01-01T00:00:00Z"));
    // Optimising again from the stored parameters never makes the stored ones worse.
    const second = await optimizeLearnerParameters(testDb.db, learner);
    if (!second.ok) throw new Error("second run failed");
    expect(second.currentLogLoss).toBeCloseTo(first.candidateLogLoss, 6);
    const after = await testDb.db.learnerSettings.findUniqueOrThrow({ where: { userId: learner.id } });
    if (second.kept === "current") expect(after.fsrsParameters).toEqual(stored.fsrsParameters);
    else expect(second.candidateLogLoss).toBeLessThan(second.currentLogLoss);
  });
});
