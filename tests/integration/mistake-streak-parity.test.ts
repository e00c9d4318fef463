import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { MistakeEffect } from "@/lib/learning/answer-outcome";
import { mistakeEntryAfter, type MistakeEntryState } from "@/lib/learning/mistake-streak";
import { removeMistake } from "@/lib/server/practice/mistakes";
import { recordMistakeOutcome } from "@/lib/server/practice/record-mistake-outcome";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";
import { seedPracticeModule } from "../support/practice-module";

const QUESTIONS = ["q_single", "q_tf"];

/** A step: an answer's 错题本 effect on one question, or 移出错题本 by hand. */
const randomStep = fc.record({
  questionId: fc.constantFrom(...QUESTIONS),
  effect: fc.constantFrom<MistakeEffect | "remove">("enter", "advance", "advance", "none", "remove"),
});

/**
 * The 错题本 streak rule is stated twice: mistakeEntryAfter (lib/learning/mistake-streak.ts, what
 * the answer core's effects mean) and fileMistakesSql / advanceMistakeStreaksSql (the set-based
 * writes every answer path runs, lib/server/practice/answer-writes.ts). Random sequences of
 * effects and removals by hand, for learners with N from 1 to 4 or no settings row (the default
 * 3), leave each entry as mistakeEntryAfter says.
 */
describe("the 错题本 streak rule: the SQL equals mistakeEntryAfter", () => {
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    await seedPracticeModule(testDb.db);
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("random effects and removals leave every entry as mistakeEntryAfter says", async () => {
    let clock = Date.parse("2026-06-01T02:00:00Z");
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(null, 1, 2, 3, 4), fc.array(randomStep, { minLength: 1, maxLength: 16 }), async (clearStreak, steps) => {
        const db = testDb.db;
        const learner = await createUser(db, "LEARNER");
        if (clearStreak !== null) await db.learnerSettings.create({ data: { userId: learner.id, mistakeClearStreak: clearStreak } });
        const expected = new Map<string, MistakeEntryState | null>(QUESTIONS.map((id) => [id, null]));
        for (const { questionId, effect } of steps) {
          clock += 60_000;
          const now = new Date(clock);
          const before = expected.get(questionId)!;
          if (effect === "remove") {
            await removeMistake(db, learner, { questionId, now });
            expected.set(questionId, before && (before.removedAt ? before : { ...before, removedAt: now }));
          } else {
            await db.$transaction((tx) => recordMistakeOutcome(tx, { userId: learner.id, questionId, mistake: effect, now }));
            expected.set(questionId, mistakeEntryAfter(before, effect, clearStreak ?? 3, now).entry);
          }
          const stored = await db.mistakeEntry.findUnique({ where: { userId_questionId: { userId: learner.id, questionId } } });
          expect(stored && { wrongCount: stored.wrongCount, correctStreak: stored.correctStreak, lastWrongAt: stored.lastWrongAt, resolvedAt: stored.resolvedAt, removedAt: stored.removedAt }).toEqual(
            expected.get(questionId),
          );
        }
      }),
      { numRuns: 40, seed: 20261206 },
    );
  });
});
