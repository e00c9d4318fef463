import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/prisma";
import { seedReviewHistory, type PlannedReview } from "../../support/review-history";
import type { RetentionWorld } from "./authz-world";

/** A learner of no class whose review log the 我的进度 browser test checks against (tests/e2e/progress-retention.test.ts). */
export const RETENTION_LEARNER = { email: "learner3@dangke.test", name: "孙学员", password: "learner3-pass" } as const;

const HOUR = 3_600_000;

/**
 * Questions no other browser test retires, so the seeded cards stay cards of active questions whatever order the test
 * files run in: tests/e2e/bank.test.ts retires the second row of the active 单选题, and the bank lists by id, so the first
 * few active 单选题 by id are left out (a margin for questions other tests add first). Other types are all kept: since
 * stop 33 the seed bank is smaller (about 35 published; tests/support/seed-bank-floor.ts) and no module has five published questions that are not 单选题.
 */
const RETIRABLE_SINGLE_CHOICES = 4;

async function keptQuestions(db: Db) {
  const retirable = await db.question.findMany({ where: { status: "ACTIVE", type: "SINGLE_CHOICE" }, orderBy: { id: "asc" }, take: RETIRABLE_SINGLE_CHOICES, select: { id: true } });
  return { status: "ACTIVE" as const, moduleId: { not: null }, id: { notIn: retirable.map(({ id }) => id) } };
}
const OVERDUE = 3;
const LEARNT = 2;

/**
 * Mostly wrong answers (3 of 8 right, 38%, as in the report): three questions answered 10 days ago
 * (one right) and failed 4 days ago (overdue for days), two answered
 * 容易 two days ago (due in about a week). Every due time is far from the seeding time, so which cards
 * are overdue does not change while the server starts and the test runs.
 */
export async function seedRetentionLearner(db: Db): Promise<RetentionWorld> {
  const kept = await keptQuestions(db);
  // The module with the most such questions (ties: the smallest id).
  const [largest] = await db.question.groupBy({
    by: ["moduleId"],
    where: kept,
    _count: { _all: true },
    orderBy: [{ _count: { id: "desc" } }, { moduleId: "asc" }],
    take: 1,
  });
  const moduleId = largest?.moduleId;
  if (!moduleId) throw new Error("the course has no questions in modules");
  const existing = await db.user.findUnique({ where: { email: RETENTION_LEARNER.email } });
  const user =
    existing ??
    (await db.user.create({
      data: { email: RETENTION_LEARNER.email, name: RETENTION_LEARNER.name, role: "LEARNER", passwordHash: await hashPassword(RETENTION_LEARNER.password) },
    }));
  const module = await db.module.findUniqueOrThrow({ where: { id: moduleId }, select: { title: true } });
  const questions = await db.question.findMany({ where: { ...kept, moduleId }, orderBy: { id: "asc" }, take: OVERDUE + LEARNT, select: { id: true } });
  if (questions.length < OVERDUE + LEARNT) throw new Error(`module ${moduleId} has ${questions.length} questions to seed, fewer than ${OVERDUE + LEARNT}`);
  const now = new Date();
  if (!existing) {
    const plans: Record<string, PlannedReview[]> = {};
    questions.forEach(({ id }, index) => {
      plans[id] = index < OVERDUE ? [{ hoursAgo: 240, rating: index === 0 ? "GOOD" : "AGAIN" }, { hoursAgo: 96, rating: "AGAIN" }] : [{ hoursAgo: 48, rating: "EASY" }];
    });
    await seedReviewHistory(db, { userId: user.id, now, options: { desiredRetention: 0.9 }, plans, responses: true });
  }
  const cards = await db.card.findMany({ where: { userId: user.id }, select: { state: true, stability: true, lastReview: true, due: true } });
  for (const card of cards) {
    const fromNow = card.due.getTime() - now.getTime();
    if (fromNow > -HOUR && fromNow < 24 * HOUR) throw new Error("a seeded card falls due too close to now for a stable test");
  }
  return {
    userId: user.id,
    email: RETENTION_LEARNER.email,
    password: RETENTION_LEARNER.password,
    moduleId,
    moduleTitle: module.title,
    cards: cards.map((card) => ({ state: card.state, stability: card.stability, lastReview: card.lastReview?.toISOString() ?? null, due: card.due.toISOString() })),
  };
}
