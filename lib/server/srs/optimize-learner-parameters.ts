import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { historyLogLoss, preferParameters, trainingItems, type ReviewEvent } from "@/lib/srs";

/** Reviews a learner needs before their FSRS weights are optimised. */
export const OPTIMISE_MIN_REVIEWS = 400;

export type OptimiseResult =
  | { ok: false; reason: "NOT_ENOUGH_REVIEWS"; reviewCount: number }
  | { ok: false; reason: "OPTIMISER_FAILED"; reviewCount: number; message: string }
  | { ok: true; reviewCount: number; kept: "candidate" | "current"; currentLogLoss: number; candidateLogLoss: number; parameters: number[] };

/**
 * Optimises one learner's FSRS weights from their review history with the fsrs-rs optimiser
 * (@open-spaced-repetition/binding) and keeps the new weights only if they predict that
 * history better (lower log loss) than the weights in use.
 */
export async function optimizeLearnerParameters(db: Db, actor: Actor, input: { now?: Date } = {}): Promise<OptimiseResult> {
  const userId = actor.id;
  const logs = await db.reviewLog.findMany({
    where: { userId },
    orderBy: [{ cardId: "asc" }, { reviewedAt: "asc" }, { id: "asc" }],
    select: { cardId: true, rating: true, reviewedAt: true },
  });
  if (logs.length < OPTIMISE_MIN_REVIEWS) return { ok: false, reason: "NOT_ENOUGH_REVIEWS", reviewCount: logs.length };

  const byCard = new Map<string, ReviewEvent[]>();
  for (const log of logs) {
    const history = byCard.get(log.cardId) ?? [];
    history.push({ rating: log.rating, reviewedAt: log.reviewedAt });
    byCard.set(log.cardId, history);
  }
  const histories = [...byCard.values()];

  let candidate: number[];
  try {
    const binding = await import("@open-spaced-repetition/binding");
    const items = trainingItems(histories).map(
      (reviews) => new binding.FSRSBindingItem(reviews.map((review) => new binding.FSRSBindingReview(review.rating, review.deltaT))),
    );
    candidate = await binding.computeParameters(items, { enableShortTerm: true, numRelearningSteps: 1 });
  } catch (error) {
    return { ok: false, reason: "OPTIMISER_FAILED", reviewCount: logs.length, message: error instanceof Error ? error.message : String(error) };
  }

  const settings = await db.learnerSettings.findUnique({ where: { userId }, select: { fsrsParameters: true } });
  const current = historyLogLoss(histories, settings?.fsrsParameters ?? []);
  const next = historyLogLoss(histories, candidate);
  const kept = candidate.length >= 19 ? preferParameters(current, next) : "current";
  if (kept === "candidate") {
    const now = input.now ?? new Date();
    await db.learnerSettings.upsert({
      where: { userId },
      create: { userId, fsrsParameters: candidate, parametersUpdatedAt: now },
      update: { fsrsParameters: candidate, parametersUpdatedAt: now },
    });
  }
  return { ok: true, reviewCount: logs.length, kept, currentLogLoss: current.logLoss, candidateLogLoss: next.logLoss, parameters: candidate };
}
