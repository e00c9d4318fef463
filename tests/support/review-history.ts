import type { Db } from "@/lib/db/prisma";
import { newCard, scheduleReview, type SchedulerOptions, type SrsCard, type SrsRating } from "@/lib/srs";

const HOUR = 3_600_000;

/** One review to replay: how many hours before `now` it happened and the rating given. */
export interface PlannedReview {
  hoursAgo: number;
  rating: SrsRating;
}

/**
 * Writes a learner's review history the way answering writes it: each question's reviews replayed
 * through lib/srs with the learner's options (oldest first), one ReviewLog per review and the card
 * as the last review left it. Returns the cards written, by question id.
 */
export async function seedReviewHistory(
  db: Db,
  input: { userId: string; now: Date; options: SchedulerOptions; plans: Record<string, readonly PlannedReview[]>; responses?: boolean },
): Promise<Map<string, SrsCard>> {
  const written = new Map<string, SrsCard>();
  // With `responses`, each review is also a graded practice answer (right unless rated AGAIN), as practice records it.
  for (const [questionId, plan] of Object.entries(input.plans)) {
    const reviews = [...plan].sort((a, b) => b.hoursAgo - a.hoursAgo);
    let card = newCard(new Date(input.now.getTime() - reviews[0]!.hoursAgo * HOUR));
    const logs = [];
    for (const review of reviews) {
      const at = new Date(input.now.getTime() - review.hoursAgo * HOUR);
      const result = scheduleReview(card, review.rating, at, input.options);
      card = result.card;
      logs.push(result.log);
    }
    const stored = await db.card.create({ data: { userId: input.userId, questionId, ...card } });
    await db.reviewLog.createMany({ data: logs.map((log) => ({ cardId: stored.id, userId: input.userId, ...log })) });
    for (const log of input.responses ? logs : []) {
      const attempt = await db.attempt.create({ data: { userId: input.userId, mode: "PRACTICE", status: "SUBMITTED", questionIds: [questionId], startedAt: log.reviewedAt, submittedAt: log.reviewedAt } });
      await db.response.create({ data: { attemptId: attempt.id, questionId, userId: input.userId, answer: true, correct: log.rating > 1, answeredAt: log.reviewedAt } });
    }
    written.set(questionId, card);
  }
  return written;
}

/** A small seeded generator (mulberry32), so a "random" history is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** 1–6 reviews spread over the last `days` days, ratings drawn with the given chance of AGAIN. */
export function randomPlan(random: () => number, days: number, againChance: number): PlannedReview[] {
  const count = 1 + Math.floor(random() * 6);
  return Array.from({ length: count }, () => {
    const roll = random();
    const rating: SrsRating = roll < againChance ? "AGAIN" : roll < againChance + (1 - againChance) / 3 ? "HARD" : roll < againChance + (2 * (1 - againChance)) / 3 ? "GOOD" : "EASY";
    return { hoursAgo: Math.round(random() * days * 24 * 100) / 100 + 0.01, rating };
  });
}
