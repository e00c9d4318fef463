import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { percentOf } from "@/lib/stats/score-policy";
import { paperFeedback } from "@/lib/server/exams/paper-feedback";
import { findResultsAssignment } from "./find-results-assignment";

/** Drill-down for staff: one learner's attempts of an assignment with every answer, graded. */
export async function getLearnerAnswers(db: Db, actor: Actor, input: { assignmentId: string; userId: string }) {
  const assignment = await findResultsAssignment(db, actor, input.assignmentId);
  if (!assignment) return null;
  const learner = await db.user.findFirst({
    where: { id: input.userId, classMemberships: { some: { classId: { in: assignment.classIds }, role: "LEARNER" } } },
    select: { id: true, name: true, email: true },
  });
  if (!learner) return null;
  const attempts = await db.attempt.findMany({
    where: { assignmentId: assignment.id, userId: learner.id },
    orderBy: { number: "asc" },
    include: { responses: true },
  });
  return {
    assignment,
    learner,
    attempts: await Promise.all(
      attempts.map(async (attempt) => ({
        id: attempt.id,
        number: attempt.number,
        status: attempt.status,
        startedAt: attempt.startedAt,
        submittedAt: attempt.submittedAt,
        late: attempt.late,
        score: attempt.score,
        maxScore: attempt.maxScore,
        percent: attempt.score !== null && attempt.maxScore !== null ? percentOf(attempt.score, attempt.maxScore) : null,
        // Answers of an attempt still in progress stay private until it is submitted.
        answers: attempt.status === "IN_PROGRESS" ? [] : await paperFeedback(db, attempt, attempt.responses),
      })),
    ),
  };
}
