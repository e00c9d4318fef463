import "server-only";
import type { Db } from "@/lib/db/prisma";

/** Courses to choose from in forms: id and title. */
export function listCourseOptions(db: Db) {
  return db.course.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, title: true } });
}
