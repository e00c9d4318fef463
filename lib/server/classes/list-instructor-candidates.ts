import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { assertAdministrator } from "@/lib/server/authz";

/** Active instructor accounts not yet teaching the class, for the administrator's picker; administrators only (ForbiddenError). */
export async function listInstructorCandidates(db: Db, actor: Actor, options: { classId: string }) {
  assertAdministrator(actor, "add instructors to classes");
  return db.user.findMany({
    where: {
      role: "INSTRUCTOR",
      active: true,
      classMemberships: { none: { classId: options.classId, role: "INSTRUCTOR" } },
    },
    orderBy: { name: "asc" },
    take: 500,
    select: { id: true, name: true, email: true },
  });
}
