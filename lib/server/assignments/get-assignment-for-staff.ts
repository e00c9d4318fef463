import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { scopeFor } from "@/lib/server/authorization/scope";

/** An assignment with its quiz, classes and attempt counts, or null when the actor does not manage it. */
export async function getAssignmentForStaff(db: Db, options: { actor: Actor; assignmentId: string }) {
  const assignment = await db.assignment.findFirst({
    where: scopeFor(options.actor).assignment(options.assignmentId),
    include: {
      quiz: { select: { id: true, title: true, composition: true, timeLimitSeconds: true, attemptsAllowed: true, createdById: true } },
      createdBy: { select: { name: true } },
      classes: { select: { class: { select: { id: true, name: true, _count: { select: { members: { where: { role: "LEARNER" } } } } } } } },
    },
  });
  if (!assignment) return null;
  const submitted = await db.attempt.count({ where: { assignmentId: assignment.id, status: "SUBMITTED" } });
  return { ...assignment, submitted };
}
