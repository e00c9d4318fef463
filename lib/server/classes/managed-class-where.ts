import "server-only";
import type { Actor } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The class `classId` if the actor manages it: administrators every class, instructors the
 * classes they teach, anyone else none. Put it in the query so another's class is not found.
 */
export function managedClassWhere(actor: Actor, classId: string): Prisma.ClassWhereInput {
  if (actor.role === "ADMIN") return { id: classId };
  if (actor.role === "INSTRUCTOR") return { id: classId, members: { some: { userId: actor.id, role: "INSTRUCTOR" } } };
  return { id: classId, AND: [{ id: { in: [] } }] };
}

export const CLASS_NOT_FOUND = "班级不存在，或您无权管理该班级";
