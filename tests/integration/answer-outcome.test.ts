import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { answerOutcome, practiceBehaviour, type AnsweringMode } from "@/lib/learning/answer-outcome";
import { mistakeEntryAfter } from "@/lib/learning/mistake-streak";
import { POINTS_ACTIVITIES, POINTS_RULES, pointsWithinCap, studyDay, type PointsActivityName } from "@/lib/points/points-rules";
import { savedResponse, type LearnerResponse } from "@/lib/questions";
import { newCard, scheduleReview, type SrsRating } from "@/lib/srs";
import { questionKeyOfRow } from "@/lib/server/bank/question-codec";
import { learnerSchedulerOptions } from "@/lib/server/practice/learner-scheduler-options";
import { rateSelfGradedAnswer } from "@/lib/server/practice/rate-self-graded-answer";
import { submitPracticeAnswer } from "@/lib/server/practice/submit-practice-answer";
import { createUser } from "../support/fixtures";
import { usePracticeDatabase } from "../support/practice-module";

/** What the learner gives for each question: right, wrong, or partly right (a 多选 with one of two keys, a 填空 with one of two blanks). */
const RESPONSES: Record<string, Record<"right" | "wrong" | "partial", LearnerResponse>> = {
  q_single: { right: ["A"], wrong: ["B"], partial: ["C"] },
  q_multi: { right: ["A", "B"], wrong: ["C"], partial: ["A"] },
  q_tf: { right: true, wrong: false, partial: false },
  q_fill: { right: ["政治优势"], wrong: ["组织优势"], partial: [""] },
  q_fill2: { right: ["群众", "政治优势"], wrong: ["干部", "组织优势"], partial: ["群众", "组织优势"] },
  q_short: { right: "生命线", wrong: "不知道", partial: "根本工作路线" },
};
const RATING_NUMBERS: Record<SrsRating, number> = { AGAIN: 1, HARD: 2, GOOD: 3, EASY: 4 };

const randomStep = fc.record({
  mode: fc.constantFrom<AnsweringMode>("PRACTICE", "DAILY", "CHALLENGE", "MISTAKES", "FAVORITES", "REVIEW", "UNSEEN"),
  questionId: fc.constantFrom(...Object.keys(RESPONSES)),
  given: fc.constantFrom("right", "wrong", "partial") as fc.Arbitrary<"right" | "wrong" | "partial">,
  durationMs: fc.constantFrom(null, 3_000, 45_000, 90_000),
  /** A 简答's rating after its answer, or none. */
  rating: fc.constantFrom<SrsRating | null>(null, "AGAIN", "HARD", "GOOD", "EASY"),
});

const randomLearner = fc.record({
  /** 错题移出所需连对次数, or no settings row (the default 3). */
  clearStreak: fc.constantFrom(null, 1, 2, 3),
  /** What today's events were already worth per activity: from none to past the cap. */
  claimed: fc.record(Object.fromEntries(POINTS_ACTIVITIES.map((activity) => [activity, fc.nat({ max: POINTS_RULES[activity].dailyCap + 1 })])) as Record<PointsActivityName, fc.Arbitrary<number>>),
  steps: fc.array(randomStep, { minLength: 1, maxLength: 8 }),
});

/**
 * The practice path stores what the answer core says: on random answers (every type, right,
 * wrong and partly right, quick and slow, every practice mode, 简答 ratings, a learner's own N
 * and today's points from none to past the cap), the response row, the card's rating and its
 * schedule, the 错题本 entry (mistakeEntryAfter on the entry before) and the points credited
 * (the core's worth within the day's cap) equal answerOutcome's.
 */
