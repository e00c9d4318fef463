import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { scopeFor } from "@/lib/server/authorization/scope";
import { resultsVisible } from "@/lib/stats/score-policy";
import type { AttemptModeName } from "./attempt-modes";

export interface AttemptHistoryRow {
  id: string;
  mode: AttemptModeName;
  title: string | null;
  status: "IN_PROGRESS" | "SUBMITTED" | "EXPIRED";
  startedAt: Date;
  submittedAt: Date | null;
  questionCount: number;
  answered: number;
  /** Null while the result policy of an assigned quiz hides it. */
  score: number | null;
  maxScore: number | null;
  /** Whether the per-attempt review page is available now. */
  reviewable: boolean;
}

/** 答题记录: the actor's own attempts, newest first (the query is scoped to the actor). */
export async function listAttemptHistory(db: Db, actor: Actor, input: { take?: number; skip?: number; now?: Date } = {}): Promise<AttemptHistoryRow[]> {
  const now = input.now ?? new Date();
  const attempts = await db.attempt.findMany({
    where: scopeFor(actor).ownAttempts,
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: Math.min(input.take ?? 50, 200),
    skip: input.skip ?? 0,
    select: {
      id: true,
      mode: true,
      status: true,
      startedAt: true,
      submittedAt: true,
      questionIds: true,
      score: true,
      maxScore: true,
      position: true,
      assignment: { select: { title: true, closesAt: true } },
      quiz: { select: { title: true, resultPolicy: true } },
      _count: { select: { responses: true } },
    },
  });
  return attempts.map((attempt) => {
    const finished = attempt.status !== "IN_PROGRESS";
    const visible =
      attempt.mode !== "QUIZ" || !attempt.quiz || !attempt.assignment ? true : resultsVisible(attempt.quiz.resultPolicy, attempt.assignment.closesAt, now);
    return {
      id: attempt.id,
      mode: attempt.mode,
      title: attempt.assignment?.title ?? attempt.quiz?.title ?? null,
      status: attempt.status,
      startedAt: attempt.startedAt,
      submittedAt: attempt.submittedAt,
      questionCount: attempt.questionIds.length,
      // 背题模式 records no answers: the questions gone through.
      answered: attempt.mode === "MEMORIZE" ? attempt.position : attempt._count.responses,
      score: visible ? attempt.score : null,
      maxScore: visible ? attempt.maxScore : null,
      reviewable: finished && visible && attempt.mode !== "MEMORIZE",
    };
  });
}
