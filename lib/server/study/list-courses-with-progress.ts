import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";

export interface ModuleProgressSummary {
  id: string;
  title: string;
  sections: number;
  sectionsStudied: number;
  minutesRead: number;
}

/** Every course with its current modules and how far this learner has come in each. */
export async function listCoursesWithProgress(db: Db, actor: Actor) {
  const userId = actor.id;
  const courses = await db.course.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      title: true,
      description: true,
      modules: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        select: {
          id: true,
          title: true,
          _count: { select: { sections: { where: { archivedAt: null, passages: { some: { archivedAt: null } } } } } },
          progress: { where: { userId }, select: { secondsRead: true } },
        },
      },
    },
  });
  const studied = await db.sectionProgress.groupBy({
    by: ["sectionId"],
    where: { userId, completedAt: { not: null }, section: { archivedAt: null } },
  });
  const studiedSections = await db.section.findMany({
    where: { id: { in: studied.map((row) => row.sectionId) } },
    select: { moduleId: true },
  });
  const studiedByModule = new Map<string, number>();
  for (const section of studiedSections) studiedByModule.set(section.moduleId, (studiedByModule.get(section.moduleId) ?? 0) + 1);
  return courses.map((course) => ({
    id: course.id,
    title: course.title,
    description: course.description,
    modules: course.modules.map(
      (courseModule): ModuleProgressSummary => ({
        id: courseModule.id,
        title: courseModule.title,
        sections: courseModule._count.sections,
        sectionsStudied: studiedByModule.get(courseModule.id) ?? 0,
        minutesRead: Math.floor((courseModule.progress[0]?.secondsRead ?? 0) / 60),
      }),
    ),
  }));
}
