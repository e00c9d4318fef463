import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { listCourses } from "@/lib/server/courses/list-courses";

export const metadata: Metadata = { title: "学习" };

export default async function StudyPage() {
  const actor = await requireActor();
  const courses = await listCourses(await getDb());
  return (
    <div className="space-y-4">
      <PageHeader title="学习" description="按单元阅读课程原文。" />
      {courses.length === 0 ? (
        <EmptyState title="还没有课程">
          {actor.role === "LEARNER" ? "教员发布课程后会出现在这里。" : "运行 npm run content:build 导入 content/ 中的课程。"}
        </EmptyState>
      ) : (
        courses.map((course) => (
          <Card key={course.id} title={course.title}>
            {course.description ? <p className="mb-2 text-stone-600">{course.description}</p> : null}
            <ol className="list-inside list-decimal space-y-1 text-stone-800">
              {course.modules.map((module) => (
                <li key={module.id}>{module.title}</li>
              ))}
            </ol>
          </Card>
        ))
      )}
    </div>
  );
}
