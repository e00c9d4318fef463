import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { countedScore, percentOf, scoreHistogram } from "@/lib/stats/score-policy";
import { closeOverdueAttempt } from "@/lib/server/exams/close-overdue-attempt";
import { isOverdue } from "@/lib/server/exams/exam-clock";
import { findResultsAssignment, type ResultsAssignment } from "./find-results-assignment";

export type CompletionStatus = "NOT_STARTED" | "IN_PROGRESS" | "SUBMITTED";

export interface LearnerResultRow {
  userId: string;
  name: string;
  email: string;
  classNames: string[];
  status: CompletionStatus;
  attemptsUsed: number;
  /** The score that counts under the quiz's scoring (percent), once an attempt is finished. */
  counted: number | null;
  /** Percent of each finished attempt, in order. */
  attemptPercents: number[];
  /** Seconds spent on the finished attempts, summed. */
  secondsSpent: number | null;
  lastSubmittedAt: Date | null;
  late: boolean;
  /** Answered 简答题 of handed-in papers that wait for an instructor's mark. */
  awaitingMarks: number;
}

export interface AssignmentResults {
  assignment: ResultsAssignment;
  completion: Record<CompletionStatus, number>;
  histogram: number[];
  learners: LearnerResultRow[];
  /** All answered 简答题 of handed-in papers still to be marked. */
  awaitingMarks: number;
}

/** Completion, distribution and a row per learner of the assigned classes the actor may see. */
export async function getAssignmentResults(db: Db, actor: Actor, input: { assignmentId: string; now?: Date }): Promise<AssignmentResults | null> {
  const now = input.now ?? new Date();
  const assignment = await findResultsAssignment(db, actor, input.assignmentId);
  if (!assignment) return null;
  const overdue = await db.attempt.findMany({
    where: { assignmentId: assignment.id, status: "IN_PROGRESS", deadlineAt: { lt: now } },
    select: { id: true, status: true, deadlineAt: true },
  });
  for (const attempt of overdue.filter((row) => isOverdue(row.deadlineAt, now))) {
    await closeOverdueAttempt(db, { ...attempt, assignment: { closesAt: assignment.closesAt } }, now);
  }
  const members = await db.classMember.findMany({
    where: { classId: { in: assignment.classIds }, role: "LEARNER" },
    select: { userId: true, class: { select: { name: true } }, user: { select: { name: true, email: true } } },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
  });
  const learners = new Map<string, { name: string; email: string; classNames: string[] }>();
  for (const member of members) {
    const entry = learners.get(member.userId) ?? { name: member.user.name, email: member.user.email, classNames: [] };
    entry.classNames.push(member.class.name);
    learners.set(member.userId, entry);
  }
  const attempts = await db.attempt.findMany({
    where: { assignmentId: assignment.id, userId: { in: [...learners.keys()] } },
    orderBy: { number: "asc" },
    select: { userId: true, number: true, status: true, score: true, maxScore: true, startedAt: true, submittedAt: true, late: true },
  });
  const unmarked = await db.response.groupBy({
    by: ["userId"],
    where: { attempt: { assignmentId: assignment.id, status: { in: ["SUBMITTED", "EXPIRED"] } }, userId: { in: [...learners.keys()] }, question: { type: "SHORT_ANSWER" }, score: null },
    _count: { _all: true },
  });
  const unmarkedByLearner = new Map(unmarked.map((row) => [row.userId, row._count._all]));
  const byLearner = new Map<string, typeof attempts>();
  for (const attempt of attempts) byLearner.set(attempt.userId, [...(byLearner.get(attempt.userId) ?? []), attempt]);

  const rows: LearnerResultRow[] = [...learners].map(([userId, learner]) => {
    const own = byLearner.get(userId) ?? [];
    const finished = own.filter((attempt) => attempt.status !== "IN_PROGRESS" && attempt.score !== null && attempt.maxScore !== null);
    const status: CompletionStatus = finished.length > 0 ? "SUBMITTED" : own.length > 0 ? "IN_PROGRESS" : "NOT_STARTED";
    const scores = finished.map((attempt) => ({ number: attempt.number, score: attempt.score!, maxScore: attempt.maxScore! }));
    return {
      userId,
      ...learner,
      status,
      attemptsUsed: own.length,
      counted: countedScore(scores, assignment.quiz.scoring),
      attemptPercents: scores.map((attempt) => percentOf(attempt.score, attempt.maxScore)),
      secondsSpent: finished.length ? Math.round(finished.reduce((sum, attempt) => sum + (attempt.submittedAt!.getTime() - attempt.startedAt.getTime()), 0) / 1000) : null,
      lastSubmittedAt: finished.at(-1)?.submittedAt ?? null,
      late: finished.some((attempt) => attempt.late),
      awaitingMarks: unmarkedByLearner.get(userId) ?? 0,
    };
  });
  const completion: Record<CompletionStatus, number> = { NOT_STARTED: 0, IN_PROGRESS: 0, SUBMITTED: 0 };
  for (const row of rows) completion[row.status] += 1;
  return {
    assignment,
    completion,
    histogram: scoreHistogram(rows.flatMap((row) => (row.counted === null ? [] : [row.counted]))),
    learners: rows,
    awaitingMarks: rows.reduce((sum, row) => sum + row.awaitingMarks, 0),
  };
}
