import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Assignments given to a class the user learns in (archived classes no longer count). */
export function learnerAssignmentWhere(userId: string): Prisma.AssignmentWhereInput {
  return { classes: { some: { class: { archivedAt: null, members: { some: { userId, role: "LEARNER" } } } } } };
}
