import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { KEY_HIDDEN_MESSAGE } from "@/lib/quizzes/key-visibility";
import { updateQuestion } from "@/lib/server/bank-admin/update-question";
import { saveExamAnswer } from "@/lib/server/exams/save-exam-answer";
import { startAssignmentAttempt } from "@/lib/server/exams/start-assignment-attempt";
import { submitExamAttempt } from "@/lib/server/exams/submit-exam-attempt";
import { getExamAttempt } from "@/lib/server/exams/get-exam-attempt";
import { rateSelfGradedAnswer } from "@/lib/server/practice/rate-self-graded-answer";
import { getAttemptReview } from "@/lib/server/history/get-attempt-review";
import { listFavorites, setFavorite } from "@/lib/server/practice/favorites";
import { getPracticeStep } from "@/lib/server/practice/get-practice-step";
import { listMistakes } from "@/lib/server/practice/mistakes";
import { startChallenge, startDailyQuiz } from "@/lib/server/practice/start-daily-quiz";
import { startModulePractice, startQuestionSetPractice } from "@/lib/server/practice/start-practice";
import { startReview } from "@/lib/server/practice/start-review";
import { dueReviewQueue } from "@/lib/server/practice/due-review-queue";
import { newCard } from "@/lib/srs";
import { submitPracticeAnswer } from "@/lib/server/practice/submit-practice-answer";
import { getQuestionHighlight } from "@/lib/server/study/get-highlight";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createClass, createUser } from "../support/fixtures";
import { createAssignment, seedExamQuestions } from "./exam-fixtures";

/**
 * Security catalogue — answer keys (issue 17): no path shows a learner the key of a question in
 * an open exam of theirs before the exam's result policy does (lib/quizzes/key-visibility.ts),
 * and nobody edits a question of an exam whose window has not closed.
 */

const OPENS = new Date("2026-03-01T08:00:00Z");
const CLOSES = new Date("2026-03-01T12:00:00Z");
const at = (minutes: number) => new Date(OPENS.getTime() + minutes * 60_000);
const DURING = at(30);
const AFTER = at(5 * 60);

