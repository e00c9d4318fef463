import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { getItemAnalysis } from "@/lib/server/results/get-item-analysis";
import { analyseItems, type AnalysedAttempt } from "@/lib/stats/item-statistics";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";
import { createAssignment, seedExamQuestions } from "./exam-fixtures";

const OPENS = new Date("2026-03-01T08:00:00Z");
const CLOSES = new Date("2026-03-01T12:00:00Z");
const KINDS = ["single", "multi", "tf", "fill", "short"] as const;
const TYPES = ["SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE", "FILL_BLANK", "SHORT_ANSWER"] as const;

/** What a taker may have given for each kind of question (a 多选 answer naming a key twice included). */
const ANSWERS: Record<(typeof KINDS)[number], fc.Arbitrary<unknown>> = {
  single: fc.constantFrom(["A"], ["B"], ["C"]),
  multi: fc.constantFrom(["A"], ["A", "B"], ["B", "C"], ["A", "B", "C"], ["C", "C"]),
  tf: fc.boolean(),
  fill: fc.constantFrom(["政治优势"], ["组织优势"]),
  short: fc.constantFrom("一切为了群众", ""),
};

/**
 * The item analysis the results page shows is computed in SQL (getItemAnalysis); its definition
 * is analyseItems in lib/stats/item-statistics.ts. On random assignments — several attempts per
 * learner numbered in any order, unfinished and unscored ones, answered and skipped items,
 * fractional item scores, tied totals, attempt ids whose order differs between collations — the
 * two agree on every figure.
 */
describe("item analysis: the SQL equals its definition", () => {
  let testDb: TestDatabase;
  let learners: Actor[];
  let admin: Actor;
  let questionIds: string[];
  let questionTypes: Map<string, string>;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    learners = [];
    admin = await createUser(testDb.db, "ADMIN");
    for (let index = 0; index < 8; index += 1) learners.push(await createUser(testDb.db, "LEARNER"));
    questionIds = await seedExamQuestions(testDb.db, "ia");
    questionTypes = new Map(questionIds.map((id, index) => [id, TYPES[index]!]));
  });
  afterAll(async () => {
    await testDb.close();
  });

  const randomAttempt = fc.record({
    status: fc.constantFrom("SUBMITTED", "SUBMITTED", "EXPIRED", "IN_PROGRESS") as fc.Arbitrary<AnalysedAttempt["status"]>,
    score: fc.constantFrom(null, 0, 1, 2, 2, 2.5, 5, 7.25, 10),
    // Characters that sort differently under a language collation than in code-point order.
    idTag: fc.constantFrom("a", "B", "_", "-", "z", "0"),
    items: fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 1 }),
    responses: fc.tuple(...KINDS.map((kind) => fc.option(fc.record({ score: fc.constantFrom(null, 0, 1 / 3, 0.5, 2 / 3, 1), answer: ANSWERS[kind] }), { freq: 4 }))),
  });
  const randomAssignment = fc.array(fc.tuple(fc.nat({ max: 7 }), fc.array(randomAttempt, { minLength: 1, maxLength: 3 })), { maxLength: 8 });

  let run = 0;
  test("facility, discrimination, point-biserial, takers and option counts agree on random assignments", async () => {
    await fc.assert(
      fc.asyncProperty(randomAssignment, async (byLearner) => {
        run += 1;
        const { assignmentId, quizId } = await createAssignment(testDb.db, { questionIds, learners, opensAt: OPENS, closesAt: CLOSES });
        const attempts: AnalysedAttempt[] = [];
        const seen = new Set<number>();
        for (const [learnerIndex, drawn] of byLearner) {
          if (seen.has(learnerIndex)) continue;
          seen.add(learnerIndex);
          // Numbered in reverse of creation, so the first attempt is not the first row.
          drawn.forEach((attempt, index) => {
            attempts.push({
              id: `${run}${attempt.idTag}${learnerIndex}${index}`,
              userId: learners[learnerIndex]!.id,
              number: drawn.length - index,
              status: attempt.status,
              score: attempt.score,
              questionIds: attempt.items.map((item) => questionIds[item]!),
              responses: attempt.items.flatMap((item) => {
                const response = attempt.responses[item];
                return response ? [{ questionId: questionIds[item]!, ...response }] : [];
              }),
            });
          });
        }
        await testDb.db.attempt.createMany({
          data: attempts.map((attempt) => ({
            id: attempt.id,
            userId: attempt.userId,
            mode: "QUIZ" as const,
            assignmentId,
            quizId,
            number: attempt.number,
            status: attempt.status,
            questionIds: [...attempt.questionIds],
            score: attempt.score,
            maxScore: attempt.score === null ? null : 10,
            startedAt: OPENS,
          })),
        });
        await testDb.db.response.createMany({
          data: attempts.flatMap((attempt) =>
            attempt.responses.map((response) => ({ attemptId: attempt.id, userId: attempt.userId, questionId: response.questionId, score: response.score, answer: response.answer as never })),
          ),
        });

        const expected = new Map(analyseItems(attempts, questionTypes).map((item) => [item.questionId, item]));
        const actual = await getItemAnalysis(testDb.db, admin, { assignmentId });
        expect(actual.map((row) => row.questionId).sort()).toEqual([...expected.keys()].sort());
        for (const row of actual) {
          const item = expected.get(row.questionId)!;
          expect({ takers: row.takers, optionCounts: row.optionCounts }).toEqual({ takers: item.takers, optionCounts: item.optionCounts });
          for (const figure of ["facility", "discrimination", "pointBiserial"] as const) {
            if (item[figure] === null) expect(row[figure], figure).toBeNull();
            else expect(row[figure], figure).toBeCloseTo(item[figure]!, 9);
          }
        }
      }),
      { numRuns: 40, seed: 20261204 },
    );
  });
});
