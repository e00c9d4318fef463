import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { attemptScore, type ScoredAttemptMode } from "@/lib/quizzes/attempt-score";
import type { SrsRating } from "@/lib/srs";
import { listAttemptHistory } from "@/lib/server/history/list-attempt-history";
import { startModulePractice } from "@/lib/server/practice/start-practice";
import { rateSelfGradedAnswer } from "@/lib/server/practice/rate-self-graded-answer";
import { submitPracticeAnswer } from "@/lib/server/practice/submit-practice-answer";
import { createUser } from "../support/fixtures";
import { usePracticeDatabase } from "../support/practice-module";

describe("a practice attempt's score", () => {
  const testDb = usePracticeDatabase();

  /** A module practice (q_single, q_short, q_tf, q_fill) with every question but the 简答 answered right, then the 简答 last: it closes the attempt unrated. */
  async function closedWithShortAnswerPending(learner: Actor): Promise<string> {
    const attemptId = (await startModulePractice(testDb.db, learner, { moduleId: "mod_p", order: "source" }))!;
    const answer = (questionId: string, response: string[] | boolean | string) => submitPracticeAnswer(testDb.db, learner, { attemptId, questionId, response, durationMs: 5_000 });
    await answer("q_single", ["A"]);
    await answer("q_tf", true);
    await answer("q_fill", ["政治优势"]);
    expect(await answer("q_short", "生命线")).toMatchObject({ ok: true, feedback: { status: "self-graded" } });
    expect(await testDb.db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ status: "SUBMITTED", score: 3, maxScore: 4 });
    return attemptId;
  }

  test("a 简答 rated 记得 after its answer closed the attempt counts in the attempt's score and in 答题记录", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    const attemptId = await closedWithShortAnswerPending(learner);
    expect(await rateSelfGradedAnswer(testDb.db, learner, { attemptId, questionId: "q_short", rating: "GOOD" })).toMatchObject({ ok: true });
    expect(await testDb.db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ status: "SUBMITTED", score: 4, maxScore: 4 });
    const [row] = await listAttemptHistory(testDb.db, learner);
    expect(row).toMatchObject({ id: attemptId, score: 4, maxScore: 4 });
  });

  test("a 简答 rated 没记住 after the attempt closed leaves the score as it was, and a second rating changes nothing", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    const attemptId = await closedWithShortAnswerPending(learner);
    await rateSelfGradedAnswer(testDb.db, learner, { attemptId, questionId: "q_short", rating: "AGAIN" });
    await rateSelfGradedAnswer(testDb.db, learner, { attemptId, questionId: "q_short", rating: "EASY" });
    expect(await testDb.db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ status: "SUBMITTED", score: 3, maxScore: 4 });
  });

  /** What the learner gives for each question: right, wrong, half right (the two-blank 填空), or a 简答 text. */
  const RESPONSES: Record<string, Record<"right" | "wrong" | "partial", string[] | boolean | string>> = {
    q_single: { right: ["A"], wrong: ["B"], partial: ["C"] },
    q_tf: { right: true, wrong: false, partial: false },
    q_fill: { right: ["政治优势"], wrong: ["组织优势"], partial: [""] },
    q_fill2: { right: ["群众", "政治优势"], wrong: ["干部", "组织优势"], partial: ["群众", "组织优势"] },
    q_short: { right: "生命线", wrong: "不知道", partial: "根本工作路线" },
    q_short2: { right: "密切联系群众", wrong: "不知道", partial: "群众" },
  };
  const SHORT = new Set(["q_short", "q_short2"]);

  const randomAttempt = fc.record({
    mode: fc.constantFrom<ScoredAttemptMode>("PRACTICE", "DAILY", "CHALLENGE", "MISTAKES", "FAVORITES", "REVIEW"),
    questions: fc.shuffledSubarray(Object.keys(RESPONSES), { minLength: 1 }),
    outcomes: fc.array(fc.constantFrom("right", "wrong", "partial") as fc.Arbitrary<"right" | "wrong" | "partial">, { minLength: 6, maxLength: 6 }),
    // Per 简答: no rating, or a rating given at once or after every answer is in.
    ratings: fc.array(fc.record({ rating: fc.constantFrom<SrsRating | null>(null, "AGAIN", "HARD", "GOOD", "EASY"), late: fc.boolean() }), { minLength: 6, maxLength: 6 }),
  });

  test("on random attempts, the score the answers' statement and the ratings store is attemptScore over the stored answers", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    await fc.assert(
      fc.asyncProperty(randomAttempt, async ({ mode, questions, outcomes, ratings }) => {
        const attempt = await testDb.db.attempt.create({ data: { userId: learner.id, mode, questionIds: questions } });
        const rate = (questionId: string, rating: SrsRating) => rateSelfGradedAnswer(testDb.db, learner, { attemptId: attempt.id, questionId, rating });
        const late: Array<[string, SrsRating]> = [];
        for (const [at, questionId] of questions.entries()) {
          const response = RESPONSES[questionId]![outcomes[at]!];
          await submitPracticeAnswer(testDb.db, learner, { attemptId: attempt.id, questionId, response, durationMs: 4_000 });
          const { rating, late: afterAll } = ratings[at]!;
          if (!SHORT.has(questionId) || rating === null) continue;
          if (afterAll) late.push([questionId, rating]);
          else await rate(questionId, rating);
        }
        for (const [questionId, rating] of late) await rate(questionId, rating);

        const stored = await testDb.db.attempt.findUniqueOrThrow({ where: { id: attempt.id }, include: { responses: true } });
        expect(stored.status).toBe("SUBMITTED");
        expect({ score: stored.score, maxScore: stored.maxScore }).toEqual(attemptScore(stored, stored.responses));
      }),
      { numRuns: 40, seed: 20261204 },
    );
  });
  /** The attempt's stored score beside attemptScore over its stored answers. */
  async function scores(attemptId: string) {
    const stored = await testDb.db.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { responses: true } });
    return { stored: { score: stored.score, maxScore: stored.maxScore }, fromAnswers: attemptScore(stored, stored.responses) };
  }

  test("a last answer and a 简答 rating sent at once, in either order, leave the score attemptScore gives the stored answers", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    for (let run = 0; run < 12; run += 1) {
      const attempt = await testDb.db.attempt.create({ data: { userId: learner.id, mode: "PRACTICE", questionIds: ["q_short", "q_tf"] } });
      await submitPracticeAnswer(testDb.db, learner, { attemptId: attempt.id, questionId: "q_short", response: "生命线", durationMs: 4_000 });
      const answer = () => submitPracticeAnswer(testDb.db, learner, { attemptId: attempt.id, questionId: "q_tf", response: false, durationMs: 4_000 });
      const rate = () => rateSelfGradedAnswer(testDb.db, learner, { attemptId: attempt.id, questionId: "q_short", rating: "GOOD" });
      await Promise.all(run % 2 === 0 ? [answer(), rate()] : [rate(), answer()]);
      const { stored, fromAnswers } = await scores(attempt.id);
      expect(fromAnswers).toEqual({ score: 1, maxScore: 2 });
      expect(stored).toEqual(fromAnswers);
    }
  });
});
