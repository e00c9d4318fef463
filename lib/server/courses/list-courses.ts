import type { Db } from "@/lib/db/prisma";

/** Courses with their current (not archived) modules in order. */
export function listCourses(db: Db) {
  return db.course.findMany({
    orderBy: { createdAt: "asc" },
    include: {
      modules: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        select: { id: true, title: true, position: true },
      },
    },
  });
}
