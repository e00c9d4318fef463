import Link from "next/link";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ProgressBar } from "@/components/ui/progress-bar";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { listCoursesWithProgress } from "@/lib/server/study/list-courses-with-progress";

export const metadata: Metadata = { title: "学习" };

export default async function StudyPage() {
  const actor = await requireActor();
  const courses = await listCoursesWithProgress(await getDb(), actor);
  return (
    <div className="space-y-4">
      <PageHeader title="学习" description="按单元阅读课程原文，读完一节就标记为已学。" />
      {courses.length === 0 ? (
        <EmptyState title="还没有课程">
          {actor.role === "LEARNER" ? "教员发布课程后会出现在这里。" : "运行 npm run content:build 导入 content/ 中的课程。"}
        </EmptyState>
      ) : (
        courses.map((course) => (
          <Card key={course.id} title={course.title}>
            {course.description ? <p className="mb-3 leading-relaxed text-stone-600">{course.description}</p> : null}
            <ol className="divide-y divide-stone-100">
              {course.modules.map((courseModule, index) => (
                <li key={courseModule.id}>
                  <Link href={`/study/${courseModule.id}`} className="block rounded-lg px-1 py-3 hover:bg-stone-50">
                    <span className="flex items-baseline gap-2">
                      <span className="w-6 shrink-0 text-right text-sm text-stone-500">{index + 1}</span>
                      <span className="font-medium text-stone-900">{courseModule.title}</span>
                    </span>
                    <span className="mt-1 flex items-center gap-2 pl-8 text-sm text-stone-600">
                      <ProgressBar
                        value={courseModule.sectionsStudied}
                        max={courseModule.sections}
                        label={`${courseModule.title} 学习进度`}
                      />
                      <span className="shrink-0">
                        已学 {courseModule.sectionsStudied}/{courseModule.sections} 节
                        {courseModule.minutesRead > 0 ? ` · ${courseModule.minutesRead} 分钟` : ""}
                      </span>
                    </span>
                  </Link>
                </li>
              ))}
            </ol>
          </Card>
        ))
      )}
    </div>
  );
}
