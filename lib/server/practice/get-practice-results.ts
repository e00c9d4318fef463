import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import type { AttemptMode } from "@/lib/generated/prisma/client";
import { getOrganisationSettings } from "@/lib/server/organisation/get-organisation-settings";
import { getPointsSummary } from "@/lib/server/points/get-points-summary";
import { bestChallengeRun } from "./start-daily-quiz";

/** One knowledge point's share of an attempt: its questions answered and how many were right. */
export interface KnowledgePointResult {
  /** The knowledge point's id, or null for questions tied to none. */
  id: string | null;
  /** The knowledge point's text; null for questions tied to none (其他题目). */
  label: string | null;
  moduleTitle: string | null;
  answered: number;
  /** Graded answers (简答题 count once the learner has rated them). */
  graded: number;
  correct: number;
}

export interface PracticeResults {
  attemptId: string;
  mode: AttemptMode;
  finished: boolean;
  total: number;
  answered: number;
  graded: number;
  correct: number;
  wrong: number;
  /** Time spent answering: the sum of the answers' own durations, in seconds. */
  seconds: number;
  /**
   * 学习积分 this attempt earned (its right answers' and, for 每日一练, the completion's), and the
   * learner's streak of study days now with whether this attempt is what made today count; null
   * when the organisation has turned points off (home shows neither then).
   */
  reward: { points: number; streak: number; extendedToday: boolean } | null;
  /** Weakest first: lowest share right, then most answered. */
  knowledgePoints: KnowledgePointResult[];
  /** 挑战答题: the run and the learner's best run (including this one). */
  challenge: { run: number; best: number; newBest: boolean } | null;
}

/**
 * The results screen of a learner's own practice attempt, from the answers it recorded: score,
 * time, points and streak, and the answers per knowledge point. Someone else's attempt, or an
 * assigned quiz, is not found.
 */
export async function getPracticeResults(db: Db, actor: Actor, input: { attemptId: string; now?: Date }): Promise<PracticeResults | null> {
  const attempt = await db.attempt.findFirst({
    where: { id: input.attemptId, userId: actor.id, mode: { not: "QUIZ" } },
    select: { id: true, mode: true, status: true, questionIds: true, position: true, score: true },
  });
  if (!attempt) return null;
  const responses = await db.response.findMany({
    where: { attemptId: attempt.id },
    select: {
      id: true,
      correct: true,
      durationMs: true,
      question: { select: { knowledgePoint: { select: { id: true, text: true } }, module: { select: { title: true } } } },
    },
  });
  const sources = [attempt.id, ...responses.map((response) => response.id)];
  const [organisation, earned, summary, without] = await Promise.all([
    getOrganisationSettings(db),
    db.pointsEntry.aggregate({ where: { userId: actor.id, sourceId: { in: sources } }, _sum: { points: true } }),
    getPointsSummary(db, actor, input.now),
    getPointsSummary(db, actor, input.now, { withoutAttempt: attempt.id }),
  ]);

  const byPoint = new Map<string, KnowledgePointResult>();
  for (const response of responses) {
    const point = response.question.knowledgePoint;
    const key = point?.id ?? "";
    let entry = byPoint.get(key);
    if (!entry) {
      entry = { id: point?.id ?? null, label: point?.text ?? null, moduleTitle: response.question.module?.title ?? null, answered: 0, graded: 0, correct: 0 };
      byPoint.set(key, entry);
    }
    entry.answered += 1;
    if (response.correct !== null) entry.graded += 1;
    if (response.correct === true) entry.correct += 1;
  }
  const share = (entry: KnowledgePointResult) => (entry.graded === 0 ? 1 : entry.correct / entry.graded);
  const knowledgePoints = [...byPoint.values()].sort(
    (a, b) => Number(a.id === null) - Number(b.id === null) || share(a) - share(b) || b.answered - a.answered || (a.label ?? "").localeCompare(b.label ?? "", "zh-CN"),
  );

  const correct = responses.filter((response) => response.correct === true).length;
  const wrong = responses.filter((response) => response.correct === false).length;
  let challenge: PracticeResults["challenge"] = null;
  if (attempt.mode === "CHALLENGE") {
    const best = await bestChallengeRun(db, actor);
    const earlierBest = await db.attempt.aggregate({ where: { userId: actor.id, mode: "CHALLENGE", status: "SUBMITTED", id: { not: attempt.id } }, _max: { score: true } });
    challenge = { run: correct, best: Math.max(best, correct), newBest: correct > 0 && correct > (earlierBest._max.score ?? 0) };
  }
  return {
    attemptId: attempt.id,
    mode: attempt.mode,
    finished: attempt.status !== "IN_PROGRESS",
    total: attempt.questionIds.length,
    answered: attempt.mode === "MEMORIZE" ? attempt.position : responses.length,
    graded: responses.filter((response) => response.correct !== null).length,
    correct,
    wrong,
    seconds: Math.round(responses.reduce((sum, response) => sum + (response.durationMs ?? 0), 0) / 1000),
    reward: organisation.pointsEnabled ? { points: earned._sum.points ?? 0, streak: summary.streak, extendedToday: summary.streak > without.streak } : null,
    knowledgePoints,
    challenge,
  };
}
