import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { newCard, scheduleReview } from "@/lib/srs";
import { dueReviewQueue } from "@/lib/server/practice/due-review-queue";
import { getPracticeStep } from "@/lib/server/practice/get-practice-step";
import { listMistakes, removeMistake } from "@/lib/server/practice/mistakes";
import { startModulePractice, startQuestionSetPractice } from "@/lib/server/practice/start-practice";
import { rateSelfGradedAnswer } from "@/lib/server/practice/rate-self-graded-answer";
import { startReview } from "@/lib/server/practice/start-review";
import { submitPracticeAnswer, submitPracticeAnswers } from "@/lib/server/practice/submit-practice-answer";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";
import { PRACTICE_PASSAGE, freshModulePractice, seedPracticeModule } from "../support/practice-module";

describe("practising questions", () => {
  let testDb: TestDatabase;
  let learner: Actor;
  let other: Actor;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const { db } = testDb;
    learner = await createUser(db, "LEARNER");
    other = await createUser(db, "LEARNER");
    await seedPracticeModule(db);
  });
  afterAll(async () => {
    await testDb.close();
  });

  async function practice(actor = learner) {
    const attemptId = await freshModulePractice(testDb.db, actor, { moduleId: "mod_p", order: "source" });
    expect(attemptId).not.toBeNull();
    return attemptId!;
  }

  test("a module practice holds the module's active questions in source order, and an empty module starts none", async () => {
    const attempt = await testDb.db.attempt.findUniqueOrThrow({ where: { id: await practice() } });
    expect(attempt.questionIds).toEqual(["q_single", "q_short", "q_tf", "q_fill"]);
    expect(await startModulePractice(testDb.db, learner, { moduleId: "no-module", order: "shuffled" })).toBeNull();
  });

  test("before answering, the step carries the question but not its answer or explanation", async () => {
    const step = await getPracticeStep(testDb.db, learner, { attemptId: await practice(), index: 0 });
    expect(step?.feedback).toBeNull();
    const payload = JSON.stringify(step);
    expect(payload).not.toContain('"answer"');
    expect(payload).not.toContain("出自");
    expect(step?.question).toEqual({ id: "q_single", type: "SINGLE_CHOICE", stem: "（　）是我们党的生命线和根本工作路线。", options: expect.any(Array), blanks: 0 });
  });

  test("a right answer moves the card exactly as ts-fsrs does and writes one review log", async () => {
    const attemptId = await practice();
    const now = new Date("2026-02-01T02:00:00Z");
    const result = await submitPracticeAnswer(testDb.db, learner, { attemptId, questionId: "q_single", response: ["A"], durationMs: 4_000, now });
    expect(result).toMatchObject({ ok: true, feedback: { status: "correct", answer: ["A"], source: { moduleId: "mod_p", passageId: "psg_p", quote: PRACTICE_PASSAGE.slice(0, 19) } } });
    const card = await testDb.db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: learner.id, questionId: "q_single" } } });
    const expected = scheduleReview(newCard(now), "GOOD", now, { desiredRetention: 0.9 }).card;
    expect(card.due.toISOString()).toBe(expected.due.toISOString());
    expect(card.stability).toBeCloseTo(expected.stability, 10);
    expect(await testDb.db.reviewLog.count({ where: { userId: learner.id, card: { questionId: "q_single" } } })).toBe(1);
  });

  test("a double submit, a retry and a second tab record one answer and move the card once", async () => {
    const attemptId = await practice();
    const submit = () => submitPracticeAnswer(testDb.db, learner, { attemptId, questionId: "q_tf", response: true, durationMs: 3_000 });
    // Concurrent duplicates all get the one recorded answer's feedback; none fails.
    const results = await Promise.all([submit(), submit(), submit()]);
    for (const result of results) expect(result).toMatchObject({ ok: true, feedback: { status: "correct", given: true } });
    const retry = await submitPracticeAnswer(testDb.db, learner, { attemptId, questionId: "q_tf", response: false, durationMs: 1_000 });
    expect(retry).toMatchObject({ ok: true, feedback: { status: "correct", given: true } });
    expect(await testDb.db.response.count({ where: { attemptId, questionId: "q_tf" } })).toBe(1);
    const logs = await testDb.db.reviewLog.count({ where: { userId: learner.id, card: { questionId: "q_tf" } } });
    expect(logs).toBe(1);
  });

  test("answers of several learners written together: each gets its own grade, card, 错题本 entry and points, as if alone", async () => {
    const [right, wrong, short, refused] = await Promise.all([1, 2, 3, 4].map(() => createUser(testDb.db, "LEARNER")));
    const attempts = await Promise.all([right, wrong, short].map((actor) => practice(actor)));
    const now = new Date("2026-02-03T02:00:00Z");
    const before = await testDb.db.response.count();
    const results = await submitPracticeAnswers(testDb.db, [
      { learner: right!, attemptId: attempts[0]!, questionId: "q_single", response: ["A"], durationMs: 4_000, now },
      { learner: wrong!, attemptId: attempts[1]!, questionId: "q_tf", response: false, durationMs: 4_000, now },
      { learner: short!, attemptId: attempts[2]!, questionId: "q_short", response: "生命线", durationMs: 4_000, now },
      // Another learner's attempt: refused, and the others are written all the same.
      { learner: refused!, attemptId: attempts[0]!, questionId: "q_tf", response: true, durationMs: 4_000, now },
    ]);
    expect(results).toMatchObject([
      { ok: true, feedback: { questionId: "q_single", status: "correct" } },
      { ok: true, feedback: { questionId: "q_tf", status: "incorrect" } },
      { ok: true, feedback: { questionId: "q_short", status: "self-graded" } },
      { ok: false, reason: "NOT_FOUND" },
    ]);
    expect(await testDb.db.response.count()).toBe(before + 3);
    const cards = await testDb.db.card.findMany({ where: { userId: { in: [right!.id, wrong!.id, short!.id, refused!.id] } } });
    expect(cards.map((card) => [card.userId, card.questionId]).sort()).toEqual([[right!.id, "q_single"], [wrong!.id, "q_tf"]].sort());
    const expected = { [right!.id]: scheduleReview(newCard(now), "GOOD", now, { desiredRetention: 0.9 }).card, [wrong!.id]: scheduleReview(newCard(now), "AGAIN", now, { desiredRetention: 0.9 }).card };
    for (const card of cards) {
      expect(card.due.toISOString()).toBe(expected[card.userId]!.due.toISOString());
      expect(card.stability).toBeCloseTo(expected[card.userId]!.stability, 10);
    }
    expect(await testDb.db.reviewLog.count({ where: { userId: { in: [right!.id, wrong!.id, short!.id] } } })).toBe(2);
    expect((await listMistakes(testDb.db, wrong!)).map((entry) => entry.questionId)).toEqual(["q_tf"]);
    expect(await listMistakes(testDb.db, right!)).toEqual([]);
    const points = await testDb.db.pointsEntry.findMany({ where: { userId: { in: [right!.id, wrong!.id, short!.id] } } });
    expect(points).toMatchObject([{ userId: right!.id, activity: "PRACTICE", points: 1 }]);
  });

  test("a question or passage changed after it was answered is graded and quoted as it is now, however the row was written", async () => {
    const { db } = testDb;
    await db.passage.create({ data: { id: "psg_cache", moduleId: "mod_p", sectionId: "sec_p", position: 9, text: "旧的原文。" } });
    await db.question.create({
      data: { id: "q_cache", courseId: "crs_p", moduleId: "mod_p", passageId: "psg_cache", spanStart: 0, spanEnd: 4, contentHash: "h_cache", status: "ACTIVE", type: "TRUE_FALSE", stem: "判断", answer: true },
    });
    const answer = async () => {
      const attemptId = (await startQuestionSetPractice(db, learner, { mode: "FAVORITES", questionIds: ["q_cache"] }))!;
      return submitPracticeAnswer(db, learner, { attemptId, questionId: "q_cache", response: true, durationMs: 1_000 });
    };
    expect(await answer()).toMatchObject({ ok: true, feedback: { status: "correct", source: { quote: "旧的原文" } } });
    // Raw SQL that leaves updatedAt alone: the row's version still changes.
    await db.$executeRaw`UPDATE "Question" SET "answer" = 'false'::jsonb WHERE "id" = 'q_cache'`;
    expect(await answer()).toMatchObject({ ok: true, feedback: { status: "incorrect", answer: false, source: { quote: "旧的原文" } } });
    await db.$executeRaw`UPDATE "Passage" SET "text" = '新的原文。' WHERE "id" = 'psg_cache'`;
    expect(await answer()).toMatchObject({ ok: true, feedback: { status: "incorrect", source: { quote: "新的原文" } } });
  });

  test("one batch takes at most one answer per learner", async () => {
    const attemptId = await practice();
    const answer = { learner, attemptId, response: true, durationMs: 1_000 };
    await expect(submitPracticeAnswers(testDb.db, [{ ...answer, questionId: "q_tf" }, { ...answer, questionId: "q_fill" }])).rejects.toThrow(/one answer per learner/);
    expect(await testDb.db.response.count({ where: { attemptId } })).toBe(0);
  });

  test("a wrong answer files the question in the 错题本, and three right answers in a row clear it", async () => {
    const wrong = await submitPracticeAnswer(testDb.db, learner, { attemptId: await practice(), questionId: "q_fill", response: ["经济优势"], durationMs: 5_000 });
    expect(wrong).toMatchObject({ ok: true, feedback: { status: "incorrect", answer: ["政治优势"] } });
    expect((await listMistakes(testDb.db, learner)).map((entry) => entry.questionId)).toContain("q_fill");
    for (let round = 0; round < 3; round += 1) {
      const attemptId = await startQuestionSetPractice(testDb.db, learner, { mode: "MISTAKES", questionIds: ["q_fill"] });
      // Full-width letters and spaces are normalised away.
      await submitPracticeAnswer(testDb.db, learner, { attemptId: attemptId!, questionId: "q_fill", response: [" 政治优势 "], durationMs: 5_000 });
    }
    expect((await listMistakes(testDb.db, learner)).map((entry) => entry.questionId)).not.toContain("q_fill");
    const entry = await testDb.db.mistakeEntry.findUniqueOrThrow({ where: { userId_questionId: { userId: learner.id, questionId: "q_fill" } } });
    expect(entry).toMatchObject({ wrongCount: 1, correctStreak: 3 });
    expect(entry.resolvedAt).not.toBeNull();
  });

  test("a mistake can be removed by hand", async () => {
    await submitPracticeAnswer(testDb.db, other, { attemptId: await practice(other), questionId: "q_single", response: ["B"], durationMs: 1_000 });
    expect(await removeMistake(testDb.db, other, { questionId: "q_single" })).toBe(true);
    expect(await listMistakes(testDb.db, other)).toEqual([]);
    expect(await removeMistake(testDb.db, other, { questionId: "q_single" })).toBe(false);
  });

  test("a short answer is rated by the learner once, and only that rating moves the card", async () => {
    const attemptId = await practice();
    const shown = await submitPracticeAnswer(testDb.db, learner, { attemptId, questionId: "q_short", response: "生命线", durationMs: 20_000 });
    expect(shown).toMatchObject({ ok: true, feedback: { status: "self-graded", selfGrade: null, keyPoints: ["生命线", "根本工作路线"] } });
    expect(await testDb.db.card.count({ where: { userId: learner.id, questionId: "q_short" } })).toBe(0);
    const step = await getPracticeStep(testDb.db, learner, { attemptId, index: 1 });
    expect(Object.keys(step?.ratingIntervals ?? {})).toEqual(["AGAIN", "HARD", "GOOD", "EASY"]);
    expect(await rateSelfGradedAnswer(testDb.db, learner, { attemptId, questionId: "q_short", rating: "GOOD" })).toMatchObject({ ok: true, feedback: { selfGrade: 3 } });
    await rateSelfGradedAnswer(testDb.db, learner, { attemptId, questionId: "q_short", rating: "AGAIN" });
    expect(await testDb.db.reviewLog.count({ where: { userId: learner.id, card: { questionId: "q_short" } } })).toBe(1);
    expect(await testDb.db.response.findFirstOrThrow({ where: { attemptId, questionId: "q_short" } })).toMatchObject({ selfGrade: 3, correct: true });
  });

  test("forged input changes nothing: another learner's attempt, a question outside the attempt, a wrong response shape", async () => {
    const attemptId = await practice();
    const before = await testDb.db.response.count();
    expect(await submitPracticeAnswer(testDb.db, other, { attemptId, questionId: "q_single", response: ["A"], durationMs: 1 })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await getPracticeStep(testDb.db, other, { attemptId, index: 0 })).toBeNull();
    expect(await submitPracticeAnswer(testDb.db, learner, { attemptId, questionId: "q_draft", response: true, durationMs: 1 })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await submitPracticeAnswer(testDb.db, learner, { attemptId, questionId: "q_single", response: true, durationMs: 1 })).toEqual({ ok: false, reason: "INVALID_RESPONSE" });
    expect(await submitPracticeAnswer(testDb.db, learner, { attemptId, questionId: "q_single", response: ["A", "B"], durationMs: 1 })).toEqual({ ok: false, reason: "INVALID_RESPONSE" });
    expect(await testDb.db.response.count()).toBe(before);
  });

  test("the review queue serves due cards oldest first, up to the daily limit", async () => {
    const reviewer = await createUser(testDb.db, "LEARNER");
    await testDb.db.learnerSettings.create({ data: { userId: reviewer.id, reviewsPerDay: 2 } });
    const reviewed = { ...newCard(new Date("2026-01-01T00:00:00Z")), state: "REVIEW" as const, stability: 3, difficulty: 5, reps: 2 };
    await testDb.db.card.createMany({
      data: [
        { ...reviewed, userId: reviewer.id, questionId: "q_tf", due: new Date("2026-01-03T00:00:00Z") },
        { ...reviewed, userId: reviewer.id, questionId: "q_single", due: new Date("2026-01-02T00:00:00Z") },
        { ...reviewed, userId: reviewer.id, questionId: "q_fill", due: new Date("2026-01-04T00:00:00Z") },
        { ...reviewed, userId: reviewer.id, questionId: "q_short", due: new Date("2026-03-01T00:00:00Z") },
      ],
    });
    const now = new Date("2026-01-10T04:00:00Z");
    const queue = await dueReviewQueue(testDb.db, reviewer, now);
    expect(queue).toMatchObject({ questionIds: ["q_single", "q_tf"], due: 3, doneToday: 0, limit: 2 });
    const attemptId = await startReview(testDb.db, reviewer, now);
    expect((await testDb.db.attempt.findUniqueOrThrow({ where: { id: attemptId! } })).questionIds).toEqual(queue.questionIds);
    await submitPracticeAnswer(testDb.db, reviewer, { attemptId: attemptId!, questionId: "q_single", response: ["A"], durationMs: 1_000, now });
    await submitPracticeAnswer(testDb.db, reviewer, { attemptId: attemptId!, questionId: "q_tf", response: true, durationMs: 1_000, now });
    expect(await dueReviewQueue(testDb.db, reviewer, new Date(now.getTime() + 60_000))).toMatchObject({ questionIds: [], doneToday: 2 });
    // The next study day (midnight in China) starts a fresh allowance.
    expect((await dueReviewQueue(testDb.db, reviewer, new Date("2026-01-10T16:30:00Z"))).questionIds).toEqual(["q_fill"]);
  });
  test("the review queue leaves out retired questions, and today's reviews use up the limit", async () => {
    const reviewer = await createUser(testDb.db, "LEARNER");
    await testDb.db.learnerSettings.create({ data: { userId: reviewer.id, reviewsPerDay: 3, newCardsPerDay: 1 } });
    const loose = { courseId: "crs_p", type: "TRUE_FALSE" as const, stem: "判断", answer: true };
    await testDb.db.question.createMany({
      data: [
        { ...loose, id: "q_retired_due", contentHash: "h_rd", status: "RETIRED" },
        { ...loose, id: "q_retired_new", contentHash: "h_rn", status: "RETIRED" },
        { ...loose, id: "q_new_1", contentHash: "h_n1", status: "ACTIVE" },
        { ...loose, id: "q_new_2", contentHash: "h_n2", status: "ACTIVE" },
      ],
    });
    const reviewed = { ...newCard(new Date("2026-01-01T00:00:00Z")), state: "REVIEW" as const, stability: 3, difficulty: 5, reps: 2, lastReview: new Date("2025-12-28T00:00:00Z") };
    const fresh = (questionId: string, createdAt: string) => ({ ...newCard(new Date(createdAt)), userId: reviewer.id, questionId, createdAt: new Date(createdAt) });
    await testDb.db.card.createMany({
      data: [
        { ...reviewed, userId: reviewer.id, questionId: "q_retired_due", due: new Date("2026-01-01T00:00:00Z") },
        { ...reviewed, userId: reviewer.id, questionId: "q_single", due: new Date("2026-01-02T00:00:00Z") },
        { ...reviewed, userId: reviewer.id, questionId: "q_tf", due: new Date("2026-01-03T00:00:00Z") },
        { ...reviewed, userId: reviewer.id, questionId: "q_fill", due: new Date("2026-01-04T00:00:00Z") },
        { ...reviewed, userId: reviewer.id, questionId: "q_short", due: new Date("2026-01-05T00:00:00Z") },
        fresh("q_retired_new", "2025-12-01T00:00:00Z"),
        fresh("q_new_2", "2025-12-03T00:00:00Z"),
        fresh("q_new_1", "2025-12-02T00:00:00Z"),
      ],
    });
    const now = new Date("2026-01-10T04:00:00Z");
    expect(await dueReviewQueue(testDb.db, reviewer, now)).toEqual({
      questionIds: ["q_single", "q_tf", "q_fill"],
      newQuestionIds: ["q_new_1"],
      due: 4,
      doneToday: 0,
      limit: 3,
      newLeftToday: 1,
    });
    // One review today (of a card that was not NEW) leaves two of the three.
    const attemptId = (await startReview(testDb.db, reviewer, now))!;
    await submitPracticeAnswer(testDb.db, reviewer, { attemptId, questionId: "q_single", response: ["A"], durationMs: 1_000, now });
    expect(await dueReviewQueue(testDb.db, reviewer, new Date(now.getTime() + 60_000))).toEqual({
      questionIds: ["q_tf", "q_fill"],
      newQuestionIds: ["q_new_1"],
      due: 3,
      doneToday: 1,
      limit: 3,
      newLeftToday: 1,
    });
  });

  test("a stored question that does not fit its type is refused alone, named in the log, and the batch's other answers are written", async () => {
    const { db } = testDb;
    await db.module.create({ data: { id: "mod_broken", courseId: "crs_p", position: 1, title: "损坏的题" } });
    // A 判断题 whose verdict was written as text (a hand edit of the database, an old import).
    await db.question.create({ data: { id: "q_broken", contentHash: "h_broken", courseId: "crs_p", moduleId: "mod_broken", status: "ACTIVE", type: "TRUE_FALSE", stem: "坏题。", answer: "正确" } });
    const [brokenLearner, fine] = [await createUser(db, "LEARNER"), await createUser(db, "LEARNER")];
    const brokenAttempt = await startQuestionSetPractice(db, brokenLearner, { mode: "FAVORITES", questionIds: ["q_broken"] });
    const fineAttempt = await practice(fine);
    const logged: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.join(" "));
    try {
      const results = await submitPracticeAnswers(db, [
        { learner: brokenLearner, attemptId: brokenAttempt!, questionId: "q_broken", response: true, durationMs: 2_000 },
        { learner: fine, attemptId: fineAttempt, questionId: "q_tf", response: true, durationMs: 2_000 },
      ]);
      expect(results).toMatchObject([{ ok: false, reason: "QUESTION_UNREADABLE" }, { ok: true, feedback: { status: "correct" } }]);
    } finally {
      console.error = error;
    }
    expect(logged).toEqual([expect.stringContaining("q_broken")]);
    expect(await db.response.count({ where: { questionId: "q_broken" } })).toBe(0);
    expect(await db.response.count({ where: { attemptId: fineAttempt, questionId: "q_tf" } })).toBe(1);
    // The step that would show it fails with an error naming the row (the page shows app/(app)/error.tsx).
    await expect(getPracticeStep(db, brokenLearner, { attemptId: brokenAttempt!, index: 0 })).rejects.toThrow(/q_broken/);
  });
});
