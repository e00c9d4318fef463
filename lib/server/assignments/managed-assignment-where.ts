import "server-only";
import type { Actor } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The assignment `assignmentId` if the actor manages it: administrators every one; an
 * instructor those they made and those given to a class they teach.
 */
export function managedAssignmentWhere(actor: Actor, assignmentId: string): Prisma.AssignmentWhereInput {
  if (actor.role === "ADMIN") return { id: assignmentId };
  if (actor.role === "INSTRUCTOR") {
    return {
      id: assignmentId,
      OR: [{ createdById: actor.id }, { classes: { some: { class: { members: { some: { userId: actor.id, role: "INSTRUCTOR" } } } } } }],
    };
  }
  return { id: assignmentId, AND: [{ id: { in: [] } }] };
}

/** Every assignment the actor manages, by the same rule as managedAssignmentWhere. */
export function managedAssignmentsWhere(actor: Actor): Prisma.AssignmentWhereInput {
  if (actor.role === "ADMIN") return {};
  if (actor.role === "INSTRUCTOR") {
    return { OR: [{ createdById: actor.id }, { classes: { some: { class: { members: { some: { userId: actor.id, role: "INSTRUCTOR" } } } } } }] };
  }
  return { id: { in: [] } };
}

export const ASSIGNMENT_NOT_FOUND = "布置不存在，或您无权管理";
