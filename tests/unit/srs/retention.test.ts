import { describe, expect, test } from "vitest";
import { default_w, forgetting_curve } from "ts-fsrs";
import { DAY_MS, cardRetention, forgettingDecay, isMastered, isOverdue, newCard, recallProbability, retrievability, scheduleReview, summariseRetention, type SrsCard } from "@/lib/srs";

const HOUR = 3_600_000;
const options = { desiredRetention: 0.9 };

/** A learner who answers every question wrong: each card failed `failedHoursAgo` hours before `now`. */
function failedCard(now: Date, failedHoursAgo: number): SrsCard {
  const at = new Date(now.getTime() - failedHoursAgo * HOUR);
  return scheduleReview(newCard(at), "AGAIN", at, options).card;
}

describe("predicted retention (lib/srs/retention)", () => {
  test("the forgetting curve is ts-fsrs's: R(S, S) = 90%, and with its default decay it matches ts-fsrs for whole days", () => {
    const decay = forgettingDecay();
    expect(decay).toBe(default_w[20]);
    expect(recallProbability(10, 10, decay)).toBeCloseTo(0.9, 8);
    expect(recallProbability(0, 5, decay)).toBe(1);
    for (const days of [1, 3, 16, 100]) expect(recallProbability(days, 7.5, decay)).toBeCloseTo(forgetting_curve(decay, days, 7.5), 7);
    // A steeper decay (FSRS-5's 0.5) forgets faster after S.
    expect(recallProbability(30, 10, 0.5)).toBeLessThan(recallProbability(30, 10, decay));
  });

  test("the decay is the learner's own w[20] (clipped as ts-fsrs clips it); FSRS-4.5/5 weights give 0.5; none give the default", () => {
    const own = [...default_w];
    own[20] = 0.42;
    expect(forgettingDecay(own)).toBe(0.42);
    own[20] = 5;
    expect(forgettingDecay(own)).toBe(0.8);
    expect(forgettingDecay(default_w.slice(0, 19))).toBe(0.5);
    expect(forgettingDecay(default_w.slice(0, 17))).toBe(0.5);
    expect(forgettingDecay([])).toBe(default_w[20]);
    expect(forgettingDecay([1, 2, 3])).toBe(default_w[20]);
  });

  test("a card never reviewed has no retention, and is not overdue", () => {
    const now = new Date("2026-03-20T08:00:00Z");
    const card = newCard(new Date(now.getTime() - 10 * DAY_MS));
    expect(cardRetention(card, now, forgettingDecay())).toBeNull();
    expect(isOverdue(card, now)).toBe(false);
    expect(retrievability(card, now, options)).toBe(0);
    expect(summariseRetention([card], now, forgettingDecay(), 3)).toEqual({ retention: null, reviewed: 0, notReviewed: 3, overdue: 0, mastered: 0 });
  });

  test("the report: a card failed 20 hours ago and overdue since is not 100% (whole days said 0 days, R = 1)", () => {
    const now = new Date("2026-03-20T08:00:00Z");
    const card = failedCard(now, 20);
    expect(card.due.getTime()).toBeLessThan(now.getTime());
    // What the reports used to compute: floor(20 h) = 0 days → exactly 100%.
    expect(forgetting_curve(forgettingDecay(), Math.floor(20 / 24), card.stability)).toBe(1);
    const retention = cardRetention(card, now, forgettingDecay())!;
    expect(retention).toBeLessThan(0.9);
    expect(retention).toBeCloseTo(recallProbability(20 / 24, card.stability, forgettingDecay()), 12);
    expect(retrievability(card, now, options)).toBe(retention);
  });

  test("a group's retention is the mean over reviewed cards, with reviewed, not reviewed and overdue counts", () => {
    const now = new Date("2026-03-20T08:00:00Z");
    const failed = [failedCard(now, 20), failedCard(now, 30), failedCard(now, 50)];
    const fiveMinutesAgo = new Date(now.getTime() - HOUR / 12);
    const learnt = scheduleReview(newCard(fiveMinutesAgo), "GOOD", fiveMinutesAgo, options).card; // next step in 10 minutes: not overdue
    const never = newCard(now);
    const decay = forgettingDecay();
    const summary = summariseRetention([...failed, learnt, never], now, decay, 8);
    const values = [...failed, learnt].map((card) => cardRetention(card, now, decay)!);
    expect(summary.retention).toBeCloseTo(values.reduce((sum, value) => sum + value, 0) / values.length, 12);
    // The learnt card is still in learning (its next step in 10 minutes): reviewed, not overdue, not yet mastered.
    expect(summary).toMatchObject({ reviewed: 4, notReviewed: 4, overdue: 3, mastered: 0 });
    expect(summary.retention!).toBeLessThan(0.9);
  });

  test("mastered: in long-term review and not overdue; the same card overdue is not mastered", () => {
    const start = new Date("2026-03-01T08:00:00Z");
    const first = scheduleReview(newCard(start), "EASY", start, options).card;
    expect(first.state).toBe("REVIEW");
    expect(isMastered(first, new Date(first.due.getTime() - HOUR))).toBe(true);
    expect(isMastered(first, new Date(first.due.getTime() + HOUR))).toBe(false);
    expect(isMastered(failedCard(start, 1), start)).toBe(false);
    expect(isMastered(newCard(start), start)).toBe(false);
  });
});
