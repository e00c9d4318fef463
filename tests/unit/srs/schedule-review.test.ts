import { describe, expect, test } from "vitest";
import { createEmptyCard, fsrs, generatorParameters, Rating, type Grade } from "ts-fsrs";
import { formatInterval, newCard, previewNextDue, ratingFromOutcome, retrievability, scheduleReview, type SrsRating } from "@/lib/srs";

const options = { desiredRetention: 0.9 };
const start = new Date("2026-01-05T08:00:00Z");
const GRADES: Record<SrsRating, Grade> = { AGAIN: Rating.Again, HARD: Rating.Hard, GOOD: Rating.Good, EASY: Rating.Easy };

describe("scheduling reviews", () => {
  test("a review sequence gives exactly the card ts-fsrs gives for the same sequence", () => {
    const sequence: Array<[SrsRating, number]> = [["GOOD", 0], ["AGAIN", 1], ["GOOD", 2], ["HARD", 6], ["EASY", 20], ["GOOD", 60]];
    const reference = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: false }));
    let ours = newCard(start);
    let theirs = createEmptyCard(start);
    for (const [rating, day] of sequence) {
      const now = new Date(start.getTime() + day * 86_400_000);
      ours = scheduleReview(ours, rating, now, options).card;
      theirs = reference.next(theirs, now, GRADES[rating]).card;
      expect(ours.due.toISOString()).toBe(theirs.due.toISOString());
      expect(ours.stability).toBeCloseTo(theirs.stability, 10);
      expect(ours.difficulty).toBeCloseTo(theirs.difficulty, 10);
      expect([ours.reps, ours.lapses, ours.scheduledDays]).toEqual([theirs.reps, theirs.lapses, theirs.scheduled_days]);
    }
    expect(ours.state).toBe("REVIEW");
  });

  test("learners with different settings, reviewed in turn, each get what ts-fsrs gives for their own settings", () => {
    // Schedulers are reused across reviews: one learner's retention or weights must never reach another's review.
    const weights = [...generatorParameters().w].map((weight, index) => (index === 2 ? weight * 3 : weight));
    const learners = [{ desiredRetention: 0.9 }, { desiredRetention: 0.8 }, { desiredRetention: 0.9, weights }, { desiredRetention: 0.97, weights: [] }];
    const references = learners.map((settings) =>
      fsrs(generatorParameters({ request_retention: settings.desiredRetention, enable_fuzz: false, ...(settings.weights?.length ? { w: settings.weights } : {}) })),
    );
    const ours = learners.map(() => newCard(start));
    const theirs = learners.map(() => createEmptyCard(start));
    for (const [step, day] of [0, 1, 3, 9].entries()) {
      const now = new Date(start.getTime() + day * 86_400_000);
      for (const [index, settings] of learners.entries()) {
        const rating: SrsRating = step === 1 && index === 1 ? "AGAIN" : "GOOD";
        ours[index] = scheduleReview(ours[index]!, rating, now, settings).card;
        theirs[index] = references[index]!.next(theirs[index]!, now, GRADES[rating]).card;
        expect(ours[index]!.due.toISOString()).toBe(theirs[index]!.due.toISOString());
        expect(ours[index]!.stability).toBeCloseTo(theirs[index]!.stability, 10);
      }
    }
    // The settings really differ in their schedules, so a mix-up could not pass unseen.
    expect(new Set(ours.map((card) => card.due.toISOString())).size).toBe(learners.length);
  });

  test("the log records the state before and after and the rating's number", () => {
    const { card, log } = scheduleReview(newCard(start), "AGAIN", start, options);
    expect(log).toMatchObject({ rating: 1, stateBefore: "NEW", stateAfter: card.state, reviewedAt: start, due: card.due });
  });

  test("a higher desired retention schedules the next review sooner", () => {
    let card = newCard(start);
    for (const day of [0, 1, 4]) card = scheduleReview(card, "GOOD", new Date(start.getTime() + day * 86_400_000), options).card;
    const later = new Date(start.getTime() + 15 * 86_400_000);
    const relaxed = previewNextDue(card, later, { desiredRetention: 0.8 }).GOOD;
    const strict = previewNextDue(card, later, { desiredRetention: 0.97 }).GOOD;
    expect(strict.getTime()).toBeLessThan(relaxed.getTime());
  });

  test("the preview orders the ratings from soonest to latest", () => {
    const preview = previewNextDue(newCard(start), start, options);
    expect(preview.AGAIN.getTime()).toBeLessThanOrEqual(preview.HARD.getTime());
    expect(preview.HARD.getTime()).toBeLessThanOrEqual(preview.GOOD.getTime());
    expect(preview.GOOD.getTime()).toBeLessThan(preview.EASY.getTime());
  });

  test("retrievability is 0 for a new card and falls as time passes", () => {
    expect(retrievability(newCard(start), start, options)).toBe(0);
    const card = scheduleReview(newCard(start), "GOOD", start, options).card;
    const soon = retrievability(card, new Date(start.getTime() + 86_400_000), options);
    const late = retrievability(card, new Date(start.getTime() + 30 * 86_400_000), options);
    expect(soon).toBeGreaterThan(late);
    expect(late).toBeGreaterThan(0);
  });
});

describe("rating an automatically graded answer", () => {
  test.each([
    [{ correct: false, durationMs: 2_000, typed: false }, "AGAIN"],
    [{ correct: true, durationMs: 5_000, typed: false }, "GOOD"],
    [{ correct: true, durationMs: 45_000, typed: false }, "HARD"],
    [{ correct: true, durationMs: 45_000, typed: true }, "GOOD"],
    [{ correct: true, durationMs: 90_000, typed: true }, "HARD"],
    [{ correct: true, durationMs: null, typed: false }, "GOOD"],
    [{ correct: true, durationMs: 1_000, typed: false, hinted: true }, "HARD"],
  ] as const)("%o is rated %s", (outcome, rating) => {
    expect(ratingFromOutcome(outcome)).toBe(rating);
  });
});

describe("formatting intervals", () => {
  test.each([
    [5, "5分钟"],
    [90, "2小时"],
    [60 * 24 * 3, "3天"],
    [60 * 24 * 65, "2个月"],
    [60 * 24 * 400, "1.1年"],
  ])("%i minutes read as %s", (minutes, label) => {
    expect(formatInterval(start, new Date(start.getTime() + minutes * 60_000))).toBe(label);
  });
});
