import type { Metadata } from "next";
import { QuizSettingsForm } from "@/components/quizzes/quiz-settings-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { DEFAULT_POINTS_BY_TYPE } from "@/lib/quizzes/points-by-type";
import { listCourseOptions } from "@/lib/server/courses/list-course-options";
import { createQuizAction } from "../actions";

export const metadata: Metadata = { title: "新建测验" };

export default async function NewQuizPage() {
  await requireStaff();
  const courses = await listCourseOptions(await getDb());
  return (
    <div className="space-y-4">
      <PageHeader title="新建测验" description="先填写名称和设置，保存后再选题或设置抽题规则。" />
      <Card>
        <QuizSettingsForm
          courses={courses}
          submitLabel="创建测验"
          action={createQuizAction}
          values={{
            title: "",
            description: "",
            courseId: courses.length === 1 ? courses[0]!.id : null,
            composition: "RULES",
            drawPerLearner: false,
            timeLimitSeconds: 30 * 60,
            shuffleQuestions: true,
            shuffleOptions: true,
            attemptsAllowed: 1,
            scoring: "BEST",
            resultPolicy: "IMMEDIATELY",
            latePolicy: "REFUSE",
            pointsByType: DEFAULT_POINTS_BY_TYPE,
          }}
        />
      </Card>
    </div>
  );
}
