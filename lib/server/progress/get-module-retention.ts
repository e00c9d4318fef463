import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { assertCanReadLearner } from "@/lib/server/authz";
import { forgettingDecay, summariseRetention, type RetentionCard, type RetentionSummary } from "@/lib/srs";
import { learnerSchedulerOptions } from "@/lib/server/practice/learner-scheduler-options";

/** A module the learner has cards in: predicted retention now (lib/srs/retention) with its counts. */
export interface ModuleRetention extends RetentionSummary {
  moduleId: string;
  title: string;
}

export interface LearnerRetention {
  /** Modules the learner has cards of active questions in, by course and position. */
  modules: ModuleRetention[];
  /** All their reviewed cards of active questions. */
  overall: RetentionSummary;
}

/**
 * One learner's predicted retention per module with the learner's own FSRS weights: what 我的进度
 * shows them and the learner's page shows their instructors. An actor who may not read the
 * learner (assertCanReadLearner) gets a ForbiddenError.
 */
export async function getModuleRetention(db: Db, actor: Actor, userId: string, now: Date): Promise<LearnerRetention> {
  await assertCanReadLearner(db, actor, userId);
  const [cards, options] = await Promise.all([
    db.card.findMany({
      where: { userId, question: { status: "ACTIVE", moduleId: { not: null } } },
      select: {
        due: true,
        stability: true,
        state: true,
        lastReview: true,
        question: { select: { module: { select: { id: true, title: true, position: true, courseId: true } } } },
      },
    }),
    learnerSchedulerOptions(db, userId),
  ]);
  const byModule = new Map<string, { title: string; order: string; cards: RetentionCard[] }>();
  for (const { question, ...card } of cards) {
    const studyModule = question.module!;
    const entry = byModule.get(studyModule.id) ?? { title: studyModule.title, order: `${studyModule.courseId}:${String(studyModule.position).padStart(6, "0")}`, cards: [] };
    entry.cards.push(card);
    byModule.set(studyModule.id, entry);
  }
  const questionCounts = await db.question.groupBy({ by: ["moduleId"], where: { status: "ACTIVE", moduleId: { in: [...byModule.keys()] } }, _count: { _all: true } });
  const questionsIn = new Map(questionCounts.map((row) => [row.moduleId, row._count._all]));
  const decay = forgettingDecay(options.weights);
  return {
    modules: [...byModule.entries()]
      .sort(([, a], [, b]) => a.order.localeCompare(b.order))
      .map(([moduleId, entry]) => ({ moduleId, title: entry.title, ...summariseRetention(entry.cards, now, decay, questionsIn.get(moduleId) ?? 0) })),
    overall: summariseRetention(cards, now, decay),
  };
}
