import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { LearnerResponse } from "@/lib/questions";
import { listFavorites, setFavorite } from "@/lib/server/practice/favorites";
import { listMistakes, mistakeClearStreakOf } from "@/lib/server/practice/mistakes";
import { groupByModuleAndPoint, NO_GROUP } from "@/lib/server/practice/question-groups";
import { rateSelfGradedAnswer } from "@/lib/server/practice/rate-self-graded-answer";
import { startGroupPractice } from "@/lib/server/practice/start-group-practice";
import { startQuestionSetPractice } from "@/lib/server/practice/start-practice";
import { submitPracticeAnswer } from "@/lib/server/practice/submit-practice-answer";
import { getLearnerSettings } from "@/lib/server/settings/get-learner-settings";
import { updateLearnerSettings } from "@/lib/server/settings/update-learner-settings";
import { GROUP_SCOPE_EMPTY, GROUP_SCOPE_REFUSAL } from "@/lib/validation/group-scope";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";
import { seedPracticeModule } from "../support/practice-module";

/**
 * 错题本 and 收藏 grouped by module and knowledge point, redo of a group, and the clearing
 * streak N (LearnerSettings.mistakeClearStreak) applied on every answer path.
 */
describe("错题本 and 收藏: groups, redo and the clearing streak", () => {
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const { db } = testDb;
    await seedPracticeModule(db);
    // Two knowledge points in mod_p; a second module (earlier in the course) with one point.
    await db.module.create({ data: { id: "mod_a", courseId: "crs_p", position: -1, title: "党的建设" } });
    await db.knowledgePoint.createMany({
      data: [
        { id: "kp_line", moduleId: "mod_p", kind: "TERM", text: "群众路线" },
        { id: "kp_adv", moduleId: "mod_p", kind: "TERM", text: "政治优势" },
        { id: "kp_a", moduleId: "mod_a", kind: "TERM", text: "从严治党" },
      ],
    });
    await db.question.updateMany({ where: { id: { in: ["q_single", "q_short"] } }, data: { knowledgePointId: "kp_line" } });
    await db.question.updateMany({ where: { id: { in: ["q_tf", "q_fill"] } }, data: { knowledgePointId: "kp_adv" } });
    const base = { courseId: "crs_p", status: "ACTIVE" as const, type: "TRUE_FALSE" as const, answer: true };
    await db.question.createMany({
      data: [
        { ...base, id: "q_a1", moduleId: "mod_a", knowledgePointId: "kp_a", contentHash: "ha1", stem: "全面从严治党永远在路上。" },
        { ...base, id: "q_a2", moduleId: "mod_a", contentHash: "ha2", stem: "党的建设是伟大工程。" },
        { ...base, id: "q_loose", contentHash: "hl", stem: "不属于任何模块的题。" },
      ],
    });
  });
  afterAll(async () => {
    await testDb.close();
  });

  /** One answer in a fresh 错题重练 run of that question. */
  async function answer(learner: Actor, questionId: string, response: LearnerResponse) {
    const attemptId = await startQuestionSetPractice(testDb.db, learner, { mode: "MISTAKES", questionIds: [questionId] });
    const result = await submitPracticeAnswer(testDb.db, learner, { attemptId: attemptId!, questionId, response, durationMs: 2_000 });
    expect(result.ok).toBe(true);
  }
  const open = async (learner: Actor) => (await listMistakes(testDb.db, learner)).map((entry) => entry.questionId).sort();

  test("the 错题本 groups by module in course order, then by knowledge point, with counts", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    const wrongAnswers: Array<[string, LearnerResponse]> = [["q_single", ["B"]], ["q_tf", false], ["q_fill", ["错"]], ["q_a1", false], ["q_a2", false], ["q_loose", false]];
    for (const [questionId, wrong] of wrongAnswers) {
      await answer(learner, questionId, wrong);
    }
    const groups = groupByModuleAndPoint(await listMistakes(testDb.db, learner));
    const shape = groups.map((group) => ({
      module: group.label,
      count: group.count,
      points: group.points.map((point) => [point.label, point.items.map((item) => item.questionId).sort()]),
    }));
    expect(shape).toEqual([
      { module: "党的建设", count: 2, points: [["从严治党", ["q_a1"]], [null, ["q_a2"]]] },
      { module: "群众路线", count: 3, points: [["政治优势", ["q_fill", "q_tf"]], ["群众路线", ["q_single"]]] },
      { module: null, count: 1, points: [[null, ["q_loose"]]] },
    ]);
    // Counts add up to the book.
    expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(6);
  });

  test("收藏 groups the same way", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    for (const questionId of ["q_tf", "q_fill", "q_a1"]) expect(await setFavorite(testDb.db, learner, { questionId, starred: true })).toBe(true);
    const groups = groupByModuleAndPoint(await listFavorites(testDb.db, learner));
    expect(groups.map((group) => [group.label, group.count, group.points.map((point) => [point.label, point.items.length])])).toEqual([
      ["党的建设", 1, [["从严治党", 1]]],
      ["群众路线", 2, [["政治优势", 2]]],
    ]);
  });

  test("a redo practises exactly the group, knowledge point or question chosen; a forged scope starts nothing", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    const stranger = await createUser(testDb.db, "LEARNER");
    for (const questionId of ["q_tf", "q_single", "q_a1"]) await answer(learner, questionId, questionId === "q_single" ? ["B"] : false);
    await answer(stranger, "q_a2", false);
    const questionsOf = async (scope: unknown, mode: "MISTAKES" | "FAVORITES" = "MISTAKES") => {
      const started = await startGroupPractice(testDb.db, learner, { mode, scope });
      if (!started.ok) return started.error;
      const attempt = await testDb.db.attempt.findUniqueOrThrow({ where: { id: started.attemptId } });
      expect(attempt).toMatchObject({ userId: learner.id, mode });
      return [...attempt.questionIds].sort();
    };
    expect(await questionsOf({})).toEqual(["q_a1", "q_single", "q_tf"]);
    expect(await questionsOf({ module: "mod_p" })).toEqual(["q_single", "q_tf"]);
    expect(await questionsOf({ module: "mod_p", point: "kp_adv" })).toEqual(["q_tf"]);
    expect(await questionsOf({ module: "mod_a", point: "kp_a", question: "q_a1" })).toEqual(["q_a1"]);
    expect(await questionsOf({ module: "", point: "  " })).toEqual(["q_a1", "q_single", "q_tf"]);

    const attemptsBefore = await testDb.db.attempt.count({ where: { userId: learner.id } });
    // Someone else's mistake, a point of another module, unknown ids and the "none" group of a module without one.
    expect(await questionsOf({ question: "q_a2" })).toBe(GROUP_SCOPE_EMPTY);
    expect(await questionsOf({ module: "mod_a", point: "kp_adv" })).toBe(GROUP_SCOPE_EMPTY);
    expect(await questionsOf({ module: "no-such-module" })).toBe(GROUP_SCOPE_EMPTY);
    expect(await questionsOf({ module: "mod_p", point: NO_GROUP })).toBe(GROUP_SCOPE_EMPTY);
    // Not a scope at all.
    for (const scope of [{ module: "x".repeat(65) }, { point: "kp\u0000adv" }, { question: 42 }, { module: ["mod_p"] }, null, "mod_p"]) {
      expect(await questionsOf(scope)).toBe(GROUP_SCOPE_REFUSAL);
    }
    // 收藏 scopes pick among the learner's favourites only.
    expect(await questionsOf({}, "FAVORITES")).toBe(GROUP_SCOPE_EMPTY);
    expect(await testDb.db.attempt.count({ where: { userId: learner.id } })).toBe(attemptsBefore);
  });

  test("with N = 2 a question leaves the book after two right answers in a row, and not after two with a wrong one between", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    const saved = await updateLearnerSettings(testDb.db, {
      actor: learner,
      input: { desiredRetention: "0.9", newCardsPerDay: "20", reviewsPerDay: "200", dailyQuizSize: "10", mistakeClearStreak: "2" },
    });
    expect(saved).toMatchObject({ ok: true, settings: { mistakeClearStreak: 2 } });
    expect(await mistakeClearStreakOf(testDb.db, learner)).toBe(2);

    await answer(learner, "q_tf", false);
    await answer(learner, "q_fill", ["错"]);
    // q_tf: right, right → cleared. q_fill: right, wrong, right → two right answers, not in a row: still open.
    await answer(learner, "q_tf", true);
    await answer(learner, "q_fill", ["政治优势"]);
    expect(await open(learner)).toEqual(["q_fill", "q_tf"]);
    await answer(learner, "q_tf", true);
    await answer(learner, "q_fill", ["错"]);
    await answer(learner, "q_fill", ["政治优势"]);
    expect(await open(learner)).toEqual(["q_fill"]);
    const filled = await testDb.db.mistakeEntry.findUniqueOrThrow({ where: { userId_questionId: { userId: learner.id, questionId: "q_fill" } } });
    expect(filled).toMatchObject({ wrongCount: 2, correctStreak: 1, resolvedAt: null });
    await answer(learner, "q_fill", ["政治优势"]);
    expect(await open(learner)).toEqual([]);
  });

  test("the 简答 self-rating path applies the same N (here 1), and a learner without settings keeps the default of 3", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    await testDb.db.learnerSettings.create({ data: { userId: learner.id, mistakeClearStreak: 1 } });
    const rate = async (rating: "AGAIN" | "GOOD") => {
      const attemptId = (await startQuestionSetPractice(testDb.db, learner, { mode: "MISTAKES", questionIds: ["q_short"] }))!;
      await submitPracticeAnswer(testDb.db, learner, { attemptId, questionId: "q_short", response: "生命线", durationMs: 2_000 });
      expect(await rateSelfGradedAnswer(testDb.db, learner, { attemptId, questionId: "q_short", rating })).toMatchObject({ ok: true });
    };
    await rate("AGAIN");
    expect(await open(learner)).toEqual(["q_short"]);
    await rate("GOOD");
    expect(await open(learner)).toEqual([]);

    const plain = await createUser(testDb.db, "LEARNER");
    expect(await mistakeClearStreakOf(testDb.db, plain)).toBe(3);
    await answer(plain, "q_tf", false);
    await answer(plain, "q_tf", true);
    await answer(plain, "q_tf", true);
    expect(await open(plain)).toEqual(["q_tf"]);
    await answer(plain, "q_tf", true);
    expect(await open(plain)).toEqual([]);
  });

  test("security: a forged N is refused in Chinese and changes nothing; an absent one keeps the saved value", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    const base = { desiredRetention: "0.9", newCardsPerDay: "20", reviewsPerDay: "200", dailyQuizSize: "10" };
    expect(await updateLearnerSettings(testDb.db, { actor: learner, input: { ...base, newCardsPerDay: "7", mistakeClearStreak: "4" } })).toMatchObject({ ok: true });
    const cases: Array<[unknown, string]> = [
      ["0", "错题移出所需连对次数应在 1–10 之间"],
      ["11", "错题移出所需连对次数应在 1–10 之间"],
      ["-3", "错题移出所需连对次数应在 1–10 之间"],
      ["1e9", "错题移出所需连对次数应在 1–10 之间"],
      ["2.5", "错题移出所需连对次数必须是整数"],
      ["", "请输入错题移出所需连对次数"],
      ["两次", "请输入错题移出所需连对次数"],
      ["2\u0000", "请输入错题移出所需连对次数"],
      // Beyond double precision it is no number at all.
      ["9".repeat(400), "请输入错题移出所需连对次数"],
    ];
    for (const [value, message] of cases) {
      const result = await updateLearnerSettings(testDb.db, { actor: learner, input: { ...base, newCardsPerDay: "1", mistakeClearStreak: value } });
      expect(result).toMatchObject({ ok: false, errors: { mistakeClearStreak: message } });
    }
    // Nothing was written by the refused saves, the other fields included.
    expect(await getLearnerSettings(testDb.db, learner)).toMatchObject({ newCardsPerDay: 7, mistakeClearStreak: 4 });
    expect(await updateLearnerSettings(testDb.db, { actor: learner, input: { ...base, newCardsPerDay: "8" } })).toMatchObject({ ok: true });
    expect(await getLearnerSettings(testDb.db, learner)).toMatchObject({ newCardsPerDay: 8, mistakeClearStreak: 4 });
  });
});
