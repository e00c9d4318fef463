import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { default_w } from "ts-fsrs";
import type { Actor } from "@/lib/auth/roles";
import { forgettingDecay, retrievability, summariseRetention, type SchedulerOptions } from "@/lib/srs";
import { HEAT_BANDS, heatColour } from "@/lib/stats";
import { getClassHeatmap } from "@/lib/server/reports/get-class-heatmap";
import { getMasteryHeatmap } from "@/lib/server/reports/get-mastery-heatmap";
import { getProgressReport } from "@/lib/server/progress/get-progress-report";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createClass, createUser } from "../support/fixtures";
import { randomPlan, seedReviewHistory, seededRandom, type PlannedReview } from "../support/review-history";

const MODULE_QUESTIONS = { mod_r1: 14, mod_r2: 9 } as const;
const questionIds = (moduleId: keyof typeof MODULE_QUESTIONS) => Array.from({ length: MODULE_QUESTIONS[moduleId] }, (_, index) => `${moduleId}_q${index}`);

describe("predicted retention: one definition for 我的进度 and the reports", () => {
  let testDb: TestDatabase;
  let admin: Actor;
  let now: Date;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const { db } = testDb;
    now = new Date("2026-11-20T04:00:00Z");
    admin = await createUser(db, "ADMIN");
    await db.course.create({ data: { id: "crs_ret", slug: "ret", title: "保持率课程" } });
    await db.module.createMany({ data: [
      { id: "mod_r1", courseId: "crs_ret", position: 0, title: "保持率一" },
      { id: "mod_r2", courseId: "crs_ret", position: 1, title: "保持率二" },
    ] });
    const question = (id: string, moduleId: string, status: "ACTIVE" | "RETIRED") =>
      ({ id, courseId: "crs_ret", moduleId, type: "TRUE_FALSE" as const, stem: `题 ${id}`, answer: true, contentHash: id, status });
    await db.question.createMany({ data: [
      ...questionIds("mod_r1").map((id) => question(id, "mod_r1", "ACTIVE")),
      ...questionIds("mod_r2").map((id) => question(id, "mod_r2", "ACTIVE")),
      question("mod_r1_retired", "mod_r1", "RETIRED"),
    ] });
  });

  afterAll(async () => {
    await testDb?.close();
  });

  test("the report: a learner who answers mostly wrong, with overdue cards, is not shown 100% or green", async () => {
    const { db } = testDb;
    const learner = await createUser(db, "LEARNER");
    const instructor = await createUser(db, "INSTRUCTOR");
    const klass = await createClass(db, { learners: [learner], instructors: [instructor] });
    // The report: mostly wrong answers (AGAIN) over three weeks, then a backlog of overdue cards; the last
    // few questions failed within the last day, which ts-fsrs's whole days call "0 days old", R = 100%.
    const plans: Record<string, PlannedReview[]> = {};
    questionIds("mod_r1").forEach((id, index) => {
      const recent = index >= 10;
      const last = recent ? 3 + index : (5 + (index % 4)) * 24;
      plans[id] = [
        { hoursAgo: 21 * 24, rating: index % 3 === 0 ? "GOOD" : "AGAIN" },
        { hoursAgo: 14 * 24, rating: index % 2 === 0 ? "GOOD" : "AGAIN" },
        { hoursAgo: last, rating: index % 4 === 1 ? "GOOD" : "AGAIN" },
      ];
    });
    const cards = await seedReviewHistory(db, { userId: learner.id, now, options: { desiredRetention: 0.9 }, plans, responses: true });
    const overdue = [...cards.values()].filter((card) => card.due < now).length;
    expect(overdue).toBeGreaterThanOrEqual(10);
    const recentCards = questionIds("mod_r1").slice(10).map((id) => cards.get(id)!);
    for (const card of recentCards) {
      expect(card.due < now).toBe(true);
      expect(retrievability(card, now, { desiredRetention: 0.9 })).toBeLessThan(1);
    }

    const progress = await getProgressReport(db, learner, { now });
    const module = progress.retentionByModule.find((entry) => entry.moduleId === "mod_r1")!;
    expect(module).toMatchObject({ reviewed: MODULE_QUESTIONS.mod_r1, notReviewed: 0, overdue });
    expect(module.retention!).toBeLessThan(0.8);
    expect(progress.totals.overdue).toBe(overdue);

    const heatmap = (await getClassHeatmap(db, { actor: instructor, classId: klass.id, now }))!;
    const cell = heatmap.rows.find((row) => row.id === learner.id)!.cells.mod_r1!;
    expect(cell).toMatchObject({ cards: MODULE_QUESTIONS.mod_r1, overdue, responses: 3 * MODULE_QUESTIONS.mod_r1 });
    expect(cell.accuracy!).toBeLessThan(0.5);
    expect(cell.retention!).toBeCloseTo(module.retention!, 9);
    const greens = HEAT_BANDS.filter((band) => band.min >= 0.8).map((band) => band.background);
    expect(greens).not.toContain(heatColour(cell.retention).background);
  });

  test("parity: random review logs give the same retention, reviewed, not-reviewed and overdue counts in TypeScript (我的进度) and SQL (heatmaps), with default, own, FSRS-5 and clipped weights", async () => {
    const { db } = testDb;
    const ownDecay = [...default_w];
    ownDecay[20] = 0.42;
    // A decay below ts-fsrs's bounds is clipped to 0.1 on both sides.
    const clipped = [...default_w];
    clipped[20] = 0.01;
    const learners: Array<{ actor: Actor; weights: number[] | null }> = [];
    for (const weights of [null, ownDecay, default_w.slice(0, 19), clipped]) {
      const actor = await createUser(db, "LEARNER");
      if (weights) await db.learnerSettings.create({ data: { userId: actor.id, fsrsParameters: weights } });
      learners.push({ actor, weights });
    }
    const instructor = await createUser(db, "INSTRUCTOR");
    const klass = await createClass(db, { learners: learners.map((learner) => learner.actor), instructors: [instructor] });
    const random = seededRandom(20261120);
    for (const { actor, weights } of learners) {
      const options: SchedulerOptions = { desiredRetention: 0.8 + random() * 0.15, weights: weights ?? [] };
      await db.learnerSettings.upsert({ where: { userId: actor.id }, create: { userId: actor.id, desiredRetention: options.desiredRetention }, update: { desiredRetention: options.desiredRetention } });
      const plans: Record<string, PlannedReview[]> = {};
      for (const id of [...questionIds("mod_r1"), ...questionIds("mod_r2"), "mod_r1_retired"]) {
        if (random() < 0.75 && !(actor === learners[0]!.actor && id === "mod_r2_q0")) plans[id] = randomPlan(random, 60, 0.5);
      }
      await seedReviewHistory(db, { userId: actor.id, now, options, plans });
    }
    // A card created but never reviewed counts as not reviewed on both sides.
    await db.card.create({ data: { userId: learners[0]!.actor.id, questionId: "mod_r2_q0", due: now, state: "NEW" } });

    const heatmap = (await getClassHeatmap(db, { actor: admin, classId: klass.id, now }))!;
    const classRows = (await getMasteryHeatmap(db, { actor: admin, now })).rows.find((row) => row.id === klass.id)!;
    for (const moduleId of ["mod_r1", "mod_r2"] as const) {
      let classSum = 0;
      let classReviewed = 0;
      let classOverdue = 0;
      for (const { actor, weights } of learners) {
        const stored = await db.card.findMany({ where: { userId: actor.id, question: { moduleId, status: "ACTIVE" } } });
        const expected = summariseRetention(stored, now, forgettingDecay(weights), MODULE_QUESTIONS[moduleId]);
        expect(expected.reviewed).toBeGreaterThan(0);
        classSum += expected.retention! * expected.reviewed;
        classReviewed += expected.reviewed;
        classOverdue += expected.overdue;

        const progress = (await getProgressReport(db, actor, { now })).retentionByModule.find((entry) => entry.moduleId === moduleId)!;
        expect(progress.retention!).toBeCloseTo(expected.retention!, 12);
        expect(progress).toMatchObject({ reviewed: expected.reviewed, notReviewed: expected.notReviewed, overdue: expected.overdue });

        const cell = heatmap.rows.find((row) => row.id === actor.id)!.cells[moduleId]!;
        expect(cell.retention!).toBeCloseTo(expected.retention!, 9);
        expect(cell).toMatchObject({ cards: expected.reviewed, notReviewed: expected.notReviewed, overdue: expected.overdue });
      }
      const classCell = classRows.cells[moduleId]!;
      expect(classCell.retention!).toBeCloseTo(classSum / classReviewed, 9);
      expect(classCell).toMatchObject({ cards: classReviewed, notReviewed: learners.length * MODULE_QUESTIONS[moduleId] - classReviewed, overdue: classOverdue });
    }
    // The learners' own decays matter: the same cards under the default decay give another number.
    const own = await db.card.findMany({ where: { userId: learners[1]!.actor.id, question: { moduleId: "mod_r1", status: "ACTIVE" } } });
    expect(summariseRetention(own, now, forgettingDecay()).retention).not.toBeCloseTo(summariseRetention(own, now, 0.42).retention!, 4);
  });
});