describe("the practice path writes what answerOutcome says", () => {
  const testDb = usePracticeDatabase();

  test("on random answers, the stored response, card, 错题本 entry and points are answerOutcome's", async () => {
    const db = () => testDb.db;
    let clock = Date.parse("2026-06-01T02:00:00Z");
    await fc.assert(
      fc.asyncProperty(randomLearner, async ({ clearStreak, claimed, steps }) => {
        const learner = await createUser(db(), "LEARNER");
        if (clearStreak !== null) await db().learnerSettings.create({ data: { userId: learner.id, mistakeClearStreak: clearStreak } });
        const clearAt = clearStreak ?? 3;
        const day = studyDay(new Date(clock));
        await db().pointsDay.createMany({ data: POINTS_ACTIVITIES.map((activity) => ({ userId: learner.id, day: new Date(`${day}T00:00:00Z`), activity, claimed: claimed[activity] })) });

        /** That a write did to the response, the card, the 错题本 and the points what the outcome says, from the state before it. */
        async function expectWritten(questionId: string, responseId: string, outcome: ReturnType<typeof answerOutcome>, before: Awaited<ReturnType<typeof stateOf>>, now: Date) {
          const after = await stateOf(questionId, outcome.points?.activity ?? "PRACTICE");
          const response = await db().response.findUniqueOrThrow({ where: { id: responseId } });
          expect({ correct: response.correct, score: response.score }).toEqual({ correct: outcome.correct, score: outcome.grade.score });
          const logs = await db().reviewLog.findMany({ where: { responseId } });
          if (outcome.rating) {
            expect(logs.map((log) => log.rating)).toEqual([RATING_NUMBERS[outcome.rating]]);
            const expected = scheduleReview(before.card ?? newCard(now), outcome.rating, now, await learnerSchedulerOptions(db(), learner.id)).card;
            expect({ due: after.card?.due, state: after.card?.state, reps: after.card?.reps }).toEqual({ due: expected.due, state: expected.state, reps: expected.reps });
          } else {
            expect(logs).toEqual([]);
            expect(after.card).toEqual(before.card);
          }
          expect(after.mistake).toEqual(mistakeEntryAfter(before.mistake, outcome.mistake, clearAt, now).entry);
          const credited = await db().pointsEntry.findMany({ where: { userId: learner.id, sourceId: responseId } });
          const expectedPoints = outcome.points ? pointsWithinCap(outcome.points.activity, before.claimed) : 0;
          expect(credited.map((entry) => [entry.activity, entry.points])).toEqual(expectedPoints > 0 ? [[outcome.points!.activity, expectedPoints]] : []);
        }

        /** The learner's card, 错题本 entry and today's claims of an activity, for a question. */
        async function stateOf(questionId: string, activity: PointsActivityName) {
          const [card, mistake, points] = await Promise.all([
            db().card.findUnique({ where: { userId_questionId: { userId: learner.id, questionId } } }),
            db().mistakeEntry.findUnique({ where: { userId_questionId: { userId: learner.id, questionId } } }),
            db().pointsDay.findUnique({ where: { userId_day_activity: { userId: learner.id, day: new Date(`${day}T00:00:00Z`), activity } } }),
          ]);
          const entry = mistake && { wrongCount: mistake.wrongCount, correctStreak: mistake.correctStreak, lastWrongAt: mistake.lastWrongAt, resolvedAt: mistake.resolvedAt, removedAt: mistake.removedAt };
          return { card, mistake: entry, claimed: points?.claimed ?? 0 };
        }

        for (const step of steps) {
          clock += 60_000;
          const now = new Date(clock);
          const question = await db().question.findUniqueOrThrow({ where: { id: step.questionId } });
          const key = questionKeyOfRow(question);
          const response = RESPONSES[step.questionId]![step.given]!;
          const outcome = answerOutcome(key, response, practiceBehaviour(step.mode), { mode: step.mode, durationMs: step.durationMs });
          const before = await stateOf(step.questionId, outcome.points?.activity ?? "PRACTICE");
          // A one-question attempt: the answer closes it, so the learner's next attempt of the mode may open.
          const attempt = await db().attempt.create({ data: { userId: learner.id, mode: step.mode, questionIds: [step.questionId] } });
          const result = await submitPracticeAnswer(db(), learner, { attemptId: attempt.id, questionId: step.questionId, response, durationMs: step.durationMs, now });
          expect(result.ok).toBe(true);
          const { id: responseId } = await db().response.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId: attempt.id, questionId: step.questionId } } });
          await expectWritten(step.questionId, responseId, outcome, before, now);

          if (key.type !== "SHORT_ANSWER" || step.rating === null) continue;
          clock += 60_000;
          const ratedAt = new Date(clock);
          const rated = answerOutcome(key, savedResponse(key.type, response), "self-rated", { mode: step.mode, rating: step.rating });
          const beforeRating = await stateOf(step.questionId, rated.points?.activity ?? "PRACTICE");
          expect(await rateSelfGradedAnswer(db(), learner, { attemptId: attempt.id, questionId: step.questionId, rating: step.rating, now: ratedAt })).toMatchObject({ ok: true });
          await expectWritten(step.questionId, responseId, rated, beforeRating, ratedAt);
        }
      }),
      { numRuns: 40, seed: 20261205 },
    );
  });
});
