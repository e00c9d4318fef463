import "server-only";
import type { Db } from "@/lib/db/prisma";

/** Active instructor accounts not yet teaching the class, for the administrator's picker. */
export function listInstructorCandidates(db: Db, options: { classId: string }) {
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
