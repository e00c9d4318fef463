import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Db } from "@/lib/db/prisma";
import { drawQuizQuestions, QuizPoolTooSmallError } from "@/lib/server/quizzes/draw-quiz-questions";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const OPTIONS = [
  { key: "A", text: "甲" },
  { key: "B", text: "乙" },
  { key: "C", text: "丙" },
  { key: "D", text: "丁" },
];

/** 20 single-choice questions in module A (difficulty 0.05…0.95), 10 true/false in module B, 3 drafts. */
async function seedBank(db: Db) {
  await db.course.create({ data: { id: "crs_q", slug: "q", title: "课程" } });
  await db.module.createMany({
    data: [
      { id: "mod_a", courseId: "crs_q", position: 0, title: "单元甲" },
      { id: "mod_b", courseId: "crs_q", position: 1, title: "单元乙" },
    ],
  });
  await db.question.createMany({
    data: [
      ...Array.from({ length: 20 }, (_, i) => ({
        id: `qa${String(i).padStart(2, "0")}`,
        courseId: "crs_q",
        moduleId: "mod_a",
        type: "SINGLE_CHOICE" as const,
        stem: `单选题 ${i}`,
        options: OPTIONS,
        answer: ["A"],
        difficulty: 0.05 + i * 0.045,
        status: "ACTIVE" as const,
        contentHash: `ha${i}`,
      })),
      ...Array.from({ length: 10 }, (_, i) => ({
        id: `qb${String(i).padStart(2, "0")}`,
        courseId: "crs_q",
        moduleId: "mod_b",
        type: "TRUE_FALSE" as const,
        stem: `判断题 ${i}`,
        answer: true,
        status: "ACTIVE" as const,
        contentHash: `hb${i}`,
      })),
      ...Array.from({ length: 3 }, (_, i) => ({
        id: `qd${i}`,
        courseId: "crs_q",
        moduleId: "mod_b",
        type: "TRUE_FALSE" as const,
        stem: `草稿 ${i}`,
        answer: true,
        status: "DRAFT" as const,
        contentHash: `hd${i}`,
      })),
    ],
  });
  await db.user.createMany({
    data: ["u1", "u2", "u3", "u4"].map((id) => ({ id, name: id, email: `${id}@example.com`, role: "LEARNER" as const, passwordHash: "x" })),
  });
}

