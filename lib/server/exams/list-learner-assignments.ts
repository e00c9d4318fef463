import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { countedScore, resultsVisible } from "@/lib/stats/score-policy";
import { scopeFor } from "@/lib/server/authorization/scope";

export type AssignmentWindow = "UPCOMING" | "OPEN" | "CLOSED";

export interface LearnerAssignment {
  id: string;
  title: string;
  opensAt: Date;
  closesAt: Date;
  window: AssignmentWindow;
  timeLimitSeconds: number | null;
  attemptsAllowed: number;
  attemptsUsed: number;
  scoring: "BEST" | "LAST" | "AVERAGE";
  inProgressAttemptId: string | null;
  latestFinishedAttemptId: string | null;
  canStart: boolean;
  /** The score that counts (percent), only when the result policy allows it now. */
  counted: number | null;
  resultsVisible: boolean;
}

export function windowOf(assignment: { opensAt: Date; closesAt: Date }, now: Date): AssignmentWindow {
  if (now < assignment.opensAt) return "UPCOMING";
  return now < assignment.closesAt ? "OPEN" : "CLOSED";
}

/** The assignments of the learner's classes, soonest closing first among the open ones. */
export async function listLearnerAssignments(db: Db, actor: Actor, input: { now?: Date } = {}): Promise<LearnerAssignment[]> {
  const now = input.now ?? new Date();
  const assignments = await db.assignment.findMany({
    where: scopeFor(actor).assignedToMe,
    orderBy: [{ closesAt: "asc" }, { id: "asc" }],
    include: {
      quiz: { select: { timeLimitSeconds: true, attemptsAllowed: true, scoring: true, resultPolicy: true } },
      attempts: { where: { userId: actor.id }, orderBy: { number: "asc" }, select: { id: true, number: true, status: true, score: true, maxScore: true } },
    },
  });
  const rows = assignments.map((assignment) => {
    const window = windowOf(assignment, now);
    const finished = assignment.attempts.filter((attempt) => attempt.status !== "IN_PROGRESS" && attempt.score !== null && attempt.maxScore !== null);
    const inProgress = assignment.attempts.find((attempt) => attempt.status === "IN_PROGRESS") ?? null;
    const visible = resultsVisible(assignment.quiz.resultPolicy, assignment.closesAt, now);
    return {
      id: assignment.id,
      title: assignment.title,
      opensAt: assignment.opensAt,
      closesAt: assignment.closesAt,
      window,
      timeLimitSeconds: assignment.quiz.timeLimitSeconds,
      attemptsAllowed: assignment.quiz.attemptsAllowed,
      attemptsUsed: assignment.attempts.length,
      scoring: assignment.quiz.scoring,
      inProgressAttemptId: inProgress?.id ?? null,
      latestFinishedAttemptId: finished.at(-1)?.id ?? null,
      canStart: inProgress !== null || (window === "OPEN" && assignment.attempts.length < assignment.quiz.attemptsAllowed),
      counted: visible ? countedScore(finished.map((attempt) => ({ number: attempt.number, score: attempt.score!, maxScore: attempt.maxScore! })), assignment.quiz.scoring) : null,
      resultsVisible: visible,
    };
  });
  const rank: Record<AssignmentWindow, number> = { OPEN: 0, UPCOMING: 1, CLOSED: 2 };
  return rows.sort((a, b) => rank[a.window] - rank[b.window]);
}

/** One assignment of the learner's classes with their attempts, for its start page. */
export async function getLearnerAssignment(db: Db, actor: Actor, input: { assignmentId: string; now?: Date }) {
  const all = await listLearnerAssignments(db, actor, input);
  const row = all.find((assignment) => assignment.id === input.assignmentId);
  if (!row) return null;
  const attempts = await db.attempt.findMany({
    where: { assignmentId: row.id, userId: actor.id, mode: "QUIZ" },
    orderBy: { number: "asc" },
    select: { id: true, number: true, status: true, startedAt: true, submittedAt: true, late: true, score: true, maxScore: true },
  });
  return { ...row, attempts };
}