describe("security: answer keys of open exams", () => {
  let testDb: TestDatabase;
  let counter = 0;

  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb.close();
  });

  type Policy = "IMMEDIATELY" | "AFTER_CLOSE" | "NEVER";

  /** Five ACTIVE questions in a FIXED quiz assigned to the learner's class; the outsider is in another class. */
  async function scenario(options: { policy?: Policy; opensAt?: Date } = {}) {
    counter += 1;
    const prefix = `sk${counter}`;
    const learner = await createUser(testDb.db, "LEARNER");
    const outsider = await createUser(testDb.db, "LEARNER");
    await createClass(testDb.db, { learners: [outsider] });
    const questionIds = await seedExamQuestions(testDb.db, prefix);
    const setup = await createAssignment(testDb.db, {
      questionIds,
      learners: [learner],
      opensAt: options.opensAt ?? OPENS,
      closesAt: CLOSES,
      quiz: { resultPolicy: options.policy ?? "AFTER_CLOSE" },
    });
    return { prefix, learner, outsider, questionIds, moduleId: `mod_${prefix}`, ...setup };
  }

  async function handIn(learner: Actor, assignmentId: string, answers: Array<[string, unknown]>, now = at(20)) {
    const started = await startAssignmentAttempt(testDb.db, learner, { assignmentId, now: at(10) });
    if (!started.ok) throw new Error(started.reason);
    for (const [questionId, response] of answers) {
      const saved = await saveExamAnswer(testDb.db, learner, { attemptId: started.attemptId, questionId, response: response as never, now: at(11) });
      expect(saved).toMatchObject({ ok: true });
    }
    expect(await submitExamAttempt(testDb.db, learner, { attemptId: started.attemptId, now })).toMatchObject({ ok: true });
    return started.attemptId;
  }

  /** A practice attempt over the questions, as one started before the exam was assigned would be. */
  async function earlierPracticeAttempt(learner: Actor, questionIds: string[]) {
    return (await testDb.db.attempt.create({ data: { userId: learner.id, mode: "PRACTICE", questionIds } })).id;
  }

  // First in the file, while the bank holds only these questions: the daily quiz and the
  // challenge would draw all of them without the rule.
  test("the daily quiz and the challenge draw no question of the learner's open exam", async () => {
    const { learner, outsider, questionIds } = await scenario();
    const daily = await startDailyQuiz(testDb.db, learner, DURING);
    const dailyIds = daily ? (await testDb.db.attempt.findUniqueOrThrow({ where: { id: daily } })).questionIds : [];
    expect(dailyIds.filter((id) => questionIds.includes(id))).toEqual([]);
    const challenge = await startChallenge(testDb.db, learner, DURING);
    const challengeIds = challenge ? (await testDb.db.attempt.findUniqueOrThrow({ where: { id: challenge } })).questionIds : [];
    expect(challengeIds.filter((id) => questionIds.includes(id))).toEqual([]);
    // Another class's learner is not taking the exam: the bank is theirs to practise.
    const outsiderDaily = await startDailyQuiz(testDb.db, outsider, DURING);
    expect((await testDb.db.attempt.findUniqueOrThrow({ where: { id: outsiderDaily! } })).questionIds).toEqual(expect.arrayContaining(questionIds));
  });

  test("starring a question of the learner's open exam is refused and stores nothing; another class's learner may star it", async () => {
    const { learner, outsider, questionIds } = await scenario();
    expect(await setFavorite(testDb.db, learner, { questionId: questionIds[0]!, starred: true, now: DURING })).toBe(false);
    expect(await testDb.db.favorite.count({ where: { userId: learner.id } })).toBe(0);
    // Also before the window opens: the assignment is not closed yet.
    expect(await setFavorite(testDb.db, learner, { questionId: questionIds[1]!, starred: true, now: at(-60) })).toBe(false);
    expect(await testDb.db.favorite.count({ where: { userId: learner.id } })).toBe(0);
    expect(await setFavorite(testDb.db, outsider, { questionId: questionIds[0]!, starred: true, now: DURING })).toBe(true);
    // After the window the question is an ordinary bank question again.
    expect(await setFavorite(testDb.db, learner, { questionId: questionIds[0]!, starred: true, now: AFTER })).toBe(true);
  });

  test("starring a draft question is refused", async () => {
    const { outsider, questionIds } = await scenario();
    await testDb.db.question.update({ where: { id: questionIds[2]! }, data: { status: "DRAFT" } });
    expect(await setFavorite(testDb.db, outsider, { questionId: questionIds[2]!, starred: true, now: DURING })).toBe(false);
    expect(await testDb.db.favorite.count({ where: { userId: outsider.id } })).toBe(0);
  });

  test("收藏 practice leaves out a question starred before the exam was assigned", async () => {
    const { learner, questionIds } = await scenario();
    await testDb.db.favorite.create({ data: { userId: learner.id, questionId: questionIds[0]! } });
    const favorites = await listFavorites(testDb.db, learner);
    const attemptId = await startQuestionSetPractice(testDb.db, learner, { mode: "FAVORITES", questionIds: favorites.map((entry) => entry.questionId), now: DURING });
    expect(attemptId).toBeNull();
    expect(await testDb.db.attempt.count({ where: { userId: learner.id, mode: "FAVORITES" } })).toBe(0);
  });

  test("错题本 and 复习 practice leave out questions of the open exam", async () => {
    const { learner, questionIds } = await scenario();
    expect(await startQuestionSetPractice(testDb.db, learner, { mode: "MISTAKES", questionIds, now: DURING })).toBeNull();
    // Its cards are all due, yet 复习 has nothing to serve.
    await testDb.db.card.createMany({ data: questionIds.map((questionId) => ({ ...newCard(new Date(DURING.getTime() - 86_400_000)), userId: learner.id, questionId })) });
    expect((await dueReviewQueue(testDb.db, learner, DURING)).newQuestionIds).toHaveLength(questionIds.length);
    expect(await startReview(testDb.db, learner, DURING)).toBeNull();
    expect(await testDb.db.attempt.count({ where: { userId: learner.id } })).toBe(0);
  });

  test("专项练习 of the module leaves out the exam's questions for its takers only", async () => {
    const { learner, outsider, moduleId, questionIds } = await scenario();
    expect(await startModulePractice(testDb.db, learner, { moduleId, order: "source", now: DURING })).toBeNull();
    const outsiderAttempt = await startModulePractice(testDb.db, outsider, { moduleId, order: "source", now: DURING });
    expect((await testDb.db.attempt.findUniqueOrThrow({ where: { id: outsiderAttempt! } })).questionIds.sort()).toEqual([...questionIds].sort());
  });

  test("an answer in a practice attempt started before the exam is refused with KEY_HIDDEN, records nothing and carries no key", async () => {
    const { learner, questionIds } = await scenario();
    const attemptId = await earlierPracticeAttempt(learner, questionIds);
    const result = await submitPracticeAnswer(testDb.db, learner, { attemptId, questionId: questionIds[0]!, response: ["B"], durationMs: 1000, now: DURING });
    expect(result).toEqual({ ok: false, reason: "KEY_HIDDEN" });
    expect(JSON.stringify(result)).not.toContain("群众路线");
    expect(await testDb.db.response.count({ where: { attemptId } })).toBe(0);
    expect(await testDb.db.card.count({ where: { userId: learner.id } })).toBe(0);
    expect(KEY_HIDDEN_MESSAGE).toContain("测验");
    // After the window the same answer is graded.
    expect(await submitPracticeAnswer(testDb.db, learner, { attemptId, questionId: questionIds[0]!, response: ["B"], durationMs: 1000, now: AFTER })).toMatchObject({ ok: true, feedback: { answer: ["A"] } });
  });

  test("an answer recorded before the exam opened no longer shows its feedback in practice or in the history review", async () => {
    const { learner, questionIds } = await scenario({ opensAt: at(0) });
    const attemptId = await earlierPracticeAttempt(learner, [questionIds[2]!]);
    // Answered and closed before the assignment existed (its rows are created in the test, so the time is what matters here).
    await testDb.db.response.create({ data: { attemptId, questionId: questionIds[2]!, userId: learner.id, answer: false, correct: false, score: 0 } });
    await testDb.db.attempt.update({ where: { id: attemptId }, data: { status: "SUBMITTED", submittedAt: at(-5) } });
    const step = await getPracticeStep(testDb.db, learner, { attemptId, index: 0, now: DURING });
    expect(step?.feedback).toBeNull();
    const review = await getAttemptReview(testDb.db, learner, { attemptId, now: DURING });
    expect(review?.questions).toEqual([expect.objectContaining({ questionId: questionIds[2], feedback: null, keyHidden: true })]);
    expect(JSON.stringify(review)).not.toContain("出自《群众路线》");
    const later = await getAttemptReview(testDb.db, learner, { attemptId, now: AFTER });
    expect(later?.questions[0]).toMatchObject({ keyHidden: false, feedback: { answer: true } });
  });

  test("出处 (?hl=) highlights no question of the reader's open exam and no draft", async () => {
    const { prefix, learner, outsider, moduleId, questionIds } = await scenario();
    await testDb.db.passage.create({ data: { id: `psg_${prefix}`, moduleId, position: 0, text: "党的最大政治优势是密切联系群众。" } });
    await testDb.db.question.update({ where: { id: questionIds[3]! }, data: { passageId: `psg_${prefix}`, spanStart: 0, spanEnd: 16 } });
    await testDb.db.question.update({ where: { id: questionIds[2]! }, data: { passageId: `psg_${prefix}`, spanStart: 0, spanEnd: 16, status: "DRAFT" } });
    expect(await getQuestionHighlight(testDb.db, learner, { questionId: questionIds[3]!, now: DURING })).toBeNull();
    expect(await getQuestionHighlight(testDb.db, outsider, { questionId: questionIds[3]!, now: DURING })).toEqual({ passageId: `psg_${prefix}`, start: 0, end: 16 });
    expect(await getQuestionHighlight(testDb.db, outsider, { questionId: questionIds[2]!, now: DURING })).toBeNull();
    expect(await getQuestionHighlight(testDb.db, learner, { questionId: questionIds[3]!, now: AFTER })).not.toBeNull();
  });

  test("a question drawn into a colleague's paper of a one-draw-for-everyone quiz is hidden from a taker who has not started", async () => {
    counter += 1;
    const prefix = `sk${counter}`;
    const [first, second] = [await createUser(testDb.db, "LEARNER"), await createUser(testDb.db, "LEARNER")];
    const questionIds = await seedExamQuestions(testDb.db, prefix);
    const klass = await createClass(testDb.db, { learners: [first, second] });
    const quiz = await testDb.db.quiz.create({
      data: { title: "规则测验", composition: "RULES", courseId: `crs_${prefix}`, rules: { create: [{ position: 0, moduleId: `mod_${prefix}`, type: "TRUE_FALSE", count: 1 }] } },
    });
    const assignment = await testDb.db.assignment.create({
      data: { quizId: quiz.id, title: "规则测验", opensAt: OPENS, closesAt: CLOSES, classes: { create: [{ classId: klass.id }] } },
    });
    expect(await startAssignmentAttempt(testDb.db, first, { assignmentId: assignment.id, now: at(5) })).toMatchObject({ ok: true });
    expect(await setFavorite(testDb.db, second, { questionId: questionIds[2]!, starred: true, now: DURING })).toBe(false);
    // Questions the rule cannot draw stay practisable.
    expect(await setFavorite(testDb.db, second, { questionId: questionIds[0]!, starred: true, now: DURING })).toBe(true);
  });

  test("a shown exam paper leaves out a question that is also in another open exam of the learner's", async () => {
    const { learner, questionIds, assignmentId, classId } = await scenario({ policy: "IMMEDIATELY" });
    const retake = await testDb.db.quiz.create({ data: { title: "补考", resultPolicy: "AFTER_CLOSE", items: { create: [{ questionId: questionIds[0]!, position: 0, points: 2 }] } } });
    await testDb.db.assignment.create({
      data: { quizId: retake.id, title: "补考", opensAt: OPENS, closesAt: new Date(AFTER.getTime() + 86_400_000), classes: { create: [{ classId }] } },
    });
    const attemptId = await handIn(learner, assignmentId, [[questionIds[0]!, ["B"]]]);
    const view = await getExamAttempt(testDb.db, learner, { attemptId, now: DURING });
    expect(view?.result).toMatchObject({ visible: true, hiddenKeys: 1 });
    expect(view?.result?.feedback?.map((item) => item.questionId)).toEqual(questionIds.slice(1));
    expect(JSON.stringify(view?.result?.feedback)).not.toContain(questionIds[0]!);
  });

  test("rating a short answer given before the exam is refused with KEY_HIDDEN and changes nothing", async () => {
    const { learner, questionIds } = await scenario();
    const attemptId = await earlierPracticeAttempt(learner, [questionIds[4]!]);
    await testDb.db.response.create({ data: { attemptId, questionId: questionIds[4]!, userId: learner.id, answer: "依靠群众" } });
    expect(await rateSelfGradedAnswer(testDb.db, learner, { attemptId, questionId: questionIds[4]!, rating: "GOOD", now: DURING })).toEqual({ ok: false, reason: "KEY_HIDDEN" });
    expect(await testDb.db.response.findFirstOrThrow({ where: { attemptId } })).toMatchObject({ selfGrade: null, correct: null });
    expect(await testDb.db.card.count({ where: { userId: learner.id } })).toBe(0);
  });

  describe("错题本 follows the result policy", () => {
    const wrongAnswers = (questionIds: string[]): Array<[string, unknown]> => [
      [questionIds[0]!, ["B"]],
      [questionIds[2]!, false],
    ];

    test("IMMEDIATELY: mistakes are filed at hand-in and the paper's keys become practisable", async () => {
      const { learner, questionIds, assignmentId } = await scenario({ policy: "IMMEDIATELY" });
      await handIn(learner, assignmentId, [[questionIds[0]!, ["B"]]]);
      expect((await listMistakes(testDb.db, learner, DURING)).map((entry) => entry.questionId)).toEqual([questionIds[0]]);
      expect(await setFavorite(testDb.db, learner, { questionId: questionIds[0]!, starred: true, now: DURING })).toBe(true);
    });

    test("AFTER_CLOSE: nothing is filed at hand-in; the mistakes appear once the window closes, counted once", async () => {
      const { learner, questionIds, assignmentId } = await scenario({ policy: "AFTER_CLOSE" });
      await handIn(learner, assignmentId, wrongAnswers(questionIds));
      expect(await testDb.db.mistakeEntry.count({ where: { userId: learner.id } })).toBe(0);
      expect(await listMistakes(testDb.db, learner, DURING)).toEqual([]);
      expect(await setFavorite(testDb.db, learner, { questionId: questionIds[0]!, starred: true, now: DURING })).toBe(false);
      const released = await listMistakes(testDb.db, learner, AFTER);
      expect(released.map((entry) => [entry.questionId, entry.wrongCount]).sort()).toEqual([[questionIds[0]!, 1], [questionIds[2]!, 1]].sort());
      // Reading again (another page, another instance) files nothing twice.
      await listMistakes(testDb.db, learner, new Date(AFTER.getTime() + 60_000));
      expect((await testDb.db.mistakeEntry.findMany({ where: { userId: learner.id } })).map((entry) => entry.wrongCount)).toEqual([1, 1]);
    });

    test("NEVER: the paper's mistakes are never filed, not even after the window", async () => {
      const { learner, questionIds, assignmentId } = await scenario({ policy: "NEVER" });
      await handIn(learner, assignmentId, wrongAnswers(questionIds));
      expect(await listMistakes(testDb.db, learner, DURING)).toEqual([]);
      expect(await listMistakes(testDb.db, learner, AFTER)).toEqual([]);
      expect(await testDb.db.mistakeEntry.count({ where: { userId: learner.id } })).toBe(0);
    });
  });

  describe("questions of an exam whose window has not closed are frozen", () => {
    const singleChoiceEdit = (moduleId: string, overrides: Record<string, unknown> = {}) => ({
      type: "SINGLE_CHOICE",
      stem: "（　）是我们党的生命线。",
      options: [
        { key: "A", text: "群众路线" },
        { key: "B", text: "思想路线" },
        { key: "C", text: "组织路线" },
      ],
      correct: ["B"],
      explanation: "出自《群众路线》",
      difficulty: "0.5",
      moduleId,
      sourceText: "",
      ...overrides,
    });

    test("an instructor of another class cannot change the key, and nothing is written", async () => {
      const { moduleId, questionIds } = await scenario();
      const stranger = await createUser(testDb.db, "INSTRUCTOR");
      await createClass(testDb.db, { instructors: [stranger] });
      const before = await testDb.db.question.findUniqueOrThrow({ where: { id: questionIds[0]! } });
      const audits = await testDb.db.auditLog.count();
      const result = await updateQuestion(testDb.db, { actor: stranger, questionId: questionIds[0]!, input: singleChoiceEdit(moduleId), now: DURING });
      expect(result).toMatchObject({ ok: false, error: expect.stringContaining("测验结束前不能修改题目") });
      expect(result).toMatchObject({ error: expect.stringContaining("第一次测验") });
      expect(await testDb.db.question.findUniqueOrThrow({ where: { id: questionIds[0]! } })).toEqual(before);
      expect(await testDb.db.auditLog.count()).toBe(audits);
    });

    test("nor can an administrator or the quiz's own instructor change stem or options while the exam runs; after it closes they can", async () => {
      const { moduleId, questionIds } = await scenario();
      const admin = await createUser(testDb.db, "ADMIN");
      const before = await testDb.db.question.findUniqueOrThrow({ where: { id: questionIds[0]! } });
      for (const input of [singleChoiceEdit(moduleId, { correct: ["A"], stem: "（　）是党的生命线和根本工作路线。" }), singleChoiceEdit(moduleId, { correct: ["A"], options: [{ key: "A", text: "群众路线" }, { key: "B", text: "政治路线" }] })]) {
        expect(await updateQuestion(testDb.db, { actor: admin, questionId: questionIds[0]!, input, now: DURING })).toMatchObject({ ok: false, error: expect.stringContaining("测验结束前不能修改题目") });
      }
      expect(await testDb.db.question.findUniqueOrThrow({ where: { id: questionIds[0]! } })).toEqual(before);
      expect(await updateQuestion(testDb.db, { actor: admin, questionId: questionIds[0]!, input: singleChoiceEdit(moduleId), now: AFTER })).toMatchObject({ ok: true, changed: ["answer"] });
    });
  });
});
