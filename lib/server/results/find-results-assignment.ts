import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { scopeFor } from "@/lib/server/authorization/scope";

/**
 * The assignment if the actor may read its results (scope.resultAssignments: administrators
 * always, instructors when they teach one of its classes). `classIds` are the classes whose
 * learners the actor sees (an instructor: only the assigned classes they teach). Null otherwise.
 */
export async function findResultsAssignment(db: Db, actor: Actor, assignmentId: string) {
  const scope = scopeFor(actor);
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, ...scope.resultAssignments },
    include: {
      quiz: { select: { id: true, title: true, scoring: true, attemptsAllowed: true, resultPolicy: true, timeLimitSeconds: true } },
      classes: { where: scope.resultClasses, select: { classId: true, class: { select: { name: true } } } },
    },
  });
  if (!assignment) return null;
  return { ...assignment, classIds: assignment.classes.map((row) => row.classId) };
}

export type ResultsAssignment = NonNullable<Awaited<ReturnType<typeof findResultsAssignment>>>;