describe("drawQuizQuestions", () => {
  let testDb: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = testDb.db;
    await seedBank(db);
  });
  afterAll(async () => {
    await testDb.close();
  });

  async function rulesQuiz(id: string, data: { drawPerLearner?: boolean; shuffleQuestions?: boolean; shuffleOptions?: boolean }, rules: { moduleId?: string; type?: "SINGLE_CHOICE" | "TRUE_FALSE"; difficultyMin?: number; difficultyMax?: number; count: number; points: number }[]) {
    await db.quiz.create({
      data: { id, title: id, courseId: "crs_q", composition: "RULES", ...data, rules: { create: rules.map((rule, position) => ({ ...rule, position })) } },
    });
    return id;
  }

  test("a fixed quiz gives its items by position with their points", async () => {
    await db.quiz.create({
      data: {
        id: "quiz_fixed",
        title: "固定",
        composition: "FIXED",
        items: { create: [{ questionId: "qb03", position: 1, points: 3 }, { questionId: "qa07", position: 0, points: 2 }] },
      },
    });
    const drawn = await drawQuizQuestions(db, { quizId: "quiz_fixed", assignmentId: null, userId: "u1", attemptNumber: 1 });
    expect(drawn).toEqual({ questionIds: ["qa07", "qb03"], points: [2, 3], optionOrders: null });
  });

  test("rules draw ACTIVE matching questions, no repeats, deterministically; one draw for everyone", async () => {
    const quizId = await rulesQuiz("quiz_shared", {}, [
      { moduleId: "mod_a", type: "SINGLE_CHOICE", difficultyMin: 0.5, difficultyMax: 1, count: 4, points: 2 },
      { moduleId: "mod_b", count: 10, points: 1 },
    ]);
    const first = await drawQuizQuestions(db, { quizId, assignmentId: "asg1", userId: "u1", attemptNumber: 1 });
    expect(first.questionIds).toHaveLength(14);
    expect(new Set(first.questionIds).size).toBe(14);
    expect(first.points).toEqual([2, 2, 2, 2, ...Array(10).fill(1)]);
    const ruleOne = await db.question.findMany({ where: { id: { in: first.questionIds.slice(0, 4) } } });
    for (const question of ruleOne) {
      expect(question.moduleId).toBe("mod_a");
      expect(question.difficulty).toBeGreaterThanOrEqual(0.5);
    }
    // Drafts are never drawn: module B has exactly 10 active questions.
    expect(first.questionIds.slice(4).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `qb${String(i).padStart(2, "0")}`));
    expect(first.optionOrders).toBeNull();
    // Same for every learner and attempt, and on a repeated call.
    expect(await drawQuizQuestions(db, { quizId, assignmentId: "asg1", userId: "u2", attemptNumber: 3 })).toEqual(first);
    expect(await drawQuizQuestions(db, { quizId, assignmentId: "asg1", userId: "u1", attemptNumber: 1 })).toEqual(first);
  });

  test("drawPerLearner: learners differ, the same learner and attempt resumes the same draw", async () => {
    const quizId = await rulesQuiz("quiz_per_learner", { drawPerLearner: true }, [{ moduleId: "mod_a", count: 5, points: 1 }]);
    const draws = await Promise.all(
      ["u1", "u2", "u3", "u4"].map((userId) => drawQuizQuestions(db, { quizId, assignmentId: "asg1", userId, attemptNumber: 1 })),
    );
    expect(new Set(draws.map((draw) => [...draw.questionIds].sort().join(","))).size).toBeGreaterThan(1);
    expect(await drawQuizQuestions(db, { quizId, assignmentId: "asg1", userId: "u2", attemptNumber: 1 })).toEqual(draws[1]);
  });

  test("shuffleQuestions and shuffleOptions: per learner, deterministic, permutations of each choice question", async () => {
    const quizId = await rulesQuiz("quiz_shuffled", { shuffleQuestions: true, shuffleOptions: true }, [
      { moduleId: "mod_a", count: 8, points: 1 },
      { moduleId: "mod_b", count: 2, points: 1 },
    ]);
    const a = await drawQuizQuestions(db, { quizId, assignmentId: "asg1", userId: "u1", attemptNumber: 1 });
    const b = await drawQuizQuestions(db, { quizId, assignmentId: "asg1", userId: "u2", attemptNumber: 1 });
    // The same questions for both (drawn once for everyone), in different orders.
    expect([...a.questionIds].sort()).toEqual([...b.questionIds].sort());
    expect(a.questionIds).not.toEqual(b.questionIds);
    expect(await drawQuizQuestions(db, { quizId, assignmentId: "asg1", userId: "u1", attemptNumber: 1 })).toEqual(a);
    const choiceIds = a.questionIds.filter((id) => id.startsWith("qa"));
    expect(Object.keys(a.optionOrders!).sort()).toEqual([...choiceIds].sort());
    for (const id of choiceIds) expect([...a.optionOrders![id]!].sort()).toEqual([0, 1, 2, 3]);
    expect(choiceIds.some((id) => a.optionOrders![id]!.join() !== b.optionOrders![id]!.join())).toBe(true);
  });

  test("a rule drawing more than exist throws the typed error", async () => {
    const quizId = await rulesQuiz("quiz_too_big", {}, [{ moduleId: "mod_b", type: "TRUE_FALSE", count: 11, points: 1 }]);
    await expect(drawQuizQuestions(db, { quizId, assignmentId: null, userId: "u1", attemptNumber: 1 })).rejects.toBeInstanceOf(QuizPoolTooSmallError);
  });
});
